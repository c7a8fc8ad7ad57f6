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
    /// <summary>How functions are bound: static imports, or a function-pointer table filled by a loader.</summary>
    public Loading Loading { get; init; }
    /// <summary>File names (not paths) of the input headers, for the file header comment.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];
    /// <summary>Structs and unions.</summary>
    public ImmutableArray<CsStruct> Structs { get; init; } = [];
    /// <summary>The layouts C gives the emitted records (for <c>--layout-tests</c>; empty without it).</summary>
    public ImmutableArray<CsLayoutRecord> LayoutRecords { get; init; } = [];
    /// <summary>Enums.</summary>
    public ImmutableArray<CsEnum> Enums { get; init; } = [];
    /// <summary>Other typedef names of emitted types, as <c>global using</c> aliases (C# has no other way for two names to mean one type).</summary>
    public ImmutableArray<CsTypeAlias> TypeAliases { get; init; } = [];
    /// <summary>Functions.</summary>
    public ImmutableArray<CsFunction> Functions { get; init; } = [];
    /// <summary>Per-platform file names of the library, for the generated resolver; empty: no resolver.</summary>
    public ImmutableArray<CsPlatformLibrary> LibraryFileNames { get; init; } = [];
    /// <summary>C wrappers of static functions (<c>--wrap-static-inline</c>), or empty.</summary>
    public ImmutableArray<CStaticWrapper> StaticWrappers { get; init; } = [];
    /// <summary>Headers the shim C file includes: the input headers' full paths, '/'-separated.</summary>
    public ImmutableArray<string> WrapperIncludes { get; init; } = [];
    /// <summary>Name of the shim library (<c>&lt;library&gt;_shim</c>) when functions are imported from it; else null.</summary>
    public string? ShimLibraryName { get; init; }
    /// <summary>Stubs of functions that cannot be imported.</summary>
    public ImmutableArray<CsStub> Stubs { get; init; } = [];
    /// <summary>One line per declaration not bound (<c>file:line: reason</c>, file names only), for a comment block.</summary>
    public ImmutableArray<string> NotBound { get; init; } = [];
    /// <summary>Accessors for extern variables.</summary>
    public ImmutableArray<CsGlobal> Globals { get; init; } = [];
    /// <summary>Constants from macros and anonymous enums.</summary>
    public ImmutableArray<CsConstant> Constants { get; init; } = [];
    /// <summary>The safe-wrapper layer, when requested.</summary>
    public CsSafeApi? Safe { get; init; }
    /// <summary>
    /// For one target's variant file of a multi-target run: the <c>#if</c> symbol the file is compiled under (the class's
    /// shared members are in the common file, not repeated). Null for the common file and single-target runs.
    /// </summary>
    public string? VariantSymbol { get; init; }
}

/// <summary>A typedef name of an emitted type: <c>global using Name = global::Namespace.Target;</c>.</summary>
/// <param name="Name">The alias (the typedef's C# name).</param>
/// <param name="Target">The C# name of the type it means, in the output namespace.</param>
/// <param name="NativeName">The typedef's C name.</param>
public sealed record CsTypeAlias(string Name, string Target, string NativeName);

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
    /// <summary>
    /// True for a record whose fields C# does not see: a declaration C never defines (an empty struct used through pointers),
    /// or a record made opaque with <c>--opaque</c> (a private blob of C's size and alignment).
    /// </summary>
    public bool IsOpaque { get; init; }
    /// <summary>True for the empty struct of <c>typedef void NAME;</c>: a type C names, not a record.</summary>
    public bool IsVoidHandle { get; init; }
    /// <summary>Fields in declaration order.</summary>
    public ImmutableArray<CsField> Fields { get; init; } = [];
    /// <summary>Bitfield accessors.</summary>
    public ImmutableArray<CsBitfield> Bitfields { get; init; } = [];
    /// <summary>Bitfield storage words no single C# integer can hold, assembled from parts.</summary>
    public ImmutableArray<CsSplitStorage> SplitStorages { get; init; } = [];
    /// <summary>Properties reaching members of anonymous members the way C does (<c>outer.member</c>).</summary>
    public ImmutableArray<CsForward> Forwards { get; init; } = [];
    /// <summary>Nested types: anonymous records.</summary>
    public ImmutableArray<CsStruct> Nested { get; init; } = [];
    /// <summary>Inline arrays for array fields.</summary>
    public ImmutableArray<CsFixedBuffer> FixedBuffers { get; init; } = [];
    /// <summary>Accessors for a flexible array member (<c>T data[]</c>) or a GNU zero-length array (<c>T data[0]</c>), which have no storage of their own.</summary>
    public ImmutableArray<CsFlexibleArray> FlexibleArrays { get; init; } = [];
    /// <summary>Ref properties for members of 0-byte record types, which have no storage of their own.</summary>
    public ImmutableArray<CsZeroSizeMember> ZeroSizeMembers { get; init; } = [];
    /// <summary>
    /// True when C aligns the record to more than 16 bytes, which .NET cannot express: the struct gets
    /// <c>NativeAlignment</c>, <c>AllocateAligned</c> and <c>FreeAligned</c> (native memory aligned as C requires).
    /// </summary>
    public bool HasAlignedAllocation { get; init; }
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
    /// <summary>Width of the storage word in bits: up to 64 for a ulong word, 128 for a UInt128 one.</summary>
    public int StorageBits { get; init; } = 64;
    /// <summary>True when the storage word is a UInt128.</summary>
    public bool IsWide => StorageBits > 64;
    /// <summary>Left shift that puts the field's top bit at the top of the 64- (or 128-) bit word (sign extension).</summary>
    public int SignShiftLeft => (IsWide ? 128 : 64) - Shift - Width;
    /// <summary>64 (or 128) - Width.</summary>
    public int SignShiftRight => (IsWide ? 128 : 64) - Width;
    /// <summary>"unsigned", "signed", "bool" or "enum".</summary>
    public required string Kind { get; init; }
    /// <summary>For enums: the C# underlying integer type.</summary>
    public string? Underlying { get; init; }
}

/// <summary>
/// A bitfield storage word of <paramref name="Size"/> bytes that no single C# integer can hold inside the record: a private
/// property of <paramref name="RawType"/> (ulong or UInt128) assembled from integer fields.
/// </summary>
public sealed record CsSplitStorage(string Name, string RawType, int Size, ImmutableArray<CsStoragePart> Parts);

/// <summary>One integer field of a split storage word, <paramref name="Shift"/> bits up in the word.</summary>
public sealed record CsStoragePart(string Name, string Type, int Shift);

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
    /// <summary>True when the element is a pointer or function pointer (<see cref="CsType.IsPointer"/>).</summary>
    public bool HasPointerElement { get; init; }
}

/// <summary>
/// A flexible array member <c>T name[]</c>: C's <c>sizeof</c> excludes it, so it is not a field but a method returning the
/// tail of the record as a span of as many elements as the caller says (or a raw pointer for pointer elements, which cannot
/// be span type arguments).
/// </summary>
/// <param name="Name">The member name.</param>
/// <param name="ElementType">The C# element type.</param>
/// <param name="NativeTypeName">The C spelling of the member's type.</param>
/// <param name="Offset">Byte offset of the first element from the start of the record.</param>
public sealed record CsFlexibleArray(string Name, string ElementType, string NativeTypeName, long Offset)
{
    /// <summary>True when the element is a pointer or function pointer (<see cref="CsType.IsPointer"/>).</summary>
    public bool HasPointerElement { get; init; }
    /// <summary>True for a GNU zero-length array <c>T name[0]</c> (a marker, or a pre-C99 flexible tail).</summary>
    public bool IsZeroLength { get; init; }
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
    /// <summary>The C function's name (differs from <see cref="EntryPoint"/> for functions called through the shim).</summary>
    public string CName { get; init; } = "";
    /// <summary>Return type.</summary>
    public required string ReturnType { get; init; }
    /// <summary>C spelling of the return type when different.</summary>
    public string? ReturnNativeTypeName { get; init; }
    /// <summary>True when the function returns void.</summary>
    public bool ReturnsVoid { get; init; }
    /// <summary>CallingConvention member name (Cdecl, StdCall...).</summary>
    public required string CallingConvention { get; init; }
    /// <summary>CallConv type name for LibraryImport (CallConvCdecl...).</summary>
    public required string CallConvType { get; init; }
    /// <summary>Parameters.</summary>
    public ImmutableArray<CsParameter> Parameters { get; init; } = [];
    /// <summary>Doc comment summary lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
    /// <summary>Parameter docs in parameter order (all parameters, or none).</summary>
    public ImmutableArray<CsParamDoc> ParamDocs { get; init; } = [];
    /// <summary>Doc lines of the return value.</summary>
    public ImmutableArray<string> Returns { get; init; } = [];
    /// <summary>Emit <c>[SuppressGCTransition]</c> (opt-in per function: see docs/performance.md for the hazards).</summary>
    public bool SuppressGCTransition { get; init; }
    /// <summary>Imported from the shim library (a wrapper of a static function, a macro or a variadic instantiation).</summary>
    public bool FromShim { get; init; }
    /// <summary>Import with <c>SetLastError = true</c>: errno (GetLastError on Windows) is saved for <c>Marshal.GetLastPInvokeError</c>.</summary>
    public bool SetLastError { get; init; }
    /// <summary>The name of this function's field in the function-pointer table (<c>--loading dynamic</c>); unique per class.</summary>
    public string TableSlot { get; init; } = "";
    /// <summary>True for the first function of its table slot, which declares it (functions importing one symbol share it).</summary>
    public bool OwnsTableSlot { get; init; }
    /// <summary>
    /// In a multi-target run, for a function only some targets declare (the same where declared): the operating system it
    /// exists on (<c>[SupportedOSPlatform]</c>), or, when it exists everywhere but there, <see cref="UnsupportedOS"/>.
    /// </summary>
    public string? SupportedOS { get; init; }
    /// <summary>The operating system a function of a multi-target run does not exist on (<c>[UnsupportedOSPlatform]</c>).</summary>
    public string? UnsupportedOS { get; init; }
}

/// <summary>The doc lines of one parameter, under its C# name.</summary>
public sealed record CsParamDoc(string Name, ImmutableArray<string> Lines);

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
    /// <summary>The C macro it comes from, or null (an anonymous enum's enumerator).</summary>
    public string? Macro { get; init; }
    /// <summary>True for <c>const</c>, false for a static expression-bodied property.</summary>
    public bool IsConst { get; init; } = true;
    /// <summary>C spelling of the type when useful (e.g. size_t).</summary>
    public string? NativeTypeName { get; init; }
    /// <summary>Doc comment lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}

/// <summary>An accessor for an <c>extern</c> variable, resolved through <c>NativeLibrary.GetExport</c> on first use.</summary>
public sealed record CsGlobal
{
    /// <summary>The name of the field caching this variable's address (<c>--loading dynamic</c>); unique per class.</summary>
    public string TableSlot { get; init; } = "";
    /// <summary>C# property name.</summary>
    public required string Name { get; init; }
    /// <summary>Exported symbol.</summary>
    public required string Symbol { get; init; }
    /// <summary>"ref", "ref_readonly", "span" (array of known length) or "pointer" (to the first element).</summary>
    public required string Kind { get; init; }
    /// <summary>The property's type (without <c>ref</c>).</summary>
    public required string Type { get; init; }
    /// <summary>The type the symbol's address points to.</summary>
    public required string ElementType { get; init; }
    /// <summary>Array length for "span", or -1.</summary>
    public long Length { get; init; } = -1;
    /// <summary>C spelling of the variable's type when different.</summary>
    public string? NativeTypeName { get; init; }
    /// <summary>Doc comment lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}

/// <summary>File names to try for the library on one platform.</summary>
/// <param name="Check">The C# condition selecting the platform, e.g. <c>OperatingSystem.IsLinux()</c>.</param>
/// <param name="Files">The file names as C# string literals, in the order tried.</param>
public sealed record CsPlatformLibrary(string Check, ImmutableArray<string> Files);

/// <summary>
/// A function that cannot be imported, kept as a method of the same signature marked
/// <c>[Obsolete(message, error: true)]</c>: code that calls it fails to compile with the reason.
/// </summary>
public sealed record CsStub
{
    /// <summary>C# method name.</summary>
    public required string Name { get; init; }
    /// <summary>Return type.</summary>
    public required string ReturnType { get; init; }
    /// <summary>The fixed parameters.</summary>
    public ImmutableArray<CsParameter> Parameters { get; init; } = [];
    /// <summary>True when extra arguments are taken as <c>params object?[]</c>.</summary>
    public bool IsVariadic { get; init; }
    /// <summary>Name of the <c>params</c> parameter.</summary>
    public string ParamsName => Parameters.Any(p => p.Name == "varargs") ? "varargs_" : "varargs";
    /// <summary>The obsolete message as a C# string literal.</summary>
    public required string Message { get; init; }
}

/// <summary>One exported C wrapper of a static function: <c>__typeof__(R) name__bindgen_wrap(__typeof__(T0) p0...) { return name(p0...); }</c>.</summary>
/// <param name="Name">The static function's C name.</param>
/// <param name="Wrapper">The exported wrapper's name.</param>
/// <param name="ReturnType">C spelling of the return type.</param>
/// <param name="ReturnsVoid">True when the function returns void.</param>
/// <param name="ParameterTypes">C spellings of the parameter types (parameters are named p0, p1...).</param>
public sealed record CStaticWrapper(string Name, string Wrapper, string ReturnType, bool ReturnsVoid, ImmutableArray<string> ParameterTypes)
{
    /// <summary>Where the wrapped function or macro is declared (for errors the compiler reports in the wrapper).</summary>
    public Model.CLocation? Location { get; init; }
    /// <summary>What is wrapped, for messages: "static inline function", "macro", "variadic instantiation".</summary>
    public string Kind { get; init; } = "static function";
}
