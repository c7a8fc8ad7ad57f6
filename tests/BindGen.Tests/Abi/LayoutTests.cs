using BindGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BindGen.Tests.Abi;

/// <summary>Every record's size, alignment and field offsets agree with what the C compiler says.</summary>
public class LayoutTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestHeaderCases.All), MemberType = typeof(TestHeaderCases))]
    public void Test_header_layouts_match_the_C_compiler(string header)
    {
        var c = new HeaderCase(header);
        var flags = c.Flags.Where((f, i) => f != "--namespace" && (i == 0 || c.Flags[i - 1] != "--namespace")).ToList();
        AssertMatches(header, LayoutProbe.Check(c.FullPath, c.Namespace, flags));
    }

    [Theory]
    [InlineData("/usr/include/zlib.h", "Zlib")]
    [InlineData("/usr/include/sqlite3.h", "Sqlite")]
    public void System_header_layouts_match_the_C_compiler(string header, string ns)
    {
        Assert.True(File.Exists(header), header + " is missing (zlib1g-dev, libsqlite3-dev)");
        var report = LayoutProbe.Check(header, ns, ["--library", "x"]);
        Assert.True(report.Checked > 10, $"only {report.Checked} items were measured in {header}");
        AssertMatches(header, report);
    }

    private void AssertMatches(string header, LayoutProbe.Report report)
    {
        output.WriteLine($"{header}: measured {report.Checked} items ({report.Bitfields} bitfields)");
        Assert.True(report.Mismatches.Count == 0 && report.Missing.Count == 0,
            $"{report.Mismatches.Count} layout mismatches, {report.Missing.Count} members missing (of {report.Checked} measured):\n"
            + string.Join("\n", report.Mismatches.Concat(report.Missing)));
    }
}
