using System.Text;
using BindGen.Core.Diagnostics;

namespace BindGen.Core.Mapping;

/// <summary>
/// C allows identifiers of any length; .NET metadata stores a name in at most <see cref="MaxUtf8Bytes"/> UTF-8 bytes and
/// the C# compiler fails to emit a longer one (CS7013). Report each such name once, as an error naming it, instead of
/// emitting code that does not build.
/// </summary>
public static class IdentifierLengthCheck
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
            if (bytes <= MaxUtf8Bytes || !reported.Add(plain)) continue;
            diagnostics.Add(DiagnosticCodes.IdentifierTooLong, null,
                $"'{plain[..Math.Min(40, plain.Length)]}...' ({bytes} UTF-8 bytes in metadata) is longer than the {MaxUtf8Bytes} bytes a .NET name can hold; exclude or rename the declaration");
        }
        return reported.Count == 0;
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
