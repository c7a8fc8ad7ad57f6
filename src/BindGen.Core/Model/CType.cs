using System.Collections.Immutable;

namespace BindGen.Core.Model;

/// <summary>A C type as written: a tree whose leaves are primitives or references to declarations by key.</summary>
/// <param name="Spelling">The C spelling (for <c>NativeTypeName</c> and messages).</param>
public abstract record CType(string Spelling);

/// <summary>A builtin arithmetic type or void.</summary>
public sealed record CPrimitiveType(CPrimitiveKind Kind, string Spelling) : CType(Spelling);

/// <summary>A pointer. <paramref name="PointeeIsConst"/> records <c>const T*</c>.</summary>
public sealed record CPointerType(CType Pointee, bool PointeeIsConst, string Spelling) : CType(Spelling);

/// <summary>An array; <paramref name="Length"/> is null for <c>T name[]</c>.</summary>
public sealed record CArrayType(CType Element, long? Length, string Spelling) : CType(Spelling);

/// <summary>A function type (the pointee of a function pointer).</summary>
public sealed record CFunctionType(CType Result, ImmutableArray<CType> Parameters, bool IsVariadic, bool HasPrototype, CCallingConvention CallingConvention, string Spelling) : CType(Spelling);

/// <summary>A struct or union, by key into <see cref="CApi.Records"/>.</summary>
public sealed record CRecordRef(string Key, string Spelling) : CType(Spelling);

/// <summary>An enum, by key into <see cref="CApi.Enums"/>.</summary>
public sealed record CEnumRef(string Key, string Spelling) : CType(Spelling);

/// <summary>A typedef, by key into <see cref="CApi.Typedefs"/>.</summary>
public sealed record CTypedefRef(string Key, string Name, string Spelling) : CType(Spelling);

/// <summary>A type BindGen cannot express (vector, complex, block pointer...), with C's size and alignment.</summary>
public sealed record CUnsupportedType(string Reason, long Size, long Align, string Spelling) : CType(Spelling)
{
    /// <summary>
    /// True when C compilers lay the type out differently (an <c>_Atomic</c> record of odd size: clang pads it to a power
    /// of two, gcc does not), so no layout from libclang can be trusted: records holding it are refused, not blobbed.
    /// </summary>
    public bool CompilersDisagree { get; init; }
}
