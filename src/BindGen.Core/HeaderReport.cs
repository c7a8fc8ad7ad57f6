using System.Text;
using BindGen.Core.Passes;

namespace BindGen.Core;

/// <summary>The <c>--explain-headers</c> text: every header read, whether it counts as the library's, and why.</summary>
public static class HeaderReport
{
    /// <summary>
    /// One line per header in first-inclusion order, library headers marked, the platform's counted on one line; paths
    /// under <paramref name="baseDirectory"/> relative.
    /// </summary>
    public static string ToText(IReadOnlyList<HeaderVerdict> headers, string baseDirectory, OptionNames? optionNames = null)
    {
        var sb = new StringBuilder();
        sb.Append($"headers read: {headers.Count}, of which the library's: {headers.Count(h => h.IsLibrary)}\n");
        // Platform headers a library header includes are named (a library's header that looks like libc's shows here);
        // those only other platform headers include are counted.
        foreach (var h in headers.Where(h => h.Reason != HeaderReason.Platform || h.Via is not null))
        {
            var path = h.Path.StartsWith(baseDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                ? Path.GetRelativePath(baseDirectory, h.Path)
                : h.Path;
            sb.Append(h.IsLibrary ? "  library  " : "  -        ").Append(path).Append(": ").Append(h.Explain(optionNames ?? OptionNames.Neutral)).Append('\n');
        }
        int platform = headers.Count(h => h.Reason == HeaderReason.Platform && h.Via is null);
        if (platform > 0) sb.Append($"  -        {platform} more C library, POSIX, kernel and compiler headers (never the library's)\n");
        return sb.ToString();
    }
}
