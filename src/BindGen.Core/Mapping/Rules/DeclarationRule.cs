using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>Structs, unions and enums map to the C# type emitted for them.</summary>
public sealed class DeclarationRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) => type switch
    {
        CRecordRef r => mapper.Names.TryGetValue(r.Key, out var name) ? TypeMapping.Of(name) : TypeMapping.Fail($"'{r.Spelling}' is not emitted"),
        CEnumRef e => mapper.Names.TryGetValue(e.Key, out var name) ? TypeMapping.Of(name) : TypeMapping.Of(mapper.EnumUnderlying(e.Key)),
        _ => null,
    };
}
