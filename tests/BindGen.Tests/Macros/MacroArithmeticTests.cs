using BindGen.Core.Model;
using BindGen.Core.Parsing;

namespace BindGen.Tests.Macros;

/// <summary>C's typed arithmetic on macro values, value in, value out, without libclang or tokens.</summary>
public class MacroArithmeticTests
{
    private static readonly IntegerWidths Lp64 = new(new CTarget("x86_64-pc-linux-gnu", 8, 8, false) { CharIsSigned = true });
    private static readonly IntegerWidths Llp64 = new(new CTarget("x86_64-pc-windows-msvc", 8, 4, true) { CharIsSigned = true, WCharSize = 2, WCharIsSigned = false, MicrosoftBitfields = true });

    private static MacroValue Int(long value, CPrimitiveKind type = CPrimitiveKind.Int) => MacroValue.Int(value, type, Lp64);

    [Fact]
    public void Int_minus_unsigned_int_wraps_in_unsigned_int()
    {
        var result = new MacroArithmetic(Lp64).Apply("-", Int(0), Int(1, CPrimitiveKind.UInt));
        Assert.Equal((CPrimitiveKind.UInt, (Int128)uint.MaxValue), (result.Type, result.Integer));
    }

    [Fact]
    public void Int_plus_long_is_long_whose_width_the_target_decides()
    {
        var big = new MacroArithmetic(Lp64).Apply("+", Int(int.MaxValue), MacroValue.Int(1, CPrimitiveKind.Long, Lp64));
        Assert.Equal((CPrimitiveKind.Long, (Int128)int.MaxValue + 1), (big.Type, big.Integer));
        var wrapped = new MacroArithmetic(Llp64).Apply("+", MacroValue.Int(int.MaxValue, CPrimitiveKind.Int, Llp64), MacroValue.Int(1, CPrimitiveKind.Long, Llp64));
        Assert.Equal((CPrimitiveKind.Long, (Int128)int.MinValue), (wrapped.Type, wrapped.Integer));
    }

    [Fact]
    public void A_shift_past_the_promoted_width_is_not_a_constant()
    {
        Assert.Throws<NotConstantException>(() => new MacroArithmetic(Lp64).Apply("<<", Int(1), Int(32)));
    }

    [Fact]
    public void Division_by_zero_is_not_a_constant()
    {
        Assert.Throws<NotConstantException>(() => new MacroArithmetic(Lp64).Apply("/", Int(1), Int(0)));
    }

    [Fact]
    public void Complement_of_an_unsigned_char_promotes_to_int()
    {
        var result = new MacroArithmetic(Lp64).Unary("~", Int(0, CPrimitiveKind.UChar));
        Assert.Equal((CPrimitiveKind.Int, (Int128)(-1)), (result.Type, result.Integer));
    }

    [Fact]
    public void A_conditional_takes_the_common_type_of_both_branches()
    {
        var result = new MacroArithmetic(Lp64).Select(Int(1), Int(-1), Int(0, CPrimitiveKind.ULong));
        Assert.Equal((CPrimitiveKind.ULong, (Int128)ulong.MaxValue), (result.Type, result.Integer));
    }

    [Fact]
    public void Sizeof_is_a_size_t_and_a_cast_keeps_the_typedef_name()
    {
        var arithmetic = new MacroArithmetic(Lp64);
        var size = arithmetic.SizeOf(new MacroTypeName(null, 24, null, false));
        Assert.Equal((CPrimitiveKind.ULong, (Int128)24, "size_t"), (size.Type, size.Integer, size.TypedefName));
        var cast = arithmetic.Cast(Int(300), new MacroTypeName(CPrimitiveKind.UChar, 1, "lib_byte", false));
        Assert.Equal((CPrimitiveKind.UChar, (Int128)44, "lib_byte"), (cast.Type, cast.Integer, cast.TypedefName));
    }

    [Fact]
    public void A_cast_to_a_pointer_is_not_a_constant()
    {
        Assert.Throws<NotConstantException>(() => new MacroArithmetic(Lp64).Cast(Int(0), new MacroTypeName(null, 8, null, true)));
    }
}
