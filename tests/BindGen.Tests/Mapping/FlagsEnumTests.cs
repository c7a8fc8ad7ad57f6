using BindGen.Core.Mapping;
using BindGen.Core.Model;

namespace BindGen.Tests.Mapping;

/// <summary>Which enums become <c>[Flags]</c> (<see cref="ApiMapper.IsFlags"/>), model in, verdict out, without libclang.</summary>
public class FlagsEnumTests
{
    private static bool IsFlags(params long[] values) => ApiMapper.IsFlags(new CEnum
    {
        Key = "c:@E@e", Name = "e", Location = CLocation.None,
        IntegerType = new CPrimitiveType(CPrimitiveKind.Int, "int"),
        Constants = [.. values.Select((v, i) => new CEnumConstant("E" + i, v))],
    });

    [Fact]
    public void Single_bits_and_their_combinations_are_flags() => Assert.True(IsFlags(0, 1, 2, 4, 7));

    [Fact]
    public void Bits_in_any_order_with_repeated_values_are_flags() => Assert.True(IsFlags(8, 2, 2, 1, 0, 8, 11));

    [Fact]
    public void A_counting_sequence_is_not_flags() => Assert.False(IsFlags(0, 1, 2, 3, 4, 5));

    [Fact]
    public void Fewer_than_three_distinct_values_are_not_flags() => Assert.False(IsFlags(1, 4, 4, 1, 0));

    [Fact]
    public void Two_bits_and_their_sum_are_not_flags() => Assert.False(IsFlags(1, 2, 3));

    [Fact]
    public void A_negative_value_is_not_flags() => Assert.False(IsFlags(1, 2, 4, -1));

    [Fact]
    public void A_value_outside_the_bits_is_not_flags() => Assert.False(IsFlags(1, 2, 4, 9));

    [Fact]
    public void Bits_whose_largest_value_does_not_exceed_the_count_are_not_flags() => Assert.False(IsFlags(1, 2, 4, 3, 5, 6));
}
