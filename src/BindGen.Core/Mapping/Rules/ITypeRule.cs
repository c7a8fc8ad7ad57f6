using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>One stateless step of the type mapping chain: maps the type, or returns null when it does not apply.</summary>
public interface ITypeRule
{
    /// <summary>Maps <paramref name="type"/>, or null when this rule does not apply.</summary>
    TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper);
}
