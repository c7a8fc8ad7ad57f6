using BindGen.Cli;
using BindGen.Core;

namespace BindGen.Tests.Surface;

public class CoverageTests
{
    private static CoverageReport Coverage()
    {
        var result = SurfaceHarness.Generate("stats/stats.h", "Stats", "stats", o => o with { Exclude = ["st_hidden_*"] });
        Assert.True(result.Success);
        return result.Coverage!;
    }

    private static CoverageRow Row(string kind) => Coverage().Rows.Single(r => r.Kind == kind);

    [Fact]
    public void Functions_are_counted_as_found_filtered_skipped_and_emitted()
    {
        // st_printf (variadic), st_twice (static inline), st_precise (long double) skipped; st_hidden_debug excluded.
        Assert.Equal(new CoverageRow("functions", 5, 1, 3, 1, 0), Row("functions"));
    }

    [Fact]
    public void Types_needed_from_other_headers_are_counted_apart()
    {
        // FILE comes from stdio.h: needed by st_write, not the library's own. It is emitted with C's size, so complete
        // (glibc's struct _IO_FILE), with the three records its pointer fields name (which glibc never defines).
        Assert.Equal(new CoverageRow("records", 1, 0, 0, 1, 4), Row("records"));
        Assert.Equal(new CoverageRow("enums", 2, 0, 0, 2, 0), Row("enums"));
        Assert.Equal(new CoverageRow("variables", 1, 0, 0, 1, 0), Row("variables"));
    }

    [Fact]
    public void Macros_that_do_not_evaluate_are_counted_as_skipped()
    {
        Assert.Equal(new CoverageRow("macros", 4, 0, 2, 2, 0), Row("macros"));
    }

    [Fact]
    public void Every_reason_is_listed_with_its_count()
    {
        var reasons = Coverage().Reasons.Select(r => $"{r.Code}:{r.Count}").ToArray();
        Assert.Equal(["BG0010:1", "BG0011:1", "BG0012:1", "BG0013:1", "BG0014:1"], reasons);
    }

    [Fact]
    public void The_stats_option_prints_the_report()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BindGenCommand.Run([SurfaceHarness.Header("stats/stats.h"), "-n", "Stats", "-l", "stats", "--target", SurfaceHarness.Triple, "--stats"], stdout, stderr);
        Assert.Equal(0, code);
        var text = stderr.ToString();
        Assert.Contains("kind         found  filtered  skipped  emitted  needed\n", text);
        Assert.Contains("functions        5         0        3        2       0\n", text);
        Assert.Contains("  BG0011 variadic function not bound: 1\n", text);
    }
}
