using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>C's arithmetic types to blittable C# types (see docs/type-mapping.md).</summary>
public sealed class PrimitiveRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper)
    {
        if (type is not CPrimitiveType p) return null;
        return p.Kind switch
        {
            CPrimitiveKind.Void => TypeMapping.Of("void"),
            CPrimitiveKind.Bool => TypeMapping.Of("byte"),
            CPrimitiveKind.Char => TypeMapping.Of("byte"),
            CPrimitiveKind.SChar => TypeMapping.Of("sbyte"),
            CPrimitiveKind.UChar => TypeMapping.Of("byte"),
            CPrimitiveKind.Short => TypeMapping.Of("short"),
            CPrimitiveKind.UShort => TypeMapping.Of("ushort"),
            CPrimitiveKind.Int => TypeMapping.Of("int"),
            CPrimitiveKind.UInt => TypeMapping.Of("uint"),
            CPrimitiveKind.Long => TypeMapping.Of("CLong"),
            CPrimitiveKind.ULong => TypeMapping.Of("CULong"),
            CPrimitiveKind.LongLong => TypeMapping.Of("long"),
            CPrimitiveKind.ULongLong => TypeMapping.Of("ulong"),
            CPrimitiveKind.Int128 when position is TypePosition.Field or TypePosition.Pointee => TypeMapping.Of("Int128"),
            CPrimitiveKind.UInt128 when position is TypePosition.Field or TypePosition.Pointee => TypeMapping.Of("UInt128"),
            CPrimitiveKind.Int128 or CPrimitiveKind.UInt128 => TypeMapping.Fail($"'{p.Spelling}' cannot be passed to or returned from P/Invoke by value"),
            CPrimitiveKind.Float => TypeMapping.Of("float"),
            CPrimitiveKind.Double => TypeMapping.Of("double"),
            CPrimitiveKind.Half => TypeMapping.Of("Half"),
            CPrimitiveKind.Char16 => TypeMapping.Of("char"),
            CPrimitiveKind.Char32 => TypeMapping.Of("uint"),
            CPrimitiveKind.WChar => TypeMapping.Of(WCharType(mapper.Api.Target)),
            CPrimitiveKind.LongDouble => TypeMapping.Fail("'long double' has no C# equivalent"),
            CPrimitiveKind.Float128 => TypeMapping.Fail("'__float128' has no C# equivalent"),
            _ => TypeMapping.Fail($"'{p.Spelling}' has no C# equivalent"),
        };
    }

    /// <summary>The C# type of <c>wchar_t</c>: UTF-16 <c>char</c> where it is 2 bytes (Windows), <c>uint</c> where it is 4.</summary>
    public static string WCharType(CTarget target) => target.WCharSize == 2 ? "char" : "uint";
}
