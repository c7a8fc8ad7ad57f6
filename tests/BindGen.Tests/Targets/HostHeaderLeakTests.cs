using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Targets;

/// <summary>
/// A target of another OS family than the host's never silently reads the host's C library (BG0106), and BG0101's hint
/// tells a missing C library header (the target's sysroot) from a missing library header (its path or -I).
/// </summary>
public sealed class HostHeaderLeakTests : IDisposable
{
    private const string Darwin = "aarch64-apple-darwin";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bindgen-hostleak-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Output => Path.Combine(_dir.FullName, "out");

    private bool NothingWritten => !Directory.Exists(Output) || !Directory.EnumerateFileSystemEntries(Output).Any();

    private static string[] Targets(params string[] triples) => [.. triples.SelectMany(t => new[] { "--target", t })];

    [Fact]
    public void A_macOS_target_without_a_sysroot_that_reads_the_host_s_unistd_h_is_an_error_at_the_include_and_writes_nothing()
    {
        var header = Write("lib.h", "#include <unistd.h>\nint lib_f(int x);\n");
        var run = Bindgen.Run([header, "-o", Output + "/", .. Targets("x86_64-unknown-linux-gnu", Darwin)]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{header}:1:10: error BG0106: target {Darwin}: the host's C library header '/usr/include/unistd.h' was read", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"--sysroot {Darwin}=DIR", run.Stderr, StringComparison.Ordinal);
        // The one error says what to fix: not glibc's unknown types that follow from it.
        Assert.DoesNotContain("BG0001", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("x86_64-unknown-linux-gnu", run.Stderr, StringComparison.Ordinal);
        Assert.True(NothingWritten);
    }

    [Fact]
    public void A_single_foreign_target_is_checked_too()
    {
        var header = Write("lib.h", "#include <unistd.h>\nint lib_f(int x);\n");
        var run = Bindgen.Run([header, "-o", Output + "/", "--target", Darwin]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{header}:1:10: error BG0106: target {Darwin}:", run.Stderr, StringComparison.Ordinal);
        Assert.True(NothingWritten);
    }

    [Fact]
    public void The_target_s_own_sysroot_is_read_without_complaint()
    {
        Write("mac/usr/include/unistd.h", "typedef long mac_ssize_t;\n");
        var header = Write("lib.h", "#include <unistd.h>\nmac_ssize_t lib_f(int x);\n");
        var run = Bindgen.Run([header, "-o", Output + "/", .. Targets("x86_64-unknown-linux-gnu", Darwin),
            "--sysroot", $"{Darwin}={Path.Combine(_dir.FullName, "mac")}", "-D", "mac_ssize_t=long"]);
        Assert.DoesNotContain("BG0106", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void A_target_of_the_host_s_OS_family_reads_the_host_s_headers()
    {
        // Linux targets on this Linux host: the host's glibc is theirs (the multiarch folders hold each one's part).
        var header = Write("lib.h", "#include <sys/types.h>\noff_t lib_seek(off_t at);\n");
        var run = Bindgen.Run([header, "-o", Output + "/", "--target", "x86_64-unknown-linux-gnu"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("BG0106", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_missing_the_library_s_own_header_is_told_where_the_host_has_it_not_to_give_a_sysroot()
    {
        var header = Write("w.h", "#include <sqlite3.h>\n");
        var run = Bindgen.Run([header, "-o", Output + "/", .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc")]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{header}:1:10: error BG0101: target x86_64-pc-windows-msvc: 'sqlite3.h' file not found; 'sqlite3.h' is not a C library header (this host has it at /usr/include/sqlite3.h, which that target does not search): name it by its path in the input, or give its folder as an include directory (-I)", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--sysroot", run.Stderr, StringComparison.Ordinal);
        Assert.True(NothingWritten);
    }

    [Fact]
    public void A_library_header_no_target_read_gets_the_path_hint_without_a_place()
    {
        var header = Write("lib.h", "#ifdef _WIN32\n#include <windows_only.h>\n#endif\nint lib_f(int x);\n");
        var run = Bindgen.Run([header, "-o", Output + "/", .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc")]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'windows_only.h' file not found; 'windows_only.h' is not a C library header: name it by its path", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--sysroot", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_C_library_header_still_asks_for_the_target_s_sysroot()
    {
        var header = Write("lib.h", "#ifdef _WIN32\n#include <sys/types.h>\n#endif\nint lib_f(int x);\n");
        var run = Bindgen.Run([header, "-o", Output + "/", .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc")]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{header}:2:10: error BG0101: target x86_64-pc-windows-msvc: 'sys/types.h' file not found; give that target's C library headers as its sysroot (--sysroot x86_64-pc-windows-msvc=DIR)", run.Stderr, StringComparison.Ordinal);
    }
}
