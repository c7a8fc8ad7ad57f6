using System.Text.RegularExpressions;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Perf;

/// <summary>--suppress-gc-transition marks exactly the named functions, the output compiles, and unknown names warn.</summary>
public class SuppressGcTransitionTests
{
    private const string Header = """
        int perf_add(int a, int b);
        int perf_sub(int a, int b);
        void perf_sleep(unsigned milliseconds);
        """;

    private static string WriteHeader()
    {
        var dir = RepoPaths.NewTempDirectory("suppress-gc");
        var path = Path.Combine(dir, "perf.h");
        File.WriteAllText(path, Header);
        return path;
    }

    /// <summary>The attribute lines directly above the declaration of <paramref name="function"/>.</summary>
    private static string AttributesOf(string code, string function)
    {
        var match = Regex.Match(code, @"((?:\n    \[[^\n]*\])+)\n    public static extern [^\n]* " + function + @"\(");
        Assert.True(match.Success, $"{function} not found in:\n{code}");
        return match.Groups[1].Value;
    }

    [Fact]
    public void Only_the_named_functions_get_SuppressGCTransition_and_the_output_compiles()
    {
        var result = Bindgen.Run(WriteHeader(), "-n", "Perf", "-l", "perf", "--target", Bindgen.SnapshotTarget, "--suppress-gc-transition", "perf_add");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("[SuppressGCTransition]", AttributesOf(result.Stdout, "perf_add"));
        Assert.DoesNotContain("SuppressGCTransition", AttributesOf(result.Stdout, "perf_sub"));
        Assert.DoesNotContain("SuppressGCTransition", AttributesOf(result.Stdout, "perf_sleep"));
        Assert.Single(Regex.Matches(result.Stdout, @"\[SuppressGCTransition\]"));
        CSharpCompiler.AssertCompiles([("perf.cs", result.Stdout)]);
    }

    [Fact]
    public void Names_can_be_repeated_or_separated_by_commas_and_work_with_LibraryImport()
    {
        var result = Bindgen.Run(WriteHeader(), "-n", "Perf", "-l", "perf", "--target", Bindgen.SnapshotTarget, "--library-import",
            "--suppress-gc-transition", "perf_add,perf_sub");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, Regex.Matches(result.Stdout, @"\[SuppressGCTransition\]").Count);
        Assert.DoesNotMatch(@"\[SuppressGCTransition\]\s*\[LibraryImport\(LibraryName, EntryPoint = ""perf_sleep""", result.Stdout);
    }

    [Fact]
    public void An_unknown_name_gets_a_warning_and_changes_nothing_else()
    {
        var header = WriteHeader();
        var plain = Bindgen.Run(header, "-n", "Perf", "-l", "perf", "--target", Bindgen.SnapshotTarget);
        var result = Bindgen.Run(header, "-n", "Perf", "-l", "perf", "--target", Bindgen.SnapshotTarget, "--suppress-gc-transition", "perf_mul");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning BG0044", result.Stderr);
        Assert.Contains("'perf_mul'", result.Stderr);
        Assert.Equal(plain.Stdout, result.Stdout);
    }
}
