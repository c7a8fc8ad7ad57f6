using System.Text;
using BindGen.Core.Diagnostics;

namespace BindGen.Core.Mapping;

/// <summary>
/// C names that C# cannot declare. C allows identifiers of any length, while .NET metadata stores a name in at most
/// <see cref="MaxUtf8Bytes"/> UTF-8 bytes (the C# compiler fails to emit a longer one, CS7013); and C11 allows characters
/// in identifiers that C# does not (U+00B7 middle dot, U+00BE ¾...; found by the fuzz test). Each such name is reported
/// once, as an error naming it, instead of emitting code that does not build.
/// </summary>
public static class IdentifierCheck
{
    /// <summary>The longest name .NET metadata holds, in UTF-8 bytes.</summary>
    public const int MaxUtf8Bytes = 1023;

    /// <summary>Reports every over-long name in <paramref name="api"/>; true when there was none.</summary>
    public static bool Run(CsApi api, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        // A top-level type's metadata name includes its namespace; a property's accessors are named get_NAME / set_NAME.
        int namespacePrefix = Encoding.UTF8.GetByteCount(api.Namespace) + 1;
        const int accessorPrefix = 4;
        foreach (var (name, extra) in Names(api, namespacePrefix, accessorPrefix))
        {
            var plain = name.TrimStart('@');
            int bytes = Encoding.UTF8.GetByteCount(plain) + extra;
            if (InvalidCharacter(plain) is { } bad)
            {
                if (reported.Add(plain))
                    diagnostics.Add(DiagnosticCodes.InvalidIdentifier, null, $"'{plain}' is not a valid C# identifier (it contains U+{(int)bad:X4} '{bad}'); exclude or rename the declaration");
                continue;
            }
            if (bytes <= MaxUtf8Bytes || !reported.Add(plain)) continue;
            diagnostics.Add(DiagnosticCodes.InvalidIdentifier, null,
                $"'{plain[..Math.Min(40, plain.Length)]}...' ({bytes} UTF-8 bytes in metadata) is longer than the {MaxUtf8Bytes} bytes a .NET name can hold; exclude or rename the declaration");
        }
        return reported.Count == 0;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiIdentifierCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>True when <paramref name="name"/> is a C# identifier (keywords aside): the one test of identifier validity.</summary>
    public static bool IsIdentifier(string name) => name.Length > 0 && InvalidCharacter(name) is null;

    /// <summary>The first character C# does not allow at its place in an identifier (ECMA-334 §6.4.3), or null.</summary>
    public static char? InvalidCharacter(string name)
    {
        // Almost every name is plain ASCII: letters, digits and '_', not starting with a digit.
        if (name.Length > 0 && !char.IsAsciiDigit(name[0]) && !name.AsSpan().ContainsAnyExcept(AsciiIdentifierCharacters)) return null;
        for (int i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsSurrogate(c)) continue; // letters outside the BMP: Roslyn judges them by code point; C11 allows few of them
            var category = char.GetUnicodeCategory(c);
            bool letter = c == '_' || category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.LetterNumber;
            bool part = letter || category is System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.Format;
            if (i == 0 ? !letter : !part) return c;
        }
        return null;
    }

    private static IEnumerable<(string Name, int Extra)> Names(CsApi api, int namespacePrefix, int accessorPrefix)
    {
        foreach (var s in api.Structs)
        {
            foreach (var n in StructNames(s, namespacePrefix, accessorPrefix)) yield return n;
        }
        foreach (var e in api.Enums)
        {
            yield return (e.Name, namespacePrefix);
            foreach (var m in e.Members) yield return (m.Name, 0);
        }
        foreach (var f in api.Functions)
        {
            yield return (f.Name, 0);
            foreach (var p in f.Parameters) yield return (p.Name, 0);
        }
        foreach (var c in api.Constants) yield return (c.Name, c.IsConst ? 0 : accessorPrefix);
        // Global variables are properties (get_NAME) and fields of the symbol cache; stubs are methods.
        foreach (var g in api.Globals) yield return (g.Name, accessorPrefix);
        foreach (var s in api.Stubs)
        {
            yield return (s.Name, 0);
            foreach (var p in s.Parameters) yield return (p.Name, 0);
        }
    }

    private static IEnumerable<(string Name, int Extra)> StructNames(CsStruct s, int typePrefix, int accessorPrefix)
    {
        yield return (s.Name, typePrefix);
        foreach (var f in s.Fields) yield return (f.Name, 0);
        foreach (var b in s.Bitfields) yield return (b.Name, accessorPrefix);
        foreach (var f in s.Forwards) yield return (f.Name, accessorPrefix);
        foreach (var b in s.FixedBuffers) yield return (b.Name, 0);
        foreach (var nested in s.Nested)
        {
            foreach (var n in StructNames(nested, 0, accessorPrefix)) yield return n;
        }
    }
}
