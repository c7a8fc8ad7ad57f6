using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>
/// A type name inside a macro body (a cast's or sizeof's operand), as the translation unit resolves it: an arithmetic
/// kind (null for a record or pointer), its size, the typedef it was spelled with, and whether it is a pointer.
/// </summary>
internal readonly record struct MacroTypeName(CPrimitiveKind? Kind, long Size, string? TypedefName, bool IsPointer)
{
    private static readonly HashSet<string> TypeKeywords = ["unsigned", "signed", "int", "long", "short", "char", "_Bool", "float", "double", "const", "volatile", "struct", "union", "enum", "void"];

    /// <summary>
    /// The words of a type name starting at token <paramref name="start"/> (keywords, one identifier, trailing <c>*</c>s), or
    /// null when none starts there; <paramref name="end"/> is the index after them.
    /// </summary>
    public static List<string>? ReadWords(IReadOnlyList<Token> tokens, int start, out int end)
    {
        end = start;
        var words = new List<string>();
        while (end < tokens.Count)
        {
            var t = tokens[end];
            if (t.Kind == TokenKind.Keyword && TypeKeywords.Contains(t.Spelling)) words.Add(t.Spelling);
            else if (t.Kind == TokenKind.Identifier && (words.Count == 0 || words[^1] is "struct" or "union" or "enum" || words.TrueForAll(w => w is "const" or "volatile"))) words.Add(t.Spelling);
            else if (t.Kind == TokenKind.Punctuation && t.Spelling == "*" && words.Count > 0) words.Add("*");
            else break;
            end++;
        }
        return words.Count == 0 ? null : words;
    }
}
