using System.Collections.Immutable;
using BindGen.Core.Diagnostics;

namespace BindGen.Core.Mapping;

/// <summary>
/// Maps <c>--library-name PLATFORM=FILE</c> options to the per-platform file names the generated resolver tries, in the
/// order given: <c>linux=libz.so.1</c>, <c>osx=libz.1.dylib</c>, <c>windows=zlib1.dll</c> (also freebsd, android, ios).
/// </summary>
public static class LibraryNameMapper
{
    private static readonly ImmutableArray<(string Platform, string Check)> Platforms =
    [
        ("linux", "OperatingSystem.IsLinux()"),
        ("osx", "OperatingSystem.IsMacOS()"),
        ("macos", "OperatingSystem.IsMacOS()"),
        ("windows", "OperatingSystem.IsWindows()"),
        ("freebsd", "OperatingSystem.IsFreeBSD()"),
        ("android", "OperatingSystem.IsAndroid()"),
        ("ios", "OperatingSystem.IsIOS()"),
    ];

    /// <summary>The platforms with their file names, in first-mention order; malformed entries are reported as BG0007.</summary>
    public static ImmutableArray<CsPlatformLibrary> Map(IEnumerable<string> entries, OptionNames optionNames, DiagnosticBag diagnostics)
    {
        var byCheck = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in entries)
        {
            var eq = entry.IndexOf('=');
            var platform = eq < 0 ? "" : entry[..eq].Trim().ToLowerInvariant();
            var file = eq < 0 ? "" : entry[(eq + 1)..].Trim();
            var check = Platforms.FirstOrDefault(p => p.Platform == platform).Check;
            if (check is null || file.Length == 0)
            {
                diagnostics.Add(DiagnosticCodes.BadOption, null,
                    $"{optionNames[BindGenOption.LibraryName]} '{entry}': expected PLATFORM=FILE with PLATFORM one of {string.Join(", ", Platforms.Select(p => p.Platform))}");
                continue;
            }
            if (!byCheck.TryGetValue(check, out var files))
            {
                byCheck[check] = files = [];
                order.Add(check);
            }
            if (!files.Contains(file, StringComparer.Ordinal)) files.Add(file);
        }
        return [.. order.Select(c => new CsPlatformLibrary(c, [.. byCheck[c].Select(CsLiterals.String)]))];
    }
}
