namespace BindGen.Core.Mapping;

/// <summary>A type BindGen emits (a record, an enum, an inline array, a void handle), by its C# name as referenced from where it is used.</summary>
public sealed record CsNamedType(string Name) : CsType
{
    /// <inheritdoc/>
    public override string Text => Name;

    /// <summary>
    /// The key of the record whose C# struct declares this type and refers to it by its simple name (an inline array, an
    /// anonymous member's struct), or null for a type referred to by its full name; code outside that struct qualifies it.
    /// </summary>
    public string? NestedIn { get; init; }
}
