using BindGen.Cli;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Generation;

/// <summary>Bad input: a clear message, the documented exit code, and an existing output file left exactly as it was.</summary>
public class BadInputTests
{
    /// <summary>Runs the real bindgen executable (not in-process), so exit codes are what a shell sees.</summary>
    private static ProcessResult RunTool(string workingDirectory, params string[] args) =>
        ProcessRunner.Run("dotnet", [typeof(BindGenCommand).Assembly.Location, .. args], workingDirectory);

    private static (string Dir, string Output, byte[] Bytes, DateTime Stamp) ExistingOutput()
    {
        var dir = RepoPaths.NewTempDirectory("bad-input");
        var good = Path.Combine(dir, "good.h");
        File.WriteAllText(good, "int good(int x);\n");
        var output = Path.Combine(dir, "Bindings.cs");
        var first = Bindgen.Run(good, "-o", output, "--namespace", "Good", "--library", "good");
        Assert.True(first.ExitCode == 0, first.ToString());
        File.SetLastWriteTimeUtc(output, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return (dir, output, File.ReadAllBytes(output), File.GetLastWriteTimeUtc(output));
    }

    private static void AssertUntouched((string Dir, string Output, byte[] Bytes, DateTime Stamp) existing)
    {
        Assert.Equal(existing.Bytes, File.ReadAllBytes(existing.Output));
        Assert.Equal(existing.Stamp, File.GetLastWriteTimeUtc(existing.Output));
        Assert.Equal(["Bindings.cs", "good.h"], Directory.GetFileSystemEntries(existing.Dir).Select(Path.GetFileName).Where(n => n != "broken.h").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_header_exits_1_and_names_the_file()
    {
        var existing = ExistingOutput();
        var result = RunTool(existing.Dir, "nope.h", "-o", "Bindings.cs", "--namespace", "X", "--library", "x");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error BG0003", result.Stderr);
        Assert.Contains("'nope.h' does not exist", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        AssertUntouched(existing);
    }

    [Fact]
    public void Syntax_error_exits_1_with_file_line_col()
    {
        var existing = ExistingOutput();
        File.WriteAllText(Path.Combine(existing.Dir, "broken.h"), "int ok(void);\nstruct s { int x; \nint broken(int;\n");
        var result = RunTool(existing.Dir, "broken.h", "-o", "Bindings.cs", "--namespace", "X", "--library", "x");
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"broken\.h:3:\d+: error BG0001: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        AssertUntouched(existing);
    }

    [Fact]
    public void Syntax_error_in_msbuild_format()
    {
        var existing = ExistingOutput();
        File.WriteAllText(Path.Combine(existing.Dir, "broken.h"), "int broken(int;\n");
        var result = RunTool(existing.Dir, "broken.h", "-o", "Bindings.cs", "--diagnostic-format", "msbuild");
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"broken\.h\(1,\d+\): error BG0001: ", result.Stderr);
        AssertUntouched(existing);
    }

    [Fact]
    public void Unknown_option_exits_2_with_usage_hint()
    {
        var existing = ExistingOutput();
        var result = RunTool(existing.Dir, "good.h", "-o", "Bindings.cs", "--no-such-option");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr);
        Assert.Contains("bindgen --help", result.Stderr);
        AssertUntouched(existing);
    }

    [Fact]
    public void Missing_header_argument_exits_2()
    {
        var result = Bindgen.Run("-o", "x.cs");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        var help = RunTool(Path.GetTempPath(), "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--output", "--namespace", "--library", "--class", "--include-directory", "--define", "--clang-arg", "--templates", "--traverse", "--check" })
            Assert.Contains(option, help.Stdout);
        var version = RunTool(Path.GetTempPath(), "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout);
    }

    [Fact]
    public void A_failed_write_names_the_output_asked_for_not_the_hidden_temp_file()
    {
        // /proc refuses new files, even for root: the temp file beside the output cannot be created.
        Assert.True(Directory.Exists("/proc"), "this test needs Linux's /proc");
        var existing = ExistingOutput();
        var result = RunTool(existing.Dir, "good.h", "-o", "/proc/ux.g.cs", "--namespace", "X");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error BG0030: cannot write '/proc/ux.g.cs': ", result.Stderr);
        Assert.DoesNotContain(".tmp", result.Stderr);
        Assert.DoesNotContain("/proc/.ux", result.Stderr);
        AssertUntouched(existing);
    }

    [Fact]
    public void An_output_path_through_an_existing_file_says_that_file_is_not_a_folder()
    {
        var existing = ExistingOutput();
        var result = RunTool(existing.Dir, "good.h", "-o", "good.h/Out.g.cs", "--namespace", "X");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error BG0030: cannot write 'good.h/Out.g.cs': 'good.h' is a file, not a folder", result.Stderr);
        Assert.DoesNotContain("already exists", result.Stderr);
        AssertUntouched(existing);
    }

    [Fact]
    public void A_missing_include_directory_is_named_in_a_warning()
    {
        var existing = ExistingOutput();
        File.WriteAllText(Path.Combine(existing.Dir, "broken.h"), "#include <mylib.h>\nint f(void);\n");
        var result = RunTool(existing.Dir, "broken.h", "-I", "mylib/include", "-o", "Bindings.cs", "--namespace", "X");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"warning BG0046: include directory 'mylib/include' (-I) does not exist (relative to '{existing.Dir}')", result.Stderr);
        Assert.Contains("'mylib.h' file not found", result.Stderr);
        AssertUntouched(existing);
    }
}
