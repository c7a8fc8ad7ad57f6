using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary><c>T*</c> → <c>T*</c>; a pointer to something C# cannot express becomes <c>void*</c>.</summary>
public sealed class PointerRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper)
    {
        if (type is not CPointerType p) return null;
        var pointee = mapper.Map(p.Pointee, TypePosition.Pointee);
        return TypeMapping.Of(pointee.Type is { } t ? new CsPointerType(t) : CsPointerType.VoidPointer);
    }
}
