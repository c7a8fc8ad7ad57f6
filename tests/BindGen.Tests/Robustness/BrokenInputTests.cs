using BindGen.Cli;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Robustness;

/// <summary>
/// Broken input gets a clear diagnostic (file:line:col where there is one), a documented exit code, no stack trace,
/// and never creates or changes an output file: each run targets a file generated earlier and a fresh split folder.
/// </summary>
public class BrokenInputTests
{
    private static string Broken(string name) => Path.Combine(RepoPaths.TestHeaders, "broken", name);

    /// <summary>Runs bindgen with <paramref name="args"/> against an existing generated file and a fresh split folder; asserts neither was touched.</summary>
    private static ProcessResult RunAndAssertNothingWritten(params string[] args)
    {
        var dir = RepoPaths.NewTempDirectory("broken");
        var output = Path.Combine(dir, "Bindings.cs");
        var good = Bindgen.Run(Path.Combine(RepoPaths.TestHeaders, "functions", "scalars.h"), "-o", output);
        Assert.True(good.ExitCode == 0 && File.Exists(output), good.ToString());
        var state = FolderState.Capture(dir);

        var result = Bindgen.Run([.. args, "-o", output]);
        state.AssertUnchanged();
        var split = Bindgen.Run([.. args, "-o", Path.Combine(dir, "split") + "/"]);
        Assert.Equal(result.ExitCode, split.ExitCode);
        state.AssertUnchanged();
        Robust.NoStackTrace(result);
        return result;
    }

    [Theory]
    [InlineData("cpp_header.h", 2, "unknown type name 'class'")]
    [InlineData("unterminated_comment.h", 2, "unterminated /* comment")]
    [InlineData("unterminated_macro.h", 2, "expected comma in macro parameter list")]
    [InlineData("unterminated_if.h", 1, "unterminated conditional directive")]
    [InlineData("error_directive.h", 2, "run ./configure first")]
    [InlineData("missing_include.h", 1, "'no_such_header_anywhere.h' file not found")]
    public void A_header_clang_rejects_is_reported_at_its_line_with_exit_code_1(string header, int line, string message)
    {
        var result = RunAndAssertNothingWritten(Broken(header));
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Robust.HasLocatedDiagnostic(result, "BG0001", Broken(header), line);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public void An_include_cycle_without_guards_is_reported_with_exit_code_1()
    {
        var result = RunAndAssertNothingWritten(Broken("include_cycle.h"));
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches(@"include_cycle(_other)?\.h:\d+:\d+: error BG0001: #include nested too deeply", result.Stderr);
    }

    [Fact]
    public void An_include_cycle_with_guards_is_valid_C_and_binds_both_headers()
    {
        var result = Bindgen.Run(Broken("include_cycle_guarded.h"), "--traverse", Path.Combine(RepoPaths.TestHeaders, "broken"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("guarded_a()", result.Stdout);
        Assert.Contains("guarded_b()", result.Stdout);
        CSharpCompiler.AssertCompiles([("guarded.cs", result.Stdout)]);
    }

    [Fact]
    public void Identifier_characters_C_allows_and_CSharp_does_not_are_named_with_exit_code_1()
    {
        // Found by the fuzz test (seed 3): the output did not compile.
        var result = RunAndAssertNothingWritten(Broken("invalid_identifier_chars.h"));
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Contains("error BG0009: 'half·time' is not a valid C# identifier (it contains U+00B7 '·')", result.Stderr);
        Assert.Contains("error BG0009: 'x¾' is not a valid C# identifier (it contains U+00BE '¾')", result.Stderr);
        // Seed 4242: a global variable's and a stub's names were not checked.
        Assert.Contains("error BG0009: 'call_ó¾count' is not a valid C# identifier (it contains U+00BE '¾')", result.Stderr);
        Assert.Contains("error BG0009: 'log¾f' is not a valid C# identifier (it contains U+00BE '¾')", result.Stderr);
    }

    [Fact]
    public void A_missing_header_is_named_with_exit_code_1()
    {
        var missing = Path.Combine(RepoPaths.NewTempDirectory("missing"), "nowhere.h");
        var result = RunAndAssertNothingWritten(missing);
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Contains($"error BG0003: header '{missing}' does not exist", result.Stderr);
    }

    [Fact]
    public void A_directory_passed_as_a_header_is_named_with_exit_code_1()
    {
        var dir = RepoPaths.NewTempDirectory("dir-as-header");
        var result = RunAndAssertNothingWritten(dir);
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Contains($"error BG0003: '{dir}' is a directory, not a header file", result.Stderr);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_header_is_named_with_exit_code_1()
    {
        var dir = RepoPaths.NewTempDirectory("unreadable");
        var header = Path.Combine(dir, "secret.h");
        File.WriteAllText(header, "int secret(void);\n");
        File.SetUnixFileMode(header, UnixFileMode.None);
        if (!Robust.CanReadAnything())
        {
            var result = RunAndAssertNothingWritten(header);
            Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
            Assert.Contains($"error BG0003: header '{header}' cannot be read", result.Stderr);
            return;
        }
        // Root reads anything: prove it with the real executable run as 'nobody' instead (skipped without setpriv).
        File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        var asNobody = RealBindgen.RunAsNobody([header], dir);
        // Not a silent pass: without setpriv (util-linux) this test cannot prove anything as root, and says so.
        Assert.True(asNobody is not null, "running as root, this test needs /usr/bin/setpriv (util-linux) to run bindgen as 'nobody'");
        Assert.Equal(BindGenCommand.InputErrors, asNobody.ExitCode);
        Assert.Contains($"error BG0003: header '{header}' cannot be read", asNobody.Stderr);
        Robust.NoStackTrace(asNobody);
    }

    [Fact]
    public void Binary_garbage_is_reported_at_its_location_with_exit_code_1()
    {
        var header = Path.Combine(RepoPaths.NewTempDirectory("garbage"), "garbage.h");
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        File.WriteAllBytes(header, bytes);
        var result = RunAndAssertNothingWritten(header);
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(header)}:\d+:\d+: error BG0001: ", result.Stderr);
    }

    [Fact]
    public void An_unknown_option_is_bad_usage_with_exit_code_2()
    {
        var result = RunAndAssertNothingWritten(Path.Combine(RepoPaths.TestHeaders, "functions", "scalars.h"), "--no-such-option");
        Assert.Equal(BindGenCommand.BadUsage, result.ExitCode);
        Assert.Contains("unrecognized option '--no-such-option'", result.Stderr);
    }

    [Fact]
    public void An_empty_header_succeeds_with_a_warning_and_an_empty_class_that_compiles()
    {
        var result = Bindgen.Run(Broken("empty.h"), "--namespace", "Empty");
        Assert.Equal(BindGenCommand.Ok, result.ExitCode);
        Assert.Contains("warning BG0008: nothing to bind in empty.h", result.Stderr);
        Assert.Contains("public static unsafe partial class Native", result.Stdout);
        CSharpCompiler.AssertCompiles([("empty.cs", result.Stdout)]);
    }

    [Fact]
    public void Debug_flag_is_documented_in_help()
    {
        var result = Bindgen.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--debug", result.Stdout);
        Assert.Contains("BINDGEN_DEBUG", result.Stdout);
    }
}

/// <summary>The exit codes hold for the real executable, not only in-process.</summary>
public class RealProcessExitCodeTests
{
    public static TheoryData<string, string[], int, string> Cases() => new()
    {
        { "a good header", ["functions/scalars.h"], BindGenCommand.Ok, "" },
        { "an empty header", ["broken/empty.h"], BindGenCommand.Ok, "warning BG0008" },
        { "a missing header", ["functions/no_such.h"], BindGenCommand.InputErrors, "error BG0003" },
        { "a directory", ["functions"], BindGenCommand.InputErrors, "error BG0003" },
        { "#error", ["broken/error_directive.h"], BindGenCommand.InputErrors, "error_directive.h:2:2: error BG0001" },
        { "a C++ header", ["broken/cpp_header.h"], BindGenCommand.InputErrors, "cpp_header.h:2:1: error BG0001" },
        { "an unknown option", ["functions/scalars.h", "--frobnicate"], BindGenCommand.BadUsage, "unrecognized option '--frobnicate'" },
        { "a missing option value", ["functions/scalars.h", "--namespace"], BindGenCommand.BadUsage, "bindgen: error:" },
        { "a bad option value", ["functions/scalars.h", "--diagnostic-format", "xml"], BindGenCommand.BadUsage, "bindgen: error:" },
        { "--debug on a good header", ["functions/scalars.h", "--debug"], BindGenCommand.Ok, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_real_executable_exits_with_the_documented_code(string what, string[] args, int exitCode, string stderr)
    {
        var result = RealBindgen.Run(args, workingDirectory: RepoPaths.TestHeaders);
        Assert.True(result.ExitCode == exitCode, $"{what}: expected exit {exitCode}\n{result}");
        Assert.Contains(stderr, result.Stderr);
        Robust.NoStackTrace(result);
        if (exitCode == 0) Assert.StartsWith("// <auto-generated>", result.Stdout);
        else Assert.Equal("", result.Stdout);
    }
}

/// <summary>An unexpected exception is reported in one line with exit code 3; --debug and BINDGEN_DEBUG add its stack trace.</summary>
public class InternalErrorTests
{
    /// <summary>Standard output that fails like a closed pipe, to make the command meet an exception it did not expect.</summary>
    private sealed class BrokenPipe : StringWriter
    {
        public override void Write(string? value) => throw new IOException("Broken pipe");
        public override void Write(char value) => throw new IOException("Broken pipe");
    }

    private static (int Exit, string Stderr) Run(params string[] args)
    {
        var stderr = new StringWriter();
        int exit = BindGenCommand.Run([Path.Combine(RepoPaths.TestHeaders, "functions", "scalars.h"), .. args], new BrokenPipe(), stderr);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void Without_debug_an_internal_error_is_one_line_without_stack_trace()
    {
        // BINDGEN_DEBUG in the test's environment turns the trace on: then what is checked is that it does.
        bool debugFromEnvironment = Environment.GetEnvironmentVariable("BINDGEN_DEBUG") is { Length: > 0 } and not "0";
        var (exit, stderr) = Run();
        Assert.Equal(BindGenCommand.InternalError, exit);
        if (debugFromEnvironment)
        {
            Assert.StartsWith("bindgen: internal error: IOException: Broken pipe (please report this; stack trace follows)", stderr);
            Assert.Contains("   at BindGen.Cli.BindGenCommand", stderr);
        }
        else
        {
            Assert.StartsWith("bindgen: internal error: IOException: Broken pipe (please report this; run with --debug for the stack trace)", stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
    }

    [Fact]
    public void With_debug_an_internal_error_shows_its_stack_trace()
    {
        var (exit, stderr) = Run("--debug");
        Assert.Equal(BindGenCommand.InternalError, exit);
        Assert.Contains("stack trace follows", stderr);
        Assert.Contains("   at BindGen.Cli.BindGenCommand", stderr);
    }
}
