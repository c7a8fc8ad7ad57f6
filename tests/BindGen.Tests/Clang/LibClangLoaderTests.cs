using BindGen.Cli;
using BindGen.Clang;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Clang;

public class LibClangLoaderTests
{
    private static ProcessResult RunTool(IDictionary<string, string> environment, params string[] args) =>
        ProcessRunner.Run("dotnet", [typeof(BindGenCommand).Assembly.Location, .. args], Path.GetTempPath(), environment: environment);

    private static readonly string Header = Path.Combine(RepoPaths.TestHeaders, "records", "struct_basic.h");

    [Fact]
    public void Builtin_headers_come_from_the_loaded_libclangs_own_version()
    {
        var info = LibClangLoader.Load();
        Assert.NotNull(info.ResourceDirectory);
        Assert.True(File.Exists(Path.Combine(info.ResourceDirectory!, "include", "stddef.h")), info.ResourceDirectory);
        // e.g. /usr/lib/llvm-14/lib/clang/14.0.6 for "Debian clang version 14.0.6"
        var versionFolder = Path.GetFileName(info.ResourceDirectory!.TrimEnd('/'));
        Assert.StartsWith(info.Version.Major + ".", versionFolder + ".");
        Assert.Contains(info.Version.Major.ToString(), info.VersionText);
    }

    [Fact]
    public void An_explicit_BINDGEN_LIBCLANG_that_does_not_load_is_an_error_not_a_silent_fallback()
    {
        var result = RunTool(new Dictionary<string, string> { ["BINDGEN_LIBCLANG"] = "/nonexistent/libclang.so" }, Header);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error BG0004: BINDGEN_LIBCLANG is set to '/nonexistent/libclang.so'", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void BINDGEN_LIBCLANG_may_name_the_folder_of_the_library()
    {
        var folder = Path.GetDirectoryName(LibClangLoader.Load().LibraryPath)!;
        var result = RunTool(new Dictionary<string, string> { ["BINDGEN_LIBCLANG"] = folder }, Header, "-n", "Records");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("namespace Records;", result.Stdout);
    }
    [Fact]
    public void An_explicit_LIBCLANG_PATH_that_does_not_load_is_the_same_error_as_BINDGEN_LIBCLANG()
    {
        var result = RunTool(new Dictionary<string, string> { ["LIBCLANG_PATH"] = "/nonexistent/llvm/lib" }, Header);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error BG0004: LIBCLANG_PATH is set to '/nonexistent/llvm/lib', but no loadable libclang is there.", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
