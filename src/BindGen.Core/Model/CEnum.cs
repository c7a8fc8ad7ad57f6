using System.Collections.Immutable;

namespace BindGen.Core.Model;

/// <summary>An enum with its underlying integer type.</summary>
public sealed record CEnum : CDeclaration
{
    /// <summary>The integer type libclang reports.</summary>
    public required CPrimitiveType IntegerType { get; init; }
    /// <summary>The enumerators.</summary>
    public ImmutableArray<CEnumConstant> Constants { get; init; } = [];
    /// <summary>True when the enum has no tag.</summary>
    public bool IsAnonymous { get; init; }
}

/// <summary>One enumerator; <paramref name="Value"/> holds its value exactly (signed or unsigned).</summary>
public sealed record CEnumConstant(string Name, Int128 Value)
{
    /// <summary>The doc comment, or null.</summary>
    public string? Comment { get; init; }
}
