using BindGen.Core.Diagnostics;
using BindGen.Core.Passes;

namespace BindGen.Core;

/// <summary>
/// What BG0101 tells a target that could not find a header: a C library or platform header (<c>sys/types.h</c>) is the
/// target's to provide, through its sysroot; any other header (the library's own <c>sqlite3.h</c>) is not in a sysroot,
/// so it is named by path or its folder given with <c>-I</c>, and where another target of the run read it on this host,
/// the hint says where.
/// </summary>
internal static class MissingIncludeHint
{
    /// <summary>The hint for the include that failed at <paramref name="failed"/> for <paramref name="triple"/>.</summary>
    /// <param name="failed">The clang error on the <c>#include</c> that reached no file.</param>
    /// <param name="triple">The target that could not find it.</param>
    /// <param name="readByOthers">Full paths of the headers the run's other targets read.</param>
    /// <param name="optionNames">How the user spells the options.</param>
    public static string For(Diagnostic failed, string triple, IEnumerable<string> readByOthers, OptionNames optionNames)
    {
        var sysroot = $"give that target's C library headers as its sysroot ({optionNames[BindGenOption.Sysroot]} {triple}=DIR)";
        if (IncludedName(failed) is not { } name || SystemHeaders.IsSystem(name)) return sysroot;
        var suffix = "/" + name;
        var onHost = readByOthers.Where(p => p.Replace('\\', '/').EndsWith(suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
        return $"'{name}' is not a C library header{(onHost is null ? "" : $" (this host has it at {onHost}, which that target does not search)")}: name it by its path in the input, or give its folder as an include directory (-I)";
    }

    /// <summary>The header name of the <c>#include</c> at the diagnostic's location, read from the source line; null when unreadable.</summary>
    private static string? IncludedName(Diagnostic failed)
    {
        if (failed.Location is not { } at || at.Line < 1) return null;
        string? line;
        try
        {
            line = File.ReadLines(at.File).Skip(at.Line - 1).FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        if (line is null) return null;
        int include = line.IndexOf("include", StringComparison.Ordinal);
        if (include < 0) return null;
        var rest = line[(include + "include".Length)..].TrimStart();
        if (rest.Length < 2) return null;
        char close = rest[0] switch { '<' => '>', '"' => '"', _ => '\0' };
        int end = close == '\0' ? -1 : rest.IndexOf(close, 1);
        return end > 1 ? rest[1..end] : null;
    }
}
