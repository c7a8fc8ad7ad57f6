using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Targets;

/// <summary>
/// For each target a NuGet package ships to (and win-x86), clang compiled for that target confirms the layouts and calling
/// conventions the generated C# encodes (<see cref="CrossTargetProbe"/>).
/// </summary>
public sealed class CrossTargetLayoutTests
{
    private static string TestHeader(string name) => Path.Combine(RepoPaths.TestHeaders, "targets", name);

    [Fact]
    public void Records_whose_layout_differs_by_target_are_right_on_every_target()
    {
        var reports = CrossTargetProbe.Check(TestHeader("layouts.h"), "Layouts", ClangCross.Triples);
        Assert.All(reports, r => Assert.True(r.Records == 8, $"{r.Triple}: {r.Records} records"));
        // i686 Windows: tg_call is __stdcall, the other imports cdecl; each is checked by redeclaration.
        Assert.True(reports.Single(r => r.Triple == "i686-pc-windows-msvc").Imports >= 3);
    }

    private static readonly string[] PackageTargets = ["x86_64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"];

    private static string Sysroot(string triple) => $"{triple}={Path.Combine(RepoPaths.TestHeaders, "sysroots", triple)}";

    [Fact]
    public void Zlib_bindings_for_linux_x64_osx_arm64_and_win_x64_are_right_on_each()
    {
        var zlib = Path.Combine(RepoPaths.TestHeaders, "sysroots", "zlib-1.2.13", "zlib.h");
        var reports = CrossTargetProbe.Check(zlib, "Zlib", PackageTargets, [Sysroot("aarch64-apple-darwin"), Sysroot("x86_64-pc-windows-msvc")]);
        // z_stream_s, gz_header_s and gzFile_s on each target (and __va_list_tag on x86_64 Linux).
        Assert.All(reports, r => Assert.True(r.Records >= 3 && r.Offsets >= 20, r.ToString()));
    }

    [Fact]
    public void Fixed_width_types_chosen_for_targets_that_agree_on_sizes_are_right_on_each()
    {
        // Common as long/ulong for these three; with a 32-bit long target, per-target variants: clang checks both.
        Assert.All(CrossTargetProbe.Check(TestHeader("exact_width.h"), "ExactWidth", PackageTargets), r => Assert.True(r.Records == 1 && r.Offsets >= 3, r.ToString()));
        Assert.All(CrossTargetProbe.Check(TestHeader("exact_width.h"), "ExactWidth", [.. PackageTargets, "i686-unknown-linux-gnu"]), r => Assert.True(r.Records == 1, r.ToString()));
    }

    [Fact]
    public void Sqlite3_bindings_are_right_on_every_target_including_win_x86()
    {
        var reports = CrossTargetProbe.Check("/usr/include/sqlite3.h", "Sqlite", ClangCross.Triples);
        Assert.All(reports, r => Assert.True(r.Records >= 10, r.ToString()));
        Assert.True(reports.Single(r => r.Triple == "i686-pc-windows-msvc").Imports >= 200);
    }
}
