using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Surface;

public class DocsTests
{
    [Fact]
    public void Every_diagnostic_code_is_documented_with_its_severity_and_title()
    {
        var text = File.ReadAllText(Path.Combine(SurfaceHarness.RepoRoot, "docs", "diagnostics.md"));
        foreach (var d in DiagnosticCodes.All)
            Assert.Contains($"| {d.Code} | {d.Severity.ToString().ToLowerInvariant()} | {d.Title} |", text);
    }

    [Fact]
    public void Every_command_line_option_is_on_the_options_page()
    {
        var help = new StringWriter();
        BindGen.Cli.BindGenCommand.Run(["--help"], help, new StringWriter());
        var page = File.ReadAllText(Path.Combine(SurfaceHarness.RepoRoot, "docs", "options.md"));
        var options = System.Text.RegularExpressions.Regex.Matches(help.ToString(), @"(?<=^\s+(-\w, )?)--[a-z-]+", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Value).Where(o => o is not "--help" and not "--version").Distinct().ToList();
        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.Matches($@"(?<![\w-]){o}(?![\w-])", page));
    }
}
