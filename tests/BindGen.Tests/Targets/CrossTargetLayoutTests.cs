using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Targets;

/// <summary>
/// For each target a NuGet package ships to (and win-x86), clang compiled for that target confirms the layouts and calling
/// conventions the generated C# encodes (<see cref="CrossTargetProbe"/>).
/// </summary>
public sealed class CrossTargetLayoutTests
{
    private static string TestHeader(string name) => Path.Combine(RepoPaths.TestHeaders, "targets", name);

    [Fact]
    public void Records_whose_layout_differs_by_target_are_right_on_every_target()
    {
        var reports = CrossTargetProbe.Check(TestHeader("layouts.h"), "Layouts", ClangCross.Triples);
        Assert.All(reports, r => Assert.True(r.Records == 8, $"{r.Triple}: {r.Records} records"));
        // i686 Windows: tg_call is __stdcall, the other imports cdecl; each is checked by redeclaration.
        Assert.True(reports.Single(r => r.Triple == "i686-pc-windows-msvc").Conventions >= 3);
    }
}
