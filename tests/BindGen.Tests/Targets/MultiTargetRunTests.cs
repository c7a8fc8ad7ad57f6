using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Targets;

/// <summary>The command line of a run for several targets: output folder, report, determinism, include failures, refusals.</summary>
public sealed class MultiTargetRunTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bindgen-multi-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] Targets(params string[] triples) => [.. triples.SelectMany(t => new[] { "--target", t })];

    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

    [Fact]
    public void A_header_every_target_agrees_on_gives_one_API_with_no_variant_and_a_report_saying_so()
    {
        var header = Write("portable.h", "#include <stddef.h>\nstruct p { long a; size_t n; void *ptr; };\nlong p_get(const struct p *v, unsigned long i);\n#define P_MAX 10\n");
        var run = Bindgen.Run([header, "-o", Path.Combine(_dir.FullName, "out") + "/", .. Targets(ClangCross.Triples)]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Files(Path.Combine(_dir.FullName, "out"));
        Assert.DoesNotContain(files.Keys, f => f.StartsWith("Native.", StringComparison.Ordinal) && f != "Native.cs");
        var report = files["TargetDifferences.cs"];
        Assert.Contains("No declaration differs", report, StringComparison.Ordinal);
        Assert.DoesNotContain("#error", report, StringComparison.Ordinal);
        Assert.Contains("CLong a;", files["Structs.cs"], StringComparison.Ordinal);
        // One assembly for every target: it compiles with no symbol defined.
        CSharpCompiler.AssertCompiles(files.Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void Two_runs_write_byte_identical_files()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "targets", "layouts.h");
        var first = Path.Combine(_dir.FullName, "a");
        var second = Path.Combine(_dir.FullName, "b");
        Assert.Equal(0, Bindgen.Run([header, "-o", first + "/", .. Targets(ClangCross.Triples)]).ExitCode);
        Assert.Equal(0, Bindgen.Run([header, "-o", second + "/", .. Targets(ClangCross.Triples)]).ExitCode);
        var a = Files(first);
        var b = Files(second);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (name, text) in a) Assert.Equal(text, b[name]);
        // Variants of the targets that differ, the report, and the guard that one symbol is defined.
        Assert.Contains("Native.i686-pc-windows-msvc.cs", a.Keys);
        Assert.Contains("#if BINDGEN_I686_PC_WINDOWS_MSVC", a["Native.i686-pc-windows-msvc.cs"], StringComparison.Ordinal);
        Assert.Contains("#error", a["TargetDifferences.cs"], StringComparison.Ordinal);
        Assert.Contains("struct tg_mixed_bits", a["TargetDifferences.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_target_symbol_the_build_fails_with_the_report_s_error_not_with_missing_types()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "targets", "layouts.h");
        var out1 = Path.Combine(_dir.FullName, "out");
        Assert.Equal(0, Bindgen.Run([header, "-o", out1 + "/", .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc")]).ExitCode);
        var (_, problems) = CSharpCompiler.Compile(Files(out1).Select(f => (f.Key, f.Value)));
        Assert.Contains(problems, p => p.Id == "CS1029" && p.GetMessage().Contains("Define the BindGen symbol", StringComparison.Ordinal));
        var (_, both) = CSharpCompiler.Compile(Files(out1).Select(f => (f.Key, f.Value)), symbols: ["BINDGEN_X86_64_UNKNOWN_LINUX_GNU", "BINDGEN_X86_64_PC_WINDOWS_MSVC"]);
        Assert.Contains(both, p => p.Id == "CS1029" && p.GetMessage().Contains("exactly one", StringComparison.Ordinal));
    }

    [Fact]
    public void An_include_one_target_cannot_find_names_the_target_and_the_line_and_writes_nothing()
    {
        var header = Write("lib.h", "#ifdef _WIN32\n#include <winsock2.h>\n#endif\nint lib_f(int x);\n");
        var output = Path.Combine(_dir.FullName, "out");
        var run = Bindgen.Run([header, "-o", output + "/", .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc")]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{header}:2:10: error BG0101: target x86_64-pc-windows-msvc: 'winsock2.h' file not found", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--sysroot x86_64-pc-windows-msvc=DIR", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("x86_64-unknown-linux-gnu", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void An_error_of_one_target_whose_text_says_file_not_found_stays_a_clang_error_of_that_target()
    {
        var header = Write("lib.h", "#ifdef _WIN32\n#error 'windows_only.h' file not found\n#endif\nint lib_f(int x);\n");
        var run = Bindgen.Run([header, "-o", Path.Combine(_dir.FullName, "out") + "/", .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc")]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{header}:2:2: error BG0001: target x86_64-pc-windows-msvc: 'windows_only.h' file not found", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("BG0101", run.Stderr, StringComparison.Ordinal);
    }

    private static readonly string[] PackageTargets = ["x86_64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"];

    [Fact]
    public void Zlib_gzFile_s_is_common_for_linux_x64_osx_arm64_and_win_x64_with_a_fixed_width_pos()
    {
        var sysroots = Path.Combine(RepoPaths.TestHeaders, "sysroots");
        var output = Path.Combine(_dir.FullName, "out");
        var run = Bindgen.Run([Path.Combine(sysroots, "zlib-1.2.13", "zlib.h"), "-o", output + "/", "--namespace", "Zlib", .. Targets(PackageTargets),
            "--sysroot", "aarch64-apple-darwin=" + Path.Combine(sysroots, "aarch64-apple-darwin"), "--sysroot", "x86_64-pc-windows-msvc=" + Path.Combine(sysroots, "x86_64-pc-windows-msvc")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Files(output);
        Assert.Contains("partial struct gzFile_s", files["Structs.cs"], StringComparison.Ordinal);
        Assert.Contains("public long pos;", files["Structs.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain(files, f => f.Key.StartsWith("Native.", StringComparison.Ordinal) && f.Key != "Native.cs" && f.Value.Contains("struct gzFile_s", StringComparison.Ordinal));
        Assert.Contains("struct gzFile_s (emitted once: the integers that differ in C have one size and signedness on every requested target", files["TargetDifferences.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Integers_of_one_size_on_every_target_are_common_as_fixed_width_types()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "targets", "exact_width.h");
        var output = Path.Combine(_dir.FullName, "out");
        var run = Bindgen.Run([header, "-o", output + "/", "--namespace", "ExactWidth", .. Targets(PackageTargets)]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Files(output);
        Assert.Contains("public long pos;", files["Structs.cs"], StringComparison.Ordinal);
        Assert.Contains("public ulong total;", files["Structs.cs"], StringComparison.Ordinal);
        Assert.Contains("[NativeTypeName(\"ew_off\")]", files["Structs.cs"], StringComparison.Ordinal);
        Assert.Matches(@"long ew_seek\(.*ew_file\* file, .*long offset, .*int whence\)", files["Native.cs"]);
        Assert.DoesNotContain(files.Keys, f => f.StartsWith("Native.", StringComparison.Ordinal) && f != "Native.cs");
        CSharpCompiler.AssertCompiles(files.Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void A_target_whose_long_is_32_bits_keeps_the_per_target_variants()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "targets", "exact_width.h");
        var output = Path.Combine(_dir.FullName, "out");
        var run = Bindgen.Run([header, "-o", output + "/", "--namespace", "ExactWidth", .. Targets([.. PackageTargets, "i686-unknown-linux-gnu"])]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Files(output);
        Assert.False(files.TryGetValue("Structs.cs", out var common) && common.Contains("ew_file", StringComparison.Ordinal));
        Assert.Contains("public CLong pos;", files["Native.i686-unknown-linux-gnu.cs"], StringComparison.Ordinal);
        Assert.Contains("public CLong pos;", files["Native.x86_64-unknown-linux-gnu.cs"], StringComparison.Ordinal);
        Assert.Contains("public long pos;", files["Native.x86_64-pc-windows-msvc.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("emitted once: the integers", files["TargetDifferences.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sysroot_given_for_one_target_is_used_for_that_target_only()
    {
        var header = Write("lib.h", "#ifdef _WIN32\n#include <windows_only.h>\n#endif\nint lib_f(int x);\n");
        Write("ucrt/include/windows_only.h", "typedef unsigned short WORD;\nWORD lib_word(void);\n");
        var output = Path.Combine(_dir.FullName, "out");
        var run = Bindgen.Run([header, "-o", output + "/", .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc"),
            "--sysroot", "x86_64-pc-windows-msvc=" + Path.Combine(_dir.FullName, "ucrt")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        // windows_only.h is not the library's (a system folder): its function is not bound, and the run succeeds.
        Assert.Contains("lib_f", Files(output)["Native.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_every_target_reports_is_printed_once_and_one_target_s_is_marked_with_it()
    {
        var header = Write("warn.h", "#warning shared\n#ifdef _WIN32\n#warning windows only\n#endif\nint w(void);\n");
        var run = Bindgen.Run([header, "-o", Path.Combine(_dir.FullName, "out") + "/", .. Targets("x86_64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-pc-windows-msvc")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(run.Stderr.Split('\n'), l => l.Contains("shared", StringComparison.Ordinal));
        Assert.Contains("warning BG0002: target x86_64-pc-windows-msvc: windows only", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("single-file", "the output must be a folder")]
    [InlineData("--safe-wrappers", "the safe layer is generated for one target at a time")]
    [InlineData("--loading", "dynamic-loading table is generated for one target at a time")]
    public void What_several_targets_cannot_do_is_refused_with_BG0103(string option, string message)
    {
        var header = Write("r.h", "int r(void);\n");
        string[] extra = option switch
        {
            "single-file" => ["-o", Path.Combine(_dir.FullName, "r.cs")],
            "--loading" => ["-o", Path.Combine(_dir.FullName, "out") + "/", "--loading", "dynamic"],
            _ => ["-o", Path.Combine(_dir.FullName, "out") + "/", option],
        };
        var run = Bindgen.Run([header, .. extra, .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc")]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG0103: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_targets_and_sysroots_are_the_repeated_options()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "targets", "layouts.h");
        var config = Write("bindgen.json", $$"""
            { "headers": ["{{header}}"], "output": "cfg/", "targets": ["x86_64-unknown-linux-gnu", "i686-pc-windows-msvc"], "sysroots": ["i686-pc-windows-msvc={{_dir.FullName}}"] }
            """);
        var run = Bindgen.RunIn(_dir.FullName, "--config", config);
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Files(Path.Combine(_dir.FullName, "cfg"));
        Assert.Contains("Native.i686-pc-windows-msvc.cs", files.Keys);
        Assert.Contains("CallingConvention = CallingConvention.StdCall, EntryPoint = \"tg_call\"", files["Native.i686-pc-windows-msvc.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_only_Windows_declares_or_only_the_others_is_emitted_once_with_its_platform()
    {
        var header = Write("os.h", "#ifdef _WIN32\nint os_open_w(const unsigned short *path);\n#else\nint os_open_fd(int fd);\n#endif\nint os_common(void);\n");
        var output = Path.Combine(_dir.FullName, "out");
        var run = Bindgen.Run([header, "-o", output + "/", .. Targets(ClangCross.Triples)]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Files(output);
        Assert.Equal(["Native.cs", "NativeTypeNameAttribute.cs", "TargetDifferences.cs"], files.Keys.Order(StringComparer.Ordinal));
        var native = files["Native.cs"];
        Assert.Contains("[System.Runtime.Versioning.SupportedOSPlatform(\"windows\")]\n    [DllImport(LibraryName, CallingConvention = CallingConvention.Cdecl, EntryPoint = \"os_open_w\"", native, StringComparison.Ordinal);
        Assert.Contains("[System.Runtime.Versioning.UnsupportedOSPlatform(\"windows\")]\n    [DllImport(LibraryName, CallingConvention = CallingConvention.Cdecl, EntryPoint = \"os_open_fd\"", native, StringComparison.Ordinal);
        Assert.Contains("function os_open_w (emitted once, [SupportedOSPlatform(\"windows\")])", files["TargetDifferences.cs"], StringComparison.Ordinal);
        CSharpCompiler.AssertCompiles(files.Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void A_function_declared_on_some_targets_of_one_OS_family_only_stays_in_their_variants()
    {
        // Only 64-bit Windows: not an OS family, so no platform attribute can say it.
        var header = Write("w64.h", "#ifdef _WIN64\nint w64_only(void);\n#endif\nint common(void);\n");
        var output = Path.Combine(_dir.FullName, "out");
        var run = Bindgen.Run([header, "-o", output + "/", .. Targets("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc", "i686-pc-windows-msvc")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Files(output);
        Assert.DoesNotContain("w64_only", files["Native.cs"], StringComparison.Ordinal);
        Assert.Contains("w64_only", files["Native.x86_64-pc-windows-msvc.cs"], StringComparison.Ordinal);
    }
}
