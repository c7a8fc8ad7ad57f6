using System.Collections.Immutable;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>An intermediate value of macro evaluation, carrying C's type of the expression.</summary>
internal readonly record struct MacroValue
{
    public MacroValueKind Kind { get; private init; }
    public Int128 Integer { get; private init; }
    public double Float { get; private init; }
    public CPrimitiveKind Type { get; private init; }
    public string? TypedefName { get; private init; }
    /// <summary>C's name of the expression's type when it is a typedef or an enum (set by the clang evaluator), else null.</summary>
    public CType? NamedType { get; private init; }
    public ImmutableArray<byte> Bytes { get; private init; }

    public static MacroValue Int(Int128 value, CPrimitiveKind type, IntegerWidths widths, string? typedefName = null, CType? namedType = null) =>
        new() { Kind = MacroValueKind.Integer, Integer = widths.Normalize(value, type), Type = type, TypedefName = typedefName, NamedType = namedType };

    public static MacroValue Floating(double value, CPrimitiveKind type) =>
        new() { Kind = MacroValueKind.Float, Float = type == CPrimitiveKind.Float ? (float)value : value, Type = type };

    public static MacroValue String(ImmutableArray<byte> bytes) => new() { Kind = MacroValueKind.String, Bytes = bytes };

    public bool IsNumber => Kind is MacroValueKind.Integer or MacroValueKind.Float;

    public double AsDouble => Kind == MacroValueKind.Float ? Float : (double)Integer;
}

internal enum MacroValueKind
{
    Integer,
    Float,
    String,
}
