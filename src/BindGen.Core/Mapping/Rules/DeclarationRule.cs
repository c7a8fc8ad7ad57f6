using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>
/// Structs, unions and enums map to the C# type emitted for them; a record that cannot travel by value the way C passes
/// it (see <see cref="ByValueRecordCheck"/>) fails as a parameter or return type, so the function is skipped.
/// </summary>
public sealed class DeclarationRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper) => type switch
    {
        CRecordRef r when position is TypePosition.Parameter or TypePosition.Return
            && ByValueRecordCheck.WhyNot(mapper.Api.Record(r.Key), mapper) is { } why => TypeMapping.Fail($"'{r.Spelling}' cannot be passed by value: {why}"),
        CRecordRef r => mapper.Names.TryGetValue(r.Key, out var name) ? TypeMapping.Of(new CsNamedType(name)) : TypeMapping.Fail($"'{r.Spelling}' is not emitted"),
        CEnumRef e => mapper.Names.TryGetValue(e.Key, out var name) ? TypeMapping.Of(new CsNamedType(name)) : TypeMapping.Of(mapper.EnumUnderlying(e.Key)),
        _ => null,
    };
}
