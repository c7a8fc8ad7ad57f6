using System.Text;
using System.Text.RegularExpressions;

namespace BindGen.Tests.Robustness;

/// <summary>
/// A seeded random mutator of C headers: deletes, duplicates and swaps tokens and lines, and inserts garbage (C
/// punctuation, keywords, preprocessor lines, huge numbers, stray quotes and comment markers, raw bytes).
/// The same seed always gives the same mutant.
/// </summary>
public static partial class HeaderMutator
{
    private static readonly string[] Garbage =
    [
        "{", "}", "(", ")", "[", "]", ";", ",", "*", "&", ":", "...", "=", "\\", "\"", "'", "/*", "*/", "//", "#",
        "struct", "union", "enum", "typedef", "const", "volatile", "static", "inline", "extern", "unsigned", "signed", "long", "_Bool",
        "int", "char", "void", "float", "double", "class", "namespace", "string", "object", "__int128", "_Complex", "long double",
        "#define FUZZ", "#define FUZZ(x) x", "#undef FUZZ", "#if 1", "#if 0", "#else", "#endif", "#include <stddef.h>", "#pragma pack(1)", "#pragma pack()",
        "0x7fffffffffffffff", "999999999999999999999999999", "-9223372036854775808", "1e999", "0.5f", "'\\0'", "\"\\xff\"", "L\"w\"",
        "__attribute__((aligned(64)))", "__attribute__((packed))", "__attribute__((stdcall))", "_Alignas(32)", "__declspec(dllimport)",
        "int fuzz_fn(int, ...);", "struct fuzz { int a : 3; };", "typedef void (*fuzz_cb)(void *);", "enum { FUZZ_A = 1 << 40 };",
    ];

    /// <summary>Returns a mutant of <paramref name="text"/> with one to six mutations drawn from <paramref name="random"/>.</summary>
    public static string Mutate(string text, Random random)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        // Mostly one mutation (mutants that still parse reach the mapping and the compiler), sometimes a burst.
        int mutations = random.Next(3) == 0 ? random.Next(2, 7) : 1;
        for (int m = 0; m < mutations; m++)
        {
            if (lines.Count == 0) lines.Add("");
            int line = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0: lines.RemoveAt(line); break;
                case 1: lines.Insert(line, lines[line]); break;
                case 2:
                {
                    int other = random.Next(lines.Count);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                }
                case 3: lines.Insert(line, Garbage[random.Next(Garbage.Length)]); break;
                case 4: lines[line] = MutateTokens(lines[line], random, TokenOp.Delete); break;
                case 5: lines[line] = MutateTokens(lines[line], random, TokenOp.Duplicate); break;
                case 6: lines[line] = MutateTokens(lines[line], random, TokenOp.Swap); break;
                case 7: lines[line] = MutateTokens(lines[line], random, TokenOp.InsertGarbage); break;
                default:
                {
                    // Raw bytes: control characters, invalid UTF-8 (as Latin-1 chars), a NUL now and then.
                    var sb = new StringBuilder();
                    for (int i = random.Next(1, 6); i > 0; i--) sb.Append((char)random.Next(0, 256));
                    lines[line] = lines[line].Insert(random.Next(lines[line].Length + 1), sb.ToString());
                    break;
                }
            }
        }
        return string.Join("\n", lines);
    }

    private enum TokenOp { Delete, Duplicate, Swap, InsertGarbage }

    private static string MutateTokens(string line, Random random, TokenOp op)
    {
        var tokens = Token().Matches(line).Select(m => m.Value).ToList();
        if (tokens.Count == 0) return op == TokenOp.InsertGarbage ? Garbage[random.Next(Garbage.Length)] : line;
        int i = random.Next(tokens.Count);
        switch (op)
        {
            case TokenOp.Delete: tokens.RemoveAt(i); break;
            case TokenOp.Duplicate: tokens.Insert(i, tokens[i]); break;
            case TokenOp.Swap:
            {
                int j = random.Next(tokens.Count);
                (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                break;
            }
            case TokenOp.InsertGarbage: tokens.Insert(i, Garbage[random.Next(Garbage.Length)]); break;
        }
        return string.Join(" ", tokens);
    }

    [GeneratedRegex(@"""(?:\\.|[^""\\])*""|'(?:\\.|[^'\\])*'|\w+|\S")]
    private static partial Regex Token();
}
