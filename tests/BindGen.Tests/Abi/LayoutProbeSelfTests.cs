using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Abi;

/// <summary>
/// The layout probe can fail: its records come from clang's cursors, so bindings that lose a record's members (here
/// through a template override that drops them, as a regression in BindGen would) fail the check instead of being
/// skipped, and only a diagnostic naming that exact record excuses a member C# lacks.
/// </summary>
public class LayoutProbeSelfTests
{
    private const string Header = """
        struct victim { int a; double b; };
        struct shortened { int a; double b; };
        struct with_ld { long double x; int y; };
        struct kept { int a; };
        void use(struct victim *v, struct shortened *s, struct with_ld *w, struct kept *k);
        """;

    /// <summary>Bindings whose struct template drops every field of <c>victim</c> and the last field of <c>shortened</c>.</summary>
    private static LayoutProbe.Report CheckBrokenBindings()
    {
        var dir = RepoPaths.NewTempDirectory("probe-self");
        var header = Path.Combine(dir, "probe_self.h");
        File.WriteAllText(header, Header);
        var templates = Directory.CreateDirectory(Path.Combine(dir, "templates")).FullName;
        var loop = "{{~ for f in s.fields ~}}";
        var original = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "struct.scriban"));
        Assert.Contains(loop, original);
        File.WriteAllText(Path.Combine(templates, "struct.scriban"),
            original.Replace(loop, loop + "\n{{~ if s.name == \"victim\" || (s.name == \"shortened\" && for.last); continue; end ~}}"));
        return LayoutProbe.Check(header, "ProbeSelf", ["--library", "x", "--templates", templates]);
    }

    [Fact]
    public void A_CSharp_struct_without_fields_for_a_C_record_with_fields_fails()
    {
        var report = CheckBrokenBindings();
        Assert.Contains(report.Missing, m => m.StartsWith("struct victim (probe_self.h:1): C defines 2 members, C# type victim has no fields", StringComparison.Ordinal));
        Assert.Contains("struct victim size: C says 16, C# says 1", report.Mismatches);
    }

    [Fact]
    public void A_CSharp_struct_of_another_size_fails_and_its_missing_member_is_named()
    {
        var report = CheckBrokenBindings();
        Assert.Contains("struct shortened size: C says 16, C# says 4", report.Mismatches);
        Assert.Contains(report.Missing, m => m.StartsWith("struct shortened.b: no C# field", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_a_diagnostic_naming_the_record_excuses_a_missing_member()
    {
        var report = CheckBrokenBindings();
        // BG0016 names 'struct with_ld' (an opaque blob): its members are excused, its size is still measured.
        Assert.DoesNotContain(report.Missing, m => m.Contains("with_ld", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Mismatches, m => m.Contains("with_ld", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Missing, m => m.Contains("kept", StringComparison.Ordinal));
        Assert.Equal(2, report.Missing.Count);
    }
}
