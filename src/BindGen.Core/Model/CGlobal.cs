namespace BindGen.Core.Model;

/// <summary>An <c>extern</c> variable.</summary>
public sealed record CGlobal : CDeclaration
{
    /// <summary>The variable's type.</summary>
    public required CType Type { get; init; }
}
