namespace BindGen.Core.Mapping;

/// <summary>A pointer: <c>T*</c>.</summary>
public sealed record CsPointerType(CsType Pointee) : CsType
{
    /// <summary><c>void*</c>, what a pointer to anything C# cannot type becomes.</summary>
    public static readonly CsPointerType VoidPointer = new(CsPrimitiveType.Void);

    /// <inheritdoc/>
    public override string Text => Pointee.Text + "*";

    /// <inheritdoc/>
    public override bool IsPointer => true;
}
