namespace BindGen.Core.Model;

/// <summary>A typedef.</summary>
public sealed record CTypedef : CDeclaration
{
    /// <summary>The type it names.</summary>
    public required CType Underlying { get; init; }
    /// <summary>
    /// True when this typedef's own declaration holds the body of the struct, union or enum it names
    /// (<c>typedef struct x_s {...} x_t;</c>), false for a typedef of a type declared elsewhere (<c>typedef struct x_s x_t;</c>).
    /// </summary>
    public bool DeclaresUnderlying { get; init; }
    /// <summary>True when declared in one of the library's headers (set by selection); only those typedefs get C# aliases.</summary>
    public bool IsLibrary { get; init; }
}
