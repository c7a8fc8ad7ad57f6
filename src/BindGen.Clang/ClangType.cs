using BindGen.Clang.Interop;

namespace BindGen.Clang;

/// <summary>A libclang type, valid while its translation unit lives.</summary>
public readonly unsafe struct ClangType
{
    internal readonly CXType Raw;
    private readonly TranslationUnit? _tu;

    internal ClangType(CXType raw, TranslationUnit? tu)
    {
        Raw = raw;
        _tu = tu;
    }

    /// <summary>The kind.</summary>
    public TypeKind Kind => (TypeKind)Raw.Kind;
    /// <summary>C spelling, e.g. "const char *".</summary>
    public string Spelling => _tu is null ? NativeMethods.Take(NativeMethods.clang_getTypeSpelling(Raw)) : _tu.TypeSpelling(Raw);
    /// <summary>The canonical type (typedefs and sugar removed).</summary>
    public ClangType Canonical => new(NativeMethods.clang_getCanonicalType(Raw), _tu);
    /// <summary>The pointee of a pointer type.</summary>
    public ClangType Pointee => new(NativeMethods.clang_getPointeeType(Raw), _tu);
    /// <summary>The result type of a function type.</summary>
    public ClangType ResultType => new(NativeMethods.clang_getResultType(Raw), _tu);
    /// <summary>Number of parameters of a function type (-1 otherwise).</summary>
    public int NumArgTypes => NativeMethods.clang_getNumArgTypes(Raw);
    /// <summary>A parameter type.</summary>
    public ClangType ArgType(int index) => new(NativeMethods.clang_getArgType(Raw, (uint)index), _tu);
    /// <summary>True for a variadic function type.</summary>
    public bool IsVariadic => NativeMethods.clang_isFunctionTypeVariadic(Raw) != 0;
    /// <summary>Calling convention of a function type.</summary>
    public CallingConv CallingConv => (CallingConv)NativeMethods.clang_getFunctionTypeCallingConv(Raw);
    /// <summary>Element type of an array type.</summary>
    public ClangType ArrayElementType => new(NativeMethods.clang_getArrayElementType(Raw), _tu);
    /// <summary>Element type of arrays, vectors and complex types.</summary>
    public ClangType ElementType => new(NativeMethods.clang_getElementType(Raw), _tu);
    /// <summary>Length of a constant array.</summary>
    public long ArraySize => NativeMethods.clang_getArraySize(Raw);
    /// <summary>Size in bytes, or a negative CXTypeLayoutError.</summary>
    public long SizeOf => NativeMethods.clang_Type_getSizeOf(Raw);
    /// <summary>Alignment in bytes, or a negative CXTypeLayoutError.</summary>
    public long AlignOf => NativeMethods.clang_Type_getAlignOf(Raw);
    /// <summary>The type named by an elaborated type.</summary>
    public ClangType NamedType => new(NativeMethods.clang_Type_getNamedType(Raw), _tu);
    /// <summary>The type an attributed type modifies.</summary>
    public ClangType ModifiedType => new(NativeMethods.clang_Type_getModifiedType(Raw), _tu);
    /// <summary>The value type of an _Atomic type.</summary>
    public ClangType AtomicValueType => new(NativeMethods.clang_Type_getValueType(Raw), _tu);
    /// <summary>True when const-qualified.</summary>
    public bool IsConstQualified => NativeMethods.clang_isConstQualifiedType(Raw) != 0;
    /// <summary>Name of a typedef type.</summary>
    public string TypedefName => NativeMethods.Take(NativeMethods.clang_getTypedefName(Raw));
    /// <summary>The declaration of a record, enum or typedef type.</summary>
    public Cursor Declaration => new(NativeMethods.clang_getTypeDeclaration(Raw), _tu);

    /// <summary>Offset in bits of a field (also one inside an anonymous member) of a record type, or a negative error.</summary>
    public long OffsetOf(string fieldName)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(fieldName + "\0");
        fixed (byte* p = bytes) return NativeMethods.clang_Type_getOffsetOf(Raw, p);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Spelling}";
}
