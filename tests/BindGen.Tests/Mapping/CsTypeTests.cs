using System.Collections.Immutable;
using BindGen.Core.Mapping;
using BindGen.Core.Model;

namespace BindGen.Tests.Mapping;

/// <summary>C types mapped to C# type values (model in, <see cref="CsType"/> out, without libclang), and how those values spell themselves.</summary>
public class CsTypeTests
{
    private static readonly CTarget Linux64 = new("x86_64-pc-linux-gnu", 8, 8, false);
    private static readonly CTarget Win32 = new("i686-pc-windows-msvc", 4, 4, true);

    private static readonly CPrimitiveType Int = new(CPrimitiveKind.Int, "int");
    private static readonly CPrimitiveType Long = new(CPrimitiveKind.Long, "long");
    private static readonly CPrimitiveType Void = new(CPrimitiveKind.Void, "void");

    private static TypeMapper Mapper(CTarget target) => new(new CApi { Target = target }, new Dictionary<string, string>());

    private static CPointerType PointerTo(CType type) => new(type, false, type.Spelling + " *");

    private static CPointerType FunctionPointer(CCallingConvention convention, CType result, params CType[] parameters) =>
        PointerTo(new CFunctionType(result, [.. parameters], false, true, convention, "fn"));

    [Fact]
    public void A_pointer_to_a_pointer_to_long_is_a_pointer_value_whose_innermost_pointee_is_CLong()
    {
        var mapped = Mapper(Linux64).Map(PointerTo(PointerTo(Long)), TypePosition.Parameter).Type;
        var outer = Assert.IsType<CsPointerType>(mapped);
        var inner = Assert.IsType<CsPointerType>(outer.Pointee);
        Assert.Same(CsPrimitiveType.CLong, inner.Pointee);
        Assert.Equal("CLong**", mapped!.Text);
    }

    [Fact]
    public void A_pointer_to_something_CSharp_cannot_express_is_void_pointer()
    {
        var mapped = Mapper(Linux64).Map(PointerTo(new CPrimitiveType(CPrimitiveKind.LongDouble, "long double")), TypePosition.Field).Type;
        Assert.Equal(CsPointerType.VoidPointer, mapped);
        Assert.Equal("void*", mapped!.Text);
    }

    [Fact]
    public void A_function_pointer_is_a_value_with_its_signature_and_spells_plain_unmanaged_for_the_default_convention()
    {
        var mapped = Mapper(Linux64).Map(FunctionPointer(CCallingConvention.Cdecl, Long, PointerTo(Void), Int), TypePosition.Field).Type;
        var fp = Assert.IsType<CsFunctionPointerType>(mapped);
        Assert.Equal([CsPointerType.VoidPointer, CsPrimitiveType.Int], fp.Parameters.ToArray());
        Assert.Same(CsPrimitiveType.CLong, fp.Return);
        Assert.True(fp.IsPointer);
        Assert.Equal("delegate* unmanaged<void*, int, CLong>", fp.Text);
    }

    [Fact]
    public void On_32_bit_Windows_a_cdecl_function_pointer_names_its_convention_and_a_stdcall_one_does_not()
    {
        var mapper = Mapper(Win32);
        Assert.Equal("delegate* unmanaged[Cdecl]<int, void>", mapper.Map(FunctionPointer(CCallingConvention.Cdecl, Void, Int), TypePosition.Field).Type!.Text);
        Assert.Equal("delegate* unmanaged<int, void>", mapper.Map(FunctionPointer(CCallingConvention.StdCall, Void, Int), TypePosition.Field).Type!.Text);
    }

    [Fact]
    public void A_variadic_function_pointer_is_void_pointer()
    {
        var variadic = PointerTo(new CFunctionType(Int, [Int], true, true, CCallingConvention.Cdecl, "int (int, ...)"));
        Assert.Equal(CsPointerType.VoidPointer, Mapper(Linux64).Map(variadic, TypePosition.Field).Type);
    }

    [Fact]
    public void An_array_parameter_decays_to_a_pointer_to_its_element()
    {
        var mapped = Mapper(Linux64).Map(new CArrayType(Int, 4, "int[4]"), TypePosition.Parameter).Type;
        Assert.Equal(new CsPointerType(CsPrimitiveType.Int), mapped);
    }

    [Fact]
    public void Long_is_the_CLong_struct_in_fields_and_the_target_sized_integer_where_C_sharp_needs_arithmetic()
    {
        Assert.Same(CsPrimitiveType.CLong, Mapper(Linux64).Map(Long, TypePosition.Field).Type);
        Assert.Same(CsPrimitiveType.Long, Mapper(Linux64).IntegerType(CPrimitiveKind.Long));
        Assert.Same(CsPrimitiveType.Int, Mapper(Win32).IntegerType(CPrimitiveKind.Long));
        Assert.False(CsPrimitiveType.CLong.IsInteger);
    }

    [Fact]
    public void Only_pointers_and_function_pointers_are_pointers()
    {
        Assert.True(new CsPointerType(CsPrimitiveType.Byte).IsPointer);
        Assert.False(CsPrimitiveType.NInt.IsPointer);
        Assert.False(new CsNamedType("_data_e__FixedBuffer").IsPointer);
    }

    [Fact]
    public void A_fixed_size_integer_holds_exactly_its_range_and_a_target_sized_one_holds_no_constant()
    {
        Assert.True(CsPrimitiveType.SByte.Holds(-128));
        Assert.False(CsPrimitiveType.SByte.Holds(128));
        Assert.True(CsPrimitiveType.Char.Holds(65535));
        Assert.False(CsPrimitiveType.UInt.Holds(-1));
        Assert.True(CsPrimitiveType.ULong.Holds(ulong.MaxValue));
        Assert.False(CsPrimitiveType.NUInt.Holds(0));
    }

    [Fact]
    public void Integer_literals_take_the_suffix_of_their_type()
    {
        Assert.Equal("4294967295U", CsLiterals.Integer(uint.MaxValue, CsPrimitiveType.UInt));
        Assert.Equal("1", CsLiterals.Integer(1, CsPrimitiveType.Long));
        Assert.Equal("4294967296L", CsLiterals.Integer(4294967296, CsPrimitiveType.Long));
        Assert.Equal("1UL", CsLiterals.Integer(1, CsPrimitiveType.ULong));
        Assert.Equal("-1", CsLiterals.Integer(-1, CsPrimitiveType.Int));
    }

    [Fact]
    public void The_unsigned_integer_of_a_size_is_the_blob_and_bitfield_storage_unit()
    {
        Assert.Equal(["byte", "ushort", "uint", "ulong", "UInt128"], new long[] { 1, 2, 4, 8, 16 }.Select(s => CsPrimitiveType.UnsignedOfSize(s).Text).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => CsPrimitiveType.UnsignedOfSize(3));
    }
}
