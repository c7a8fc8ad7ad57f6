using System.Collections.Frozen;
using System.Text;

namespace BindGen.Core.Mapping;

/// <summary>C identifiers as C# identifiers: keywords escaped with <c>@</c>, nothing else changed.</summary>
public static class CsNames
{
    private static readonly FrozenSet<string> Keywords = new[]
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Escapes a C# keyword with <c>@</c>; other names are returned unchanged.</summary>
    public static string Escape(string name) => Keywords.Contains(name) ? "@" + name : name;

    /// <summary>True for a reserved C# keyword.</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>Turns any text into an identifier fragment (letters, digits, underscores).</summary>
    public static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(char.IsLetterOrDigit(c) ? c : '_');
        return sb.ToString();
    }
}
