using System.Reflection;
using System.Text.RegularExpressions;
using BindGen.Cli;
using BindGen.Core.Diagnostics;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Robustness;

/// <summary>docs/diagnostics.md lists every diagnostic code with its severity, and every exit code.</summary>
public class DiagnosticsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));

    private static IEnumerable<DiagnosticDescriptor> Declared() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [Fact]
    public void Every_declared_code_is_unique_listed_in_All_and_documented_with_its_severity()
    {
        var declared = Declared().ToList();
        Assert.NotEmpty(declared);
        Assert.Equal(declared.Count, declared.Select(d => d.Code).Distinct().Count());
        Assert.Equal(declared.Select(d => d.Code).Order(), DiagnosticCodes.All.Select(d => d.Code).Order());
        foreach (var d in declared)
        {
            var severity = d.Severity.ToString().ToLowerInvariant();
            Assert.Matches(new Regex($@"^### {d.Code} — .+ \({severity}\)$", RegexOptions.Multiline), Doc);
        }
        var documented = Regex.Matches(Doc, @"^### (BG\d{4})", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(declared.Select(d => d.Code).Order(), documented.Order());
    }

    [Fact]
    public void Every_exit_code_is_documented()
    {
        foreach (var code in new[] { BindGenCommand.Ok, BindGenCommand.InputErrors, BindGenCommand.BadUsage, BindGenCommand.InternalError })
            Assert.Matches(new Regex($@"^\| {code} \| \S", RegexOptions.Multiline), Doc);
    }
}
