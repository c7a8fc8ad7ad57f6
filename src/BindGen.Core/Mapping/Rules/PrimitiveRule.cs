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
            CPrimitiveKind.Void => TypeMapping.Of(CsPrimitiveType.Void),
            CPrimitiveKind.Bool => TypeMapping.Of(CsPrimitiveType.Byte),
            CPrimitiveKind.Char => TypeMapping.Of(CsPrimitiveType.Byte),
            CPrimitiveKind.SChar => TypeMapping.Of(CsPrimitiveType.SByte),
            CPrimitiveKind.UChar => TypeMapping.Of(CsPrimitiveType.Byte),
            CPrimitiveKind.Short => TypeMapping.Of(CsPrimitiveType.Short),
            CPrimitiveKind.UShort => TypeMapping.Of(CsPrimitiveType.UShort),
            CPrimitiveKind.Int => TypeMapping.Of(CsPrimitiveType.Int),
            CPrimitiveKind.UInt => TypeMapping.Of(CsPrimitiveType.UInt),
            CPrimitiveKind.Long => TypeMapping.Of(CsPrimitiveType.CLong),
            CPrimitiveKind.ULong => TypeMapping.Of(CsPrimitiveType.CULong),
            CPrimitiveKind.LongLong => TypeMapping.Of(CsPrimitiveType.Long),
            CPrimitiveKind.ULongLong => TypeMapping.Of(CsPrimitiveType.ULong),
            CPrimitiveKind.Int128 when position is TypePosition.Field or TypePosition.Pointee => TypeMapping.Of(CsPrimitiveType.Int128),
            CPrimitiveKind.UInt128 when position is TypePosition.Field or TypePosition.Pointee => TypeMapping.Of(CsPrimitiveType.UInt128),
            CPrimitiveKind.Int128 or CPrimitiveKind.UInt128 => TypeMapping.Fail($"'{p.Spelling}' cannot be passed to or returned from P/Invoke by value"),
            CPrimitiveKind.Float => TypeMapping.Of(CsPrimitiveType.Float),
            CPrimitiveKind.Double => TypeMapping.Of(CsPrimitiveType.Double),
            CPrimitiveKind.Half => TypeMapping.Of(CsPrimitiveType.Half),
            CPrimitiveKind.Char16 => TypeMapping.Of(CsPrimitiveType.Char),
            CPrimitiveKind.Char32 => TypeMapping.Of(CsPrimitiveType.UInt),
            CPrimitiveKind.WChar => TypeMapping.Of(WCharType(mapper.Api.Target)),
            CPrimitiveKind.LongDouble => TypeMapping.Fail("'long double' has no C# equivalent"),
            CPrimitiveKind.Float128 => TypeMapping.Fail("'__float128' has no C# equivalent"),
            _ => TypeMapping.Fail($"'{p.Spelling}' has no C# equivalent"),
        };
    }

    /// <summary>The C# type of <c>wchar_t</c>: UTF-16 <c>char</c> where it is 2 bytes (Windows), <c>uint</c> where it is 4.</summary>
    public static CsPrimitiveType WCharType(CTarget target) => target.WCharSize == 2 ? CsPrimitiveType.Char : CsPrimitiveType.UInt;
}
