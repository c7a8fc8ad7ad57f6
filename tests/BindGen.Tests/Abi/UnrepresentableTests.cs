using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Abi;

/// <summary>What C# cannot represent is reported, never dropped silently and never guessed (test-headers/abi/types.h).</summary>
public class UnrepresentableTests
{
    private static readonly Lazy<ProcessResult> generated = new(() =>
    {
        var c = new HeaderCase("abi/types.h");
        return Bindgen.Run([c.FullPath, .. c.Flags]);
    });

    [Theory]
    [InlineData("'struct with_long_double': member 'ld' of type 'long double'")]
    [InlineData("'struct with_complex': member 'fc' of type '_Complex float'")]
    [InlineData("'union with_ld_union': member 'ld'")]
    [InlineData("'struct too_wide_bits': member 'x' is a bitfield of 70 bits")]
    public void Records_with_members_CSharp_cannot_represent_become_blobs_with_a_warning_naming_the_member(string warning)
    {
        Assert.Contains("warning BG0016: " + warning, generated.Value.Stderr);
    }

    [Theory]
    [InlineData("'ld_twice' not bound: return type 'long double'")]
    [InlineData("'cx_twice' not bound: return type '_Complex double'")]
    [InlineData("'i128_echo' not bound: return type 'struct with_int128' cannot be passed by value")]
    [InlineData("'blob_take' not bound: parameter 'v' 'struct with_long_double' cannot be passed by value")]
    [InlineData("'aligned16_make' not bound: return type 'struct int128_bits' cannot be passed by value")]
    public void Functions_passing_what_NET_cannot_pass_are_skipped_with_a_warning(string warning)
    {
        Assert.Contains("warning BG0010: " + warning, generated.Value.Stderr);
    }

    [Fact]
    public void Records_that_can_travel_by_value_stay_bound()
    {
        Assert.Contains("public static extern scalars scalars_echo(", generated.Value.Stdout);
        Assert.Contains("public static extern with_long_double* blob_new(", generated.Value.Stdout);
    }
}
