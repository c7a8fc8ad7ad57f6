using System.Text;

namespace BindGen.Core.Mapping;

/// <summary>Text taken from C (messages that quote macro bodies, file names) made safe inside a C# <c>//</c> comment line.</summary>
public static class CsComments
{
    /// <summary>
    /// Replaces every character that would end or corrupt a C# comment line with a visible <c>\uXXXX</c>: control
    /// characters other than tab, and the line terminators C# knows besides <c>\n</c> (U+0085 next line, U+2028 line
    /// separator, U+2029 paragraph separator), which otherwise turn the rest of the line into code (found by the fuzz test).
    /// </summary>
    public static string Line(string text)
    {
        if (!text.AsSpan().ContainsAny(Unsafe)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsUnsafe(c)) sb.Append($"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True for a character that must not appear in a C# comment line or a <c>///</c> doc comment line.</summary>
    public static bool IsUnsafe(char c) => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029';

    /// <summary>Every character <see cref="IsUnsafe"/> is true for.</summary>
    internal static string UnsafeCharacters { get; } = string.Concat(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(IsUnsafe));

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(UnsafeCharacters);
}
