using System.Collections.Immutable;

namespace BindGen.Core.Model;

/// <summary>An object-like macro that evaluates to a constant.</summary>
public sealed record CConstant : CDeclaration
{
    /// <summary>The value with the C type the expression has.</summary>
    public required CConstantValue Value { get; init; }
}

/// <summary>A constant's value.</summary>
public abstract record CConstantValue;

/// <summary>An integer constant of C type <paramref name="Type"/> (after usual conversions), e.g. <c>((size_t)-1)</c>.</summary>
/// <param name="Value">The value, already truncated to the type's width.</param>
/// <param name="Type">The C type of the expression.</param>
/// <param name="TypedefName">The typedef the expression was cast to (e.g. <c>size_t</c>), or null.</param>
/// <param name="NamedType">
/// The expression's type as C names it when that is a typedef or an enum (<c>size_t</c>, <c>lib_flags_t</c>,
/// <c>enum color</c>), or null: <paramref name="Type"/> is then the whole story.
/// </param>
public sealed record CIntegerValue(Int128 Value, CPrimitiveKind Type, string? TypedefName = null, CType? NamedType = null) : CConstantValue;

/// <summary>A floating constant: <paramref name="Type"/> is Float or Double.</summary>
public sealed record CFloatValue(double Value, CPrimitiveKind Type) : CConstantValue;

/// <summary>A string literal's bytes (without the terminating NUL).</summary>
public sealed record CStringValue(ImmutableArray<byte> Bytes) : CConstantValue;
