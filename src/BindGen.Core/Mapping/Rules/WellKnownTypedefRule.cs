using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>Typedefs with a fixed meaning: size_t → nuint, ssize_t/ptrdiff_t/intptr_t → nint, wchar_t by platform, intN_t → exact C# integers.</summary>
public sealed class WellKnownTypedefRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) =>
        type is CTypedefRef t && CsType(t.Name, mapper.Api.Target) is { } text ? TypeMapping.Of(text) : null;

    /// <summary>The C# type of the well-known typedef <paramref name="name"/>, or null when it has no fixed meaning.</summary>
    public static string? CsType(string name, CTarget target) => name switch
    {
        "size_t" or "uintptr_t" or "rsize_t" => "nuint",
        "ssize_t" or "ptrdiff_t" or "intptr_t" or "SSIZE_T" => "nint",
        "wchar_t" => PrimitiveRule.WCharType(target),
        // Exact-width integers are exact on every target, even where the C library spells them with 'long'.
        "int8_t" or "__int8_t" => "sbyte",
        "uint8_t" or "__uint8_t" => "byte",
        "int16_t" or "__int16_t" => "short",
        "uint16_t" or "__uint16_t" => "ushort",
        "int32_t" or "__int32_t" => "int",
        "uint32_t" or "__uint32_t" => "uint",
        "int64_t" or "__int64_t" or "intmax_t" or "__intmax_t" => "long",
        "uint64_t" or "__uint64_t" or "uintmax_t" or "__uintmax_t" => "ulong",
        _ => null,
    };
}
