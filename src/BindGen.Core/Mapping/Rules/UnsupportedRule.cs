using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>Last in the chain: whatever is left cannot be expressed, and says why.</summary>
public sealed class UnsupportedRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) => type switch
    {
        CUnsupportedType u => TypeMapping.Fail($"'{u.Spelling}': {u.Reason}"),
        CFunctionType f => TypeMapping.Fail($"function type '{f.Spelling}' used by value"),
        _ => TypeMapping.Fail($"'{type.Spelling}' has no C# equivalent"),
    };
}
