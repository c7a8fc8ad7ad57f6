using System.Collections.Immutable;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// Reads the C types written in config (<c>macroFunctions</c> signatures, <c>variadic</c> instantiations) against the
/// parsed model: builtin types, typedef names, <c>struct</c>/<c>union</c>/<c>enum</c> tags, <c>const</c>, and pointers.
/// Function-pointer and array spellings are not read: name them through a typedef.
/// </summary>
public sealed class TypeSpellingReader(CApi api)
{
    private readonly Dictionary<string, CTypedef> _typedefs = api.Typedefs.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<string, CRecord> _records = api.Records.Where(r => r.Name.Length > 0).GroupBy(r => r.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.IsComplete).First(), StringComparer.Ordinal);
    private readonly Dictionary<string, CEnum> _enums = api.Enums.Where(e => e.Name.Length > 0).GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The type <paramref name="text"/> spells, or null when it cannot be read.</summary>
    public CType? Read(string text)
    {
        var words = Words(text);
        int pointers = 0;
        while (words.Count > 0 && words[^1] is "*" or "const" or "volatile" or "restrict")
        {
            if (words[^1] == "*") pointers++;
            words.RemoveAt(words.Count - 1);
        }
        // Qualifiers between stars ("char * const *") only qualify a pointer: the spelling keeps them.
        bool constPointee = words.Contains("const");
        words.RemoveAll(w => w is "const" or "volatile" or "restrict");
        if (words.Count == 0 || words.Contains("*")) return null;
        var baseType = Base(words);
        if (baseType is null) return null;
        // The base keeps its qualifiers in its spelling, as clang spells a pointee ("const z_streamp").
        var spelling = string.Join(" ", Words(text).TakeWhile(w => w != "*"));
        CType type = baseType with { Spelling = spelling };
        for (int i = 0; i < pointers; i++)
        {
            spelling += " *";
            type = new CPointerType(type, constPointee && i == 0, spelling);
        }
        return type;
    }

    private CType? Base(List<string> words)
    {
        var spelling = string.Join(" ", words);
        if (words.Count == 2 && words[0] is "struct" or "union")
            return _records.TryGetValue(words[1], out var record) ? new CRecordRef(record.Key, spelling) : null;
        if (words.Count == 2 && words[0] == "enum")
            return _enums.TryGetValue(words[1], out var e) ? new CEnumRef(e.Key, spelling) : null;
        if (words.Count == 1 && _typedefs.TryGetValue(words[0], out var typedef)) return new CTypedefRef(typedef.Key, typedef.Name, spelling);
        return Keywords(words) is { } kind ? new CPrimitiveType(kind, spelling) : null;
    }

    private static CPrimitiveKind? Keywords(List<string> words)
    {
        if (words.Any(w => w is not ("unsigned" or "signed" or "int" or "long" or "short" or "char" or "_Bool" or "bool" or "float" or "double" or "void"))) return null;
        int longs = words.Count(w => w == "long");
        bool unsigned = words.Contains("unsigned");
        bool signed = words.Contains("signed");
        if (words.Contains("void")) return words.Count == 1 ? CPrimitiveKind.Void : null;
        if (words.Contains("_Bool") || words.Contains("bool")) return CPrimitiveKind.Bool;
        if (words.Contains("float")) return CPrimitiveKind.Float;
        if (words.Contains("double")) return longs > 0 ? null : CPrimitiveKind.Double;
        if (words.Contains("char")) return unsigned ? CPrimitiveKind.UChar : signed ? CPrimitiveKind.SChar : CPrimitiveKind.Char;
        if (words.Contains("short")) return unsigned ? CPrimitiveKind.UShort : CPrimitiveKind.Short;
        return longs switch
        {
            0 => unsigned ? CPrimitiveKind.UInt : CPrimitiveKind.Int,
            1 => unsigned ? CPrimitiveKind.ULong : CPrimitiveKind.Long,
            2 => unsigned ? CPrimitiveKind.ULongLong : CPrimitiveKind.LongLong,
            _ => null,
        };
    }

    /// <summary>Identifiers and stars of <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) i++;
            else if (c == '*') { words.Add("*"); i++; }
            else
            {
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                if (i == start) { words.Add(c.ToString()); i++; }
                else words.Add(text[start..i]);
            }
        }
        return words;
    }

    /// <summary>
    /// Splits a parameter declaration (<c>const z_stream *strm</c>) into its type text and name; the name is the last word
    /// when it is an identifier that is not a type keyword and there is a type before it.
    /// </summary>
    public static (string Type, string Name) Parameter(string text)
    {
        var trimmed = text.Trim();
        int end = trimmed.Length;
        int start = end;
        while (start > 0 && (char.IsLetterOrDigit(trimmed[start - 1]) || trimmed[start - 1] == '_')) start--;
        var name = trimmed[start..end];
        var type = trimmed[..start].Trim();
        if (name.Length == 0 || type.Length == 0 || char.IsDigit(name[0]) || IsTypeWord(name) || type is "struct" or "union" or "enum" || type.EndsWith(" struct") || type.EndsWith(" union") || type.EndsWith(" enum"))
            return (trimmed, "");
        if (type.All(c => c is ' ' or 'c' or 'o' or 'n' or 's' or 't') && Words(type).All(w => w == "const")) return (trimmed, "");
        return (type, name);
    }

    private static bool IsTypeWord(string word) => word is "int" or "long" or "short" or "char" or "unsigned" or "signed" or "float" or "double" or "void" or "_Bool" or "bool" or "const";

    /// <summary>Splits on commas outside parentheses.</summary>
    public static ImmutableArray<string> SplitTopLevel(string text)
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')') depth--;
            else if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        if (text[start..].Trim() is { Length: > 0 } last) parts.Add(last);
        return parts.ToImmutable();
    }
}
