namespace BindGen.Core.Model;

/// <summary>A typedef.</summary>
public sealed record CTypedef : CDeclaration
{
    /// <summary>The type it names.</summary>
    public required CType Underlying { get; init; }
}
