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
        if (failed.MissingInclude is not { } name || SystemHeaders.IsSystem(name)) return sysroot;
        var suffix = "/" + name;
        var onHost = readByOthers.Where(p => p.Replace('\\', '/').EndsWith(suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
        return $"'{name}' is not a C library header{(onHost is null ? "" : $" (this host has it at {onHost}, which that target does not search)")}: name it by its path in the input, or give its folder as an include directory (-I)";
    }
}
