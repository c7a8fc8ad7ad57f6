using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>Typedefs whose width follows the target: size_t → nuint, ssize_t/ptrdiff_t/intptr_t → nint, wchar_t by platform.</summary>
public sealed class WellKnownTypedefRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) => type is CTypedefRef t
        ? t.Name switch
        {
            "size_t" or "uintptr_t" or "rsize_t" => TypeMapping.Of("nuint"),
            "ssize_t" or "ptrdiff_t" or "intptr_t" or "SSIZE_T" => TypeMapping.Of("nint"),
            "wchar_t" => TypeMapping.Of(mapper.Api.Target.IsWindows ? "char" : "uint"),
            _ => null,
        }
        : null;
}
