using System.Collections.Immutable;

namespace BindGen.Core.Mapping;

// The mapped model that templates render. Every C#-language decision is already made here: names, types,
// layout kinds, literals. Templates only lay the text out.

/// <summary>Everything one run emits.</summary>
public sealed record CsApi
{
    /// <summary>Namespace of the generated code.</summary>
    public required string Namespace { get; init; }
    /// <summary>The static partial class holding functions and constants.</summary>
    public required string ClassName { get; init; }
    /// <summary>Library name for DllImport.</summary>
    public required string LibraryName { get; init; }
    /// <summary>True for LibraryImport, false for DllImport.</summary>
    public bool UseLibraryImport { get; init; }
    /// <summary>File names (not paths) of the input headers, for the file header comment.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];
    /// <summary>Structs and unions.</summary>
    public ImmutableArray<CsStruct> Structs { get; init; } = [];
    /// <summary>Enums.</summary>
    public ImmutableArray<CsEnum> Enums { get; init; } = [];
    /// <summary>Functions.</summary>
    public ImmutableArray<CsFunction> Functions { get; init; } = [];
    /// <summary>Constants from macros and anonymous enums.</summary>
    public ImmutableArray<CsConstant> Constants { get; init; } = [];
}

/// <summary>A struct or union.</summary>
public sealed record CsStruct
{
    /// <summary>C# name.</summary>
    public required string Name { get; init; }
    /// <summary>C spelling when it differs from the C# name.</summary>
    public string? NativeTypeName { get; init; }
    /// <summary>"Sequential" or "Explicit".</summary>
    public required string LayoutKind { get; init; }
    /// <summary>Pack, or 0.</summary>
    public int Pack { get; init; }
    /// <summary>Explicit size, or 0.</summary>
    public long Size { get; init; }
    /// <summary>C's size (for docs and layout assertions).</summary>
    public long NativeSize { get; init; }
    /// <summary>C's alignment.</summary>
    public long NativeAlign { get; init; }
    /// <summary>True for a declaration without definition: an empty struct used through pointers.</summary>
    public bool IsOpaque { get; init; }
    /// <summary>Fields in declaration order.</summary>
    public ImmutableArray<CsField> Fields { get; init; } = [];
    /// <summary>Bitfield accessors.</summary>
    public ImmutableArray<CsBitfield> Bitfields { get; init; } = [];
    /// <summary>Properties reaching members of anonymous members the way C does (<c>outer.member</c>).</summary>
    public ImmutableArray<CsForward> Forwards { get; init; } = [];
    /// <summary>Nested types: anonymous records.</summary>
    public ImmutableArray<CsStruct> Nested { get; init; } = [];
    /// <summary>Inline arrays for array fields.</summary>
    public ImmutableArray<CsFixedBuffer> FixedBuffers { get; init; } = [];
    /// <summary>Doc comment lines (already XML-escaped), or empty.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}

/// <summary>A field.</summary>
public sealed record CsField(string Name, string Type, string? NativeTypeName, long Offset, bool IsPublic = true)
{
    /// <summary>Doc comment lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}

/// <summary>A bitfield property over a backing storage field.</summary>
public sealed record CsBitfield
{
    /// <summary>Property name.</summary>
    public required string Name { get; init; }
    /// <summary>C# type of the property.</summary>
    public required string Type { get; init; }
    /// <summary>C spelling of the declared type (with width) for NativeTypeName.</summary>
    public string? NativeTypeName { get; init; }
    /// <summary>The backing storage field.</summary>
    public required string Storage { get; init; }
    /// <summary>C# type of the storage field.</summary>
    public required string StorageType { get; init; }
    /// <summary>Bit position inside the storage.</summary>
    public required int Shift { get; init; }
    /// <summary>Width in bits.</summary>
    public required int Width { get; init; }
    /// <summary>Mask of <see cref="Width"/> low bits as a ulong literal.</summary>
    public required string Mask { get; init; }
    /// <summary>64 - Shift - Width: left shift that puts the field's top bit at bit 63 (sign extension).</summary>
    public int SignShiftLeft => 64 - Shift - Width;
    /// <summary>64 - Width.</summary>
    public int SignShiftRight => 64 - Width;
    /// <summary>"unsigned", "signed", "bool" or "enum".</summary>
    public required string Kind { get; init; }
    /// <summary>For enums: the C# underlying integer type.</summary>
    public string? Underlying { get; init; }
}

/// <summary>A property reaching into an anonymous member.</summary>
/// <param name="Name">The member name C code uses.</param>
/// <param name="Type">Its C# type.</param>
/// <param name="Path">The access path, e.g. <c>Anonymous.Anonymous1.x</c>.</param>
/// <param name="IsBitfield">True when the target is a bitfield property (get/set instead of ref).</param>
public sealed record CsForward(string Name, string Type, string Path, bool IsBitfield);

/// <summary>
/// A fixed-size buffer struct for an array field: <c>[InlineArray]</c>, or, for pointer elements (not valid as type
/// arguments, so not allowed in inline arrays), explicit fields <c>e0..eN-1</c> with an indexer.
/// </summary>
public sealed record CsFixedBuffer(string Name, long Length, string ElementType)
{
    /// <summary>True when the element is a pointer or function pointer.</summary>
    public bool HasPointerElement => ElementType.Contains('*', StringComparison.Ordinal);
}

/// <summary>An enum.</summary>
public sealed record CsEnum
{
    /// <summary>C# name.</summary>
    public required string Name { get; init; }
    /// <summary>C spelling when different.</summary>
    public string? NativeTypeName { get; init; }
    /// <summary>Underlying type keyword.</summary>
    public required string UnderlyingType { get; init; }
    /// <summary>True when members are bit masks.</summary>
    public bool IsFlags { get; init; }
    /// <summary>Members.</summary>
    public ImmutableArray<CsEnumMember> Members { get; init; } = [];
    /// <summary>Doc comment lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}

/// <summary>An enum member with its value as a literal of the underlying type.</summary>
public sealed record CsEnumMember(string Name, string Value)
{
    /// <summary>Doc comment lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}

/// <summary>A function import.</summary>
public sealed record CsFunction
{
    /// <summary>C# method name.</summary>
    public required string Name { get; init; }
    /// <summary>Exported symbol.</summary>
    public required string EntryPoint { get; init; }
    /// <summary>Return type.</summary>
    public required string ReturnType { get; init; }
    /// <summary>C spelling of the return type when different.</summary>
    public string? ReturnNativeTypeName { get; init; }
    /// <summary>CallingConvention member name (Cdecl, StdCall...).</summary>
    public required string CallingConvention { get; init; }
    /// <summary>CallConv type name for LibraryImport (CallConvCdecl...).</summary>
    public required string CallConvType { get; init; }
    /// <summary>Parameters.</summary>
    public ImmutableArray<CsParameter> Parameters { get; init; } = [];
    /// <summary>Doc comment lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
    /// <summary>Emit <c>[SuppressGCTransition]</c> (opt-in per function: see docs/performance.md for the hazards).</summary>
    public bool SuppressGCTransition { get; init; }
}

/// <summary>A parameter.</summary>
public sealed record CsParameter(string Name, string Type, string? NativeTypeName);

/// <summary>A constant: <c>const</c> when C# allows it, else a static property.</summary>
public sealed record CsConstant
{
    /// <summary>Name.</summary>
    public required string Name { get; init; }
    /// <summary>C# type.</summary>
    public required string Type { get; init; }
    /// <summary>Value expression.</summary>
    public required string Value { get; init; }
    /// <summary>True for <c>const</c>, false for a static expression-bodied property.</summary>
    public bool IsConst { get; init; } = true;
    /// <summary>C spelling of the type when useful (e.g. size_t).</summary>
    public string? NativeTypeName { get; init; }
    /// <summary>Doc comment lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}
