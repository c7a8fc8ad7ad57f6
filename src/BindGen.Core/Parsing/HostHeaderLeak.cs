using BindGen.Core.Diagnostics;
using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Core.Parsing;

/// <summary>
/// A target of another OS family than the host's, parsed without a sysroot of its own, must not read the host's C library:
/// clang's darwin driver, for one, falls back to sysroot <c>/</c> and reads the host's glibc headers, whose types would
/// then pass for the target's (docs/portability.md, "Foreign targets and the host's headers"). The first such header
/// is an error (BG0106) at the <c>#include</c> that reached it.
/// </summary>
internal static class HostHeaderLeak
{
    /// <summary>The host's OS family, spelled as <see cref="CTarget.OsFamily"/>.</summary>
    public static string HostOsFamily => OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "apple" : "unix";

    /// <summary>True when a run for <paramref name="options"/> must be checked: a target is named and no sysroot is given for it.</summary>
    public static bool Applies(GeneratorOptions options) => options.TargetTriple is not null && ClangArgumentsBuilder.Sysroot(options) is null;

    /// <summary>
    /// Reports the first header of <paramref name="read"/> (path, the location of the <c>#include</c> that reached it, whether
    /// clang treats it as a system header) that is the host's platform header, when <paramref name="target"/>'s OS family
    /// is not the host's. Returns true when one was reported.
    /// </summary>
    public static bool Check(GeneratorOptions options, CTarget target, string? resourceDirectory,
        IEnumerable<(string Path, CLocation? IncludedAt, bool IsSystem)> read, DiagnosticBag diagnostics)
    {
        if (target.OsFamily == HostOsFamily) return false;
        foreach (var (path, at, isSystem) in read)
        {
            if (!isSystem || resourceDirectory is not null && IncludePaths.IsUnder(path, resourceDirectory) || !IsPlatformName(path)) continue;
            var triple = options.TargetTriple!;
            diagnostics.Add(DiagnosticCodes.HostHeaderRead, at,
                $"target {triple}: the host's C library header '{path}' was read ({target.OsFamily} target on a {HostOsFamily} host, no sysroot for it), so its types would be the host's; give that target's C library headers as its sysroot ({options.OptionNames[BindGenOption.Sysroot]} {triple}=DIR)");
            return true;
        }
        return false;
    }

    /// <summary>True when some tail of <paramref name="path"/> (<c>sys/types.h</c>, <c>unistd.h</c>) is a platform header name.</summary>
    private static bool IsPlatformName(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        for (int i = parts.Length - 1; i >= 0; i--)
        {
            if (SystemHeaders.IsSystem(string.Join('/', parts[i..]))) return true;
        }
        return false;
    }
}
