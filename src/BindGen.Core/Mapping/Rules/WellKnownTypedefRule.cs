using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>Typedefs with a fixed meaning: size_t → nuint, ssize_t/ptrdiff_t/intptr_t → nint, wchar_t by platform, intN_t → exact C# integers.</summary>
public sealed class WellKnownTypedefRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) => type is CTypedefRef t
        ? t.Name switch
        {
            "size_t" or "uintptr_t" or "rsize_t" => TypeMapping.Of("nuint"),
            "ssize_t" or "ptrdiff_t" or "intptr_t" or "SSIZE_T" => TypeMapping.Of("nint"),
            "wchar_t" => TypeMapping.Of(mapper.Api.Target.IsWindows ? "char" : "uint"),
            // Exact-width integers are exact on every target, even where the C library spells them with 'long'.
            "int8_t" or "__int8_t" => TypeMapping.Of("sbyte"),
            "uint8_t" or "__uint8_t" => TypeMapping.Of("byte"),
            "int16_t" or "__int16_t" => TypeMapping.Of("short"),
            "uint16_t" or "__uint16_t" => TypeMapping.Of("ushort"),
            "int32_t" or "__int32_t" => TypeMapping.Of("int"),
            "uint32_t" or "__uint32_t" => TypeMapping.Of("uint"),
            "int64_t" or "__int64_t" or "intmax_t" or "__intmax_t" => TypeMapping.Of("long"),
            "uint64_t" or "__uint64_t" or "uintmax_t" or "__uintmax_t" => TypeMapping.Of("ulong"),
            _ => null,
        }
        : null;
}
