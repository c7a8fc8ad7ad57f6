using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>
/// C# has no typedefs: a typedef maps to what it names (NativeTypeName keeps the typedef's spelling). The exception is a
/// void typedef (<c>typedef void LIB_HANDLE;</c>) pointed to: its pointee is the empty struct emitted for it, so
/// <c>LIB_HANDLE *</c> is <c>LIB_HANDLE*</c>; anywhere else (a return type) it is void, as in C.
/// </summary>
public sealed class TypedefRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) => type switch
    {
        CTypedefRef t when position == TypePosition.Pointee && mapper.Names.TryGetValue(t.Key, out var handle) => TypeMapping.Of(new CsNamedType(handle)),
        CTypedefRef t => mapper.Map(mapper.Api.Typedef(t.Key).Underlying, position),
        _ => null,
    };
}
