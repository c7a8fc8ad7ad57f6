using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>C# has no typedefs: a typedef maps to what it names (NativeTypeName keeps the typedef's spelling).</summary>
public sealed class TypedefRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) =>
        type is CTypedefRef t ? mapper.Map(mapper.Api.Typedef(t.Key).Underlying, position) : null;
}
