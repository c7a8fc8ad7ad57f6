using System.Collections.Immutable;

namespace BindGen.Core.Model;

/// <summary>A struct or union with the layout libclang computed.</summary>
public sealed record CRecord : CDeclaration
{
    /// <summary>True for a union.</summary>
    public required bool IsUnion { get; init; }
    /// <summary>False for a forward declaration never completed in this translation unit.</summary>
    public required bool IsComplete { get; init; }
    /// <summary>
    /// True when the user made the record opaque (<c>--opaque</c>): it has no fields and <see cref="IsComplete"/> is false,
    /// but <see cref="Size"/> and <see cref="Align"/> keep C's when C defines the record.
    /// </summary>
    public bool IsOpaque { get; init; }
    /// <summary>True when the record has no tag (named through a typedef, a field, or not at all).</summary>
    public bool IsAnonymous { get; init; }
    /// <summary>Key of the record this anonymous record is nested in, or null.</summary>
    public string? ParentKey { get; init; }
    /// <summary>Size in bytes (0 when C has no definition).</summary>
    public long Size { get; init; }
    /// <summary>Alignment in bytes (0 when C has no definition).</summary>
    public long Align { get; init; }
    /// <summary>The fields, in declaration order.</summary>
    public ImmutableArray<CField> Fields { get; init; } = [];
}

/// <summary>A field of a record.</summary>
/// <param name="Name">The field name; empty for an anonymous struct/union member or an unnamed bitfield.</param>
/// <param name="Type">The field type.</param>
/// <param name="OffsetBits">Offset from the start of the record, in bits.</param>
/// <param name="BitWidth">Width of a bitfield, or null.</param>
public sealed record CField(string Name, CType Type, long OffsetBits, int? BitWidth)
{
    /// <summary>True for an anonymous struct/union member whose fields C code reaches directly.</summary>
    public bool IsAnonymousMember { get; init; }
    /// <summary>The doc comment, or null.</summary>
    public string? Comment { get; init; }
}
