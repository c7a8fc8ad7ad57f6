using BindGen.Cli;
using BindGen.Tests.Infrastructure;
using BindGen.Tests.Robustness;

namespace BindGen.Tests.Cli;

/// <summary>
/// A successful run at a terminal says in one line what it wrote and how much it bound; with standard error redirected
/// (builds, scripts, CI) it stays silent.
/// </summary>
public class RunSummaryTests
{
    private static readonly string Header = Path.Combine(RepoPaths.TestHeaders, "runtime", "runtime.h");

    private static (int Exit, string Stderr) Run(bool summarize, params string[] args)
    {
        var stderr = new StringWriter();
        int exit = BindGenCommand.Run([Header, "-n", "RuntimeLib", "-l", "runtime", .. args], new StringWriter(), stderr, summarize: summarize);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void Names_the_file_and_counts_what_was_bound_then_says_up_to_date()
    {
        var dir = RepoPaths.NewTempDirectory("summary");
        var output = Path.Combine(dir, "RuntimeLib.cs");
        var first = Run(summarize: true, "-o", output);
        Assert.Equal(0, first.Exit);
        // The counts are --stats' emitted column for the same run.
        var stats = new StringWriter();
        BindGenCommand.Run([Header, "-n", "RuntimeLib", "-l", "runtime", "--stats", "-o", Path.Combine(dir, "Stats.cs")], new StringWriter(), stats);
        var emitted = stats.ToString().Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length == 6 && int.TryParse(c[4], out int n) && n > 0).Select(c => (Kind: c[0], Count: int.Parse(c[4]))).ToList();
        Assert.NotEmpty(emitted);
        Assert.StartsWith($"bindgen: wrote {output}: ", first.Stderr);
        foreach (var (kind, count) in emitted) Assert.Matches($@"\b{count} {kind.TrimEnd('s')}s?\b", first.Stderr);
        Assert.Single(first.Stderr.TrimEnd('\n').Split('\n'));

        var second = Run(summarize: true, "-o", output);
        Assert.StartsWith($"bindgen: {output} is up to date: ", second.Stderr);
    }

    [Fact]
    public void Folder_output_counts_the_files_and_says_what_was_not_bound()
    {
        var dir = RepoPaths.NewTempDirectory("summary-folder") + "/";
        var (exit, stderr) = Run(summarize: true, "-o", dir);
        Assert.Equal(0, exit);
        int files = Directory.GetFiles(dir, "*.cs").Length;
        Assert.StartsWith($"bindgen: wrote {files} files in {dir}: ", stderr);
        // zlib's header has macros BindGen does not bind: the line points to --stats.
        var zlib = new StringWriter();
        Assert.Equal(0, BindGenCommand.Run(["/usr/include/zlib.h", "-n", "Zlib", "-l", "z", "-o", Path.Combine(dir, "..", "Zlib.cs")], new StringWriter(), zlib, summarize: true));
        Assert.Matches(@"\(\d+ not bound: --stats says why\)\n$", zlib.ToString());
    }

    [Fact]
    public void Silent_when_not_at_a_terminal_and_on_failure()
    {
        var dir = RepoPaths.NewTempDirectory("summary-quiet");
        var quiet = Run(summarize: false, "-o", Path.Combine(dir, "A.cs"));
        Assert.Equal(0, quiet.Exit);
        Assert.Equal("", quiet.Stderr);
        var stderr = new StringWriter();
        int exit = BindGenCommand.Run([Path.Combine(dir, "missing.h"), "-o", Path.Combine(dir, "B.cs")], new StringWriter(), stderr, summarize: true);
        Assert.NotEqual(0, exit);
        Assert.Contains("error", stderr.ToString());
        Assert.DoesNotContain("bindgen: wrote", stderr.ToString());
        Assert.False(File.Exists(Path.Combine(dir, "B.cs")));
    }

    [Fact]
    public void The_executable_prints_it_at_a_terminal_only()
    {
        // script(1) gives the process a pseudo-terminal: standard error is then not redirected.
        if (!File.Exists("/usr/bin/script")) Assert.Fail("script(1) from bsdutils is needed: apt-get install bsdutils");
        var dir = RepoPaths.NewTempDirectory("summary-tty");
        var output = Path.Combine(dir, "RuntimeLib.cs");
        var command = $"dotnet '{RealBindgen.Dll}' '{Header}' -n RuntimeLib -l runtime -o '{output}'";
        var atTerminal = ProcessRunner.Run("/usr/bin/script", ["-qec", command, "/dev/null"], dir, TimeSpan.FromMinutes(2));
        Assert.Contains($"bindgen: wrote {output}: ", atTerminal.Stdout);
        var redirected = RealBindgen.Run([Header, "-n", "RuntimeLib", "-l", "runtime", "-o", output]);
        Assert.Equal("", redirected.Stderr);
    }
}
