using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Tests.Coverage;

/// <summary>The coverage report and the "Not bound" list classify diagnostics by code and by the skip flag, never by message text.</summary>
public class SkipClassificationTests
{
    [Fact]
    public void A_name_collision_that_skips_counts_as_skipped_whatever_its_wording()
    {
        var bag = new DiagnosticBag();
        bag.AddSkip(DiagnosticCodes.NameCollision, CLocation.None, "'x' is already declared in class Lib; function 'x' left out");
        Assert.True(CoverageReport.IsSkip(Assert.Single(bag.ToList())));
    }

    [Fact]
    public void A_name_collision_that_renames_does_not_count_even_if_its_message_says_skipped()
    {
        var bag = new DiagnosticBag();
        bag.Add(DiagnosticCodes.NameCollision, CLocation.None, "'x' is emitted as 'x_struct' (nothing skipped)");
        Assert.False(CoverageReport.IsSkip(Assert.Single(bag.ToList())));
    }

    [Fact]
    public void A_code_that_always_skips_counts_without_the_flag()
    {
        var bag = new DiagnosticBag();
        bag.Add(DiagnosticCodes.VariadicFunction, CLocation.None, "'f' is variadic");
        Assert.True(CoverageReport.IsSkip(Assert.Single(bag.ToList())));
    }
}
