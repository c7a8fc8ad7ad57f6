using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>Typedefs with a fixed meaning: size_t → nuint, ssize_t/ptrdiff_t/intptr_t → nint, wchar_t by platform, intN_t → exact C# integers.</summary>
public sealed class WellKnownTypedefRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) =>
        type is CTypedefRef t && CsType(t.Name, mapper.Api.Target) is { } known ? TypeMapping.Of(known) : null;

    /// <summary>The C# type of the well-known typedef <paramref name="name"/>, or null when it has no fixed meaning.</summary>
    public static CsPrimitiveType? CsType(string name, CTarget target) => name switch
    {
        "size_t" or "uintptr_t" or "rsize_t" => CsPrimitiveType.NUInt,
        "ssize_t" or "ptrdiff_t" or "intptr_t" or "SSIZE_T" => CsPrimitiveType.NInt,
        "wchar_t" => PrimitiveRule.WCharType(target),
        // Exact-width integers are exact on every target, even where the C library spells them with 'long'.
        "int8_t" or "__int8_t" => CsPrimitiveType.SByte,
        "uint8_t" or "__uint8_t" => CsPrimitiveType.Byte,
        "int16_t" or "__int16_t" => CsPrimitiveType.Short,
        "uint16_t" or "__uint16_t" => CsPrimitiveType.UShort,
        "int32_t" or "__int32_t" => CsPrimitiveType.Int,
        "uint32_t" or "__uint32_t" => CsPrimitiveType.UInt,
        "int64_t" or "__int64_t" or "intmax_t" or "__intmax_t" => CsPrimitiveType.Long,
        "uint64_t" or "__uint64_t" or "uintmax_t" or "__uintmax_t" => CsPrimitiveType.ULong,
        _ => null,
    };
}
