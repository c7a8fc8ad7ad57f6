using System.Collections.Immutable;
using System.Text;

namespace BindGen.Core.Mapping;

/// <summary>Turns a C doc comment into XML-escaped summary lines.</summary>
public static class DocComments
{
    /// <summary>The comment's text lines without comment markers, XML-escaped; empty when there is no comment.</summary>
    public static ImmutableArray<string> Lines(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) return [];
        var lines = new List<string>();
        foreach (var raw in comment.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("/**", StringComparison.Ordinal) || line.StartsWith("/*!", StringComparison.Ordinal)) line = line[3..];
            else if (line.StartsWith("///", StringComparison.Ordinal) || line.StartsWith("//!", StringComparison.Ordinal)) line = line[3..];
            else if (line.StartsWith("/*", StringComparison.Ordinal) || line.StartsWith("//", StringComparison.Ordinal)) line = line[2..];
            if (line.EndsWith("*/", StringComparison.Ordinal)) line = line[..^2];
            line = line.TrimStart();
            if (line.StartsWith('*')) line = line[1..];
            line = line.Trim();
            if (line.StartsWith('<')) line = line[1..].TrimStart(); // ///< trailing member comments
            lines.Add(Escape(line));
        }
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return [.. lines];
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    if (!char.IsControl(c) || c == '\t') sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
