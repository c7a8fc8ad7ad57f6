using BindGen.Core.Mapping;
using BindGen.Core.Model;

namespace BindGen.Tests.Mapping;

/// <summary>Macro constants typed by C's name of their type (typedefs, enums), model in, C# constant out, without libclang.</summary>
public class ConstantMapperTests
{
    private static readonly CTarget Linux64 = new("x86_64-pc-linux-gnu", 8, 8, false);

    private static readonly CEnum Color = new()
    {
        Key = "c:@E@color", Name = "color", Location = CLocation.None,
        IntegerType = new CPrimitiveType(CPrimitiveKind.UInt, "unsigned int"),
        Constants = [new CEnumConstant("RED", 0), new CEnumConstant("BLUE", 2)],
    };

    private static CTypedef Typedef(string name, CType underlying) => new() { Key = "c:t@" + name, Name = name, Location = CLocation.None, Underlying = underlying };

    private static CsConstant Map(CIntegerValue value, params CTypedef[] typedefs)
    {
        var api = new CApi { Target = Linux64, Enums = [Color], Typedefs = [.. typedefs] };
        var types = new TypeMapper(api, new Dictionary<string, string> { [Color.Key] = "color" });
        var constant = new CConstant { Key = "macro:X", Name = "X", Location = CLocation.None, Value = value };
        return Assert.Single(new ConstantMapper(types, DeclarationNames.Keep).Map(constant));
    }

    [Fact]
    public void An_enum_typed_constant_is_a_constant_of_the_CSharp_enum()
    {
        var mapped = Map(new CIntegerValue(2, CPrimitiveKind.UInt, null, new CEnumRef(Color.Key, "enum color")));
        Assert.Equal(("color", "(color)2U"), (mapped.Type, mapped.Value));
    }

    [Fact]
    public void A_constant_typed_by_a_typedef_of_an_enum_is_the_enum_and_keeps_the_typedef_name()
    {
        var colorT = Typedef("color_t", new CEnumRef(Color.Key, "enum color"));
        var mapped = Map(new CIntegerValue(0, CPrimitiveKind.UInt, "color_t", new CTypedefRef(colorT.Key, "color_t", "color_t")), colorT);
        Assert.Equal(("color", "(color)0U", "color_t"), (mapped.Type, mapped.Value, mapped.NativeTypeName));
    }

    [Fact]
    public void A_constant_typed_by_a_library_typedef_of_size_t_is_nuint()
    {
        var sizeT = Typedef("size_t", new CPrimitiveType(CPrimitiveKind.ULong, "unsigned long"));
        var libSize = Typedef("lib_size_t", new CTypedefRef(sizeT.Key, "size_t", "size_t"));
        var mapped = Map(new CIntegerValue(16, CPrimitiveKind.ULong, "lib_size_t", new CTypedefRef(libSize.Key, "lib_size_t", "lib_size_t")), sizeT, libSize);
        Assert.Equal(("nuint", "16"), (mapped.Type, mapped.Value));
    }

    [Fact]
    public void A_constant_typed_by_a_typedef_the_model_dropped_falls_back_to_its_integer_type()
    {
        var mapped = Map(new CIntegerValue(16, CPrimitiveKind.UShort, "lib_port_t", new CTypedefRef("c:t@lib_port_t", "lib_port_t", "lib_port_t")));
        Assert.Equal(("ushort", "16"), (mapped.Type, mapped.Value));
    }

    [Fact]
    public void A_typedef_whose_CSharp_type_cannot_hold_the_value_gives_way_to_the_integer_type()
    {
        // wchar_t is int on Linux; the field mapping calls it uint.
        var mapped = Map(new CIntegerValue(-1, CPrimitiveKind.WChar, "wchar_t", new CTypedefRef("c:t@wchar_t", "wchar_t", "wchar_t")));
        Assert.Equal(("int", "-1"), (mapped.Type, mapped.Value));
    }
}
