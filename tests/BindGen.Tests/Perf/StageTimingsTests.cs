using System.Text.RegularExpressions;
using BindGen.Tests.Infrastructure;
using BindGen.Tests.Robustness;

namespace BindGen.Tests.Perf;

/// <summary>
/// BINDGEN_TIMINGS prints every stage docs/performance.md describes, in pipeline order, with the GC figures; and the CLI
/// starts in its no-GC region unless BINDGEN_GC_BUDGET_MB=0 (the real executable: the policy lives in Program.cs).
/// Speed itself is measured by bench/, never asserted here.
/// </summary>
public partial class StageTimingsTests
{
    private static readonly string[] Stages = ["clang", "walk", "headers", "macros", "model", "select", "map", "convert", "sections", "files"];

    [GeneratedRegex(@"^bindgen: timing: (\w+) +[\d.]+ ms \(process \d+ ms; GCs (\d+)/(\d+)/(\d+), paused \d+ ms, allocated \d+ MiB\)$", RegexOptions.Multiline)]
    private static partial Regex TimingLine();

    private static List<(string Stage, int Gen0)> Timings(IDictionary<string, string> environment)
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "functions", "scalars.h");
        var output = Path.Combine(RepoPaths.NewTempDirectory("timings"), "out.cs");
        var result = RealBindgen.Run([header, "-o", output], environment: environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(output));
        return [.. TimingLine().Matches(result.Stderr).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value)))];
    }

    [Fact]
    public void Timings_name_every_stage_in_pipeline_order()
    {
        var timings = Timings(new Dictionary<string, string> { ["BINDGEN_TIMINGS"] = "1" });
        Assert.Equal(Stages, timings.Select(t => t.Stage));
    }

    [Fact]
    public void The_run_starts_in_a_no_gc_region_unless_the_budget_is_zero()
    {
        // Starting the region is itself one collection, made before anything else; after it, this small header's run
        // collects nothing. Without the region, nothing has been collected by the first stage's end (the process has
        // allocated a few megabytes by then).
        var withRegion = Timings(new Dictionary<string, string> { ["BINDGEN_TIMINGS"] = "1" });
        Assert.Equal(1, withRegion[0].Gen0);
        Assert.Equal(1, withRegion[^1].Gen0);
        var without = Timings(new Dictionary<string, string> { ["BINDGEN_TIMINGS"] = "1", ["BINDGEN_GC_BUDGET_MB"] = "0" });
        Assert.Equal(0, without[0].Gen0);
    }

    [Fact]
    public void Without_the_variable_nothing_is_timed()
    {
        Assert.Empty(Timings(new Dictionary<string, string>()));
    }
}
