using BindGen.Core;

namespace BindGen.Tests.Surface;

/// <summary>The core names options neutrally; the command line passes its own spelling.</summary>
public class OptionNamesTests
{
    [Fact]
    public void Every_option_has_a_neutral_name_without_a_flag_and_a_command_line_flag()
    {
        foreach (var option in Enum.GetValues<BindGenOption>())
        {
            Assert.DoesNotContain("--", OptionNames.Neutral[option], StringComparison.Ordinal);
            Assert.NotEqual(option.ToString(), OptionNames.Neutral[option]);
            Assert.StartsWith("--", OptionNames.CommandLine[option], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_filter_pattern_reads_well_in_both_spellings()
    {
        Assert.Equal("--include-file pattern", OptionNames.CommandLine.PatternOf(BindGenOption.IncludeFile));
        Assert.Equal("pattern of the include-file filter", OptionNames.Neutral.PatternOf(BindGenOption.IncludeFile));
    }

    [Fact]
    public void The_core_default_is_neutral()
    {
        Assert.Same(OptionNames.Neutral, new GeneratorOptions().OptionNames);
    }
}
