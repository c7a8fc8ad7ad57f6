namespace BindGen.Core.Model;

/// <summary>An <c>extern</c> variable.</summary>
public sealed record CGlobal : CDeclaration
{
    /// <summary>The variable's type.</summary>
    public required CType Type { get; init; }
    /// <summary>True for a <c>const</c> object (or an array of const elements): C code must not write it.</summary>
    public bool IsConst { get; init; }
}
