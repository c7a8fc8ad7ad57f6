using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace BindGen.Core.Mapping;

/// <summary>A doc comment split into XML doc parts; every line is already XML-escaped.</summary>
/// <param name="Summary">Summary lines (brief and details, notes and unknown commands as text).</param>
/// <param name="Params">Parameter descriptions by C parameter name, in the order written.</param>
/// <param name="Returns">The <c>@return</c> / <c>@retval</c> lines.</param>
public sealed record DocComment(ImmutableArray<string> Summary, ImmutableArray<(string Name, ImmutableArray<string> Lines)> Params, ImmutableArray<string> Returns)
{
    /// <summary>No comment.</summary>
    public static readonly DocComment Empty = new([], [], []);
}

/// <summary>
/// Turns a C doc comment (Doxygen <c>/** */</c>, <c>/*!</c>, <c>///</c>, <c>//!</c>, <c>///&lt;</c>, or a plain
/// <c>/* ** */</c> block read with <c>-fparse-all-comments</c>) into XML-escaped doc parts: <c>\brief</c> and
/// <c>\details</c> go to the summary, <c>@param</c> to param tags, <c>@return</c>/<c>@retval</c> to returns,
/// <c>\c</c>/<c>\p</c> words to <c>&lt;c&gt;</c>.
/// </summary>
public static partial class DocComments
{
    /// <summary>All of the comment as summary lines (for declarations that have no parameters), or empty.</summary>
    public static ImmutableArray<string> Lines(string? comment)
    {
        var doc = Parse(comment);
        if (doc.Params.IsEmpty && doc.Returns.IsEmpty) return doc.Summary;
        var lines = new List<string>(doc.Summary);
        foreach (var (name, text) in doc.Params) AddLabelled(lines, name + ":", text);
        AddLabelled(lines, "Returns:", doc.Returns);
        return [.. lines];
    }

    /// <summary>Splits <paramref name="comment"/> into summary, parameters and returns.</summary>
    public static DocComment Parse(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) return DocComment.Empty;
        if (comment.AsSpan().IndexOfAny('\n', '\\', '@') < 0)
        {
            // One line and no command (most member comments): the line is the summary.
            var text = Escape(Clean(comment).ToString());
            return text.Length == 0 ? DocComment.Empty : new DocComment([text], [], []);
        }
        var summary = new List<string>();
        var parameters = new List<(string Name, List<string> Lines)>();
        var returns = new List<string>();
        List<string> current = summary;
        foreach (var line in CleanLines(comment))
        {
            if (line.Length == 0)
            {
                current = summary;
                if (summary.Count > 0 && summary[^1].Length > 0) summary.Add("");
                continue;
            }
            int commandLength = CommandLength(line);
            if (commandLength == 0)
            {
                current.Add(Inline(line));
                continue;
            }
            // The command's name is the letters after its '\\' or '@'; the rest of the line is read as spans.
            var name = line.AsSpan(1, line.AsSpan(1).IndexOfAnyExceptInRange('a', 'z') is var letters and >= 0 ? letters : line.Length - 1);
            var rest = line.AsSpan(commandLength).Trim();
            switch (name)
            {
                case "c" or "p" or "a" or "b" or "e" or "em":
                    // An inline command that happens to start a line (`@c NULL.` continuing a @param): text of the
                    // current part, not a labelled block (test-headers/docs/inline_command_line_start.h).
                    current.Add(Inline(line));
                    break;
                case "brief" or "short" or "details":
                    current = summary;
                    if (rest.Length > 0) summary.Add(Inline(rest.ToString()));
                    break;
                case "param" or "tparam":
                {
                    var space = rest.IndexOfAny(' ', '\t');
                    var parameter = (space < 0 ? rest : rest[..space]).ToString();
                    var text = space < 0 ? [] : rest[(space + 1)..].Trim();
                    var entry = (parameter, new List<string>());
                    if (text.Length > 0) entry.Item2.Add(Inline(text.ToString()));
                    parameters.Add(entry);
                    current = entry.Item2;
                    break;
                }
                case "return" or "returns" or "result":
                    if (rest.Length > 0) returns.Add(Inline(rest.ToString()));
                    current = returns;
                    break;
                case "retval":
                {
                    var space = rest.IndexOfAny(' ', '\t');
                    returns.Add(Inline(space < 0 ? rest.ToString() : string.Concat(rest[..space], ": ", rest[(space + 1)..].Trim())));
                    current = returns;
                    break;
                }
                default:
                    // \note, \warning, \see, \since, \deprecated...: kept as labelled text.
                    summary.Add(Escape(char.ToUpperInvariant(name[0]) + name[1..].ToString() + ":") + (rest.Length > 0 ? " " + Inline(rest.ToString()) : ""));
                    current = summary;
                    break;
            }
        }
        Trim(summary);
        Trim(returns);
        var documented = ImmutableArray.CreateBuilder<(string Name, ImmutableArray<string> Lines)>(parameters.Count);
        foreach (var (name, lines) in parameters)
        {
            if (IdentifierCheck.IsIdentifier(name)) documented.Add((name, Trimmed(lines)));
        }
        return new DocComment([.. summary], documented.DrainToImmutable(), [.. returns]);
    }

    /// <summary>
    /// The comment's lines without comment markers, leading stars and surrounding blanks, a line split before each block
    /// command written mid-line. Lines are cut from the comment as spans: only the text kept becomes a string.
    /// </summary>
    private static List<string> CleanLines(string comment)
    {
        var lines = new List<string>();
        foreach (var range in comment.AsSpan().Split('\n'))
        {
            var line = Clean(comment.AsSpan(range));
            if (!HasCommand(line)) lines.Add(line.ToString());
            else foreach (var part in BlockCommand().Split(line.ToString())) lines.Add(part.Trim());
        }
        return lines;
    }

    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> line)
    {
        // Trimmed like the whole line: a '\r' before the '\n' goes with the blanks.
        line = line.Trim();
        if (line.StartsWith("/**", StringComparison.Ordinal) || line.StartsWith("/*!", StringComparison.Ordinal)) line = line[3..];
        else if (line.StartsWith("///", StringComparison.Ordinal) || line.StartsWith("//!", StringComparison.Ordinal)) line = line[3..];
        else if (line.StartsWith("/*", StringComparison.Ordinal) || line.StartsWith("//", StringComparison.Ordinal)) line = line[2..];
        if (line.EndsWith("*/", StringComparison.Ordinal)) line = line[..^2];
        line = line.TrimStart();
        // "** text" (sqlite3's style) and " * text" both lose their stars.
        line = line.TrimStart('*');
        line = line.Trim();
        if (line.StartsWith('<')) line = line[1..].TrimStart(); // ///< trailing member comments
        return line;
    }

    private static void AddLabelled(List<string> lines, string label, ImmutableArray<string> text)
    {
        if (text.IsEmpty) return;
        lines.Add(Escape(label) + " " + text[0]);
        lines.AddRange(text.Skip(1));
    }

    private static ImmutableArray<string> Trimmed(List<string> lines)
    {
        Trim(lines);
        return [.. lines];
    }

    private static void Trim(List<string> lines)
    {
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
    }


    /// <summary>Escapes <paramref name="text"/>, then turns <c>\c word</c> and <c>\p word</c> into <c>&lt;c&gt;word&lt;/c&gt;</c> and drops the command of <c>\a</c>, <c>\b</c>, <c>\e</c>, <c>\em</c> words.</summary>
    private static string Inline(string text) => HasCommand(text)
        ? EmphasisWord().Replace(CodeWord().Replace(Escape(text), m => $"<c>{m.Groups["word"].Value}</c>"), m => m.Groups["word"].Value)
        : Escape(text);

    /// <summary>The length of the block command that starts <paramref name="line"/> (<see cref="Command"/>), or 0 when none does.</summary>
    private static int CommandLength(string line)
    {
        if (line[0] is not ('\\' or '@')) return 0;
        foreach (var match in Command().EnumerateMatches(line)) return match.Length;
        return 0;
    }

    /// <summary>Whether <paramref name="text"/> may hold a command: most comment lines have neither '\' nor '@', and skip the regexes.</summary>
    private static bool HasCommand(ReadOnlySpan<char> text) => text.IndexOfAny('\\', '@') >= 0;

    /// <summary>XML-escapes text for a doc comment line: control characters are dropped, and the characters C# takes for line breaks (U+0085, U+2028, U+2029) become spaces.</summary>
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAny(EscapedCharacters)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\u0085' or '\u2028' or '\u2029': sb.Append(' '); break; // line breaks to C#: a space here
                default:
                    if (!CsComments.IsUnsafe(c)) sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    // What Escape changes: the XML specials, and what would end or corrupt a comment line (CsComments.IsUnsafe).
    private static readonly System.Buffers.SearchValues<char> EscapedCharacters = System.Buffers.SearchValues.Create("&<>" + CsComments.UnsafeCharacters);

    /// <summary>Splits a line before a block command written mid-line (<c>@retval 0 ok @retval -1 error</c>).</summary>
    [GeneratedRegex(@"(?<=\s)(?=[\\@](?:param|tparam|return|returns|retval|brief|details|note|warning|see|since|deprecated)\b)")]
    private static partial Regex BlockCommand();

    [GeneratedRegex(@"^[\\@](?<name>[a-z]+)(\[[a-z, ]*\])?(?=\s|$)")]
    private static partial Regex Command();

    [GeneratedRegex(@"(?<![\w])[\\@][cp]\s+(?<word>\w+(?:(?:\.|::|-&gt;)\w+)*(?:\(\))?)")]
    private static partial Regex CodeWord();

    [GeneratedRegex(@"(?<![\w])[\\@](?:a|b|e|em)\s+(?<word>\w+)")]
    private static partial Regex EmphasisWord();
}
