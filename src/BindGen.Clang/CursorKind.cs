namespace BindGen.Clang;

/// <summary>The libclang cursor kinds BindGen looks at (values from clang-c/Index.h); others appear as their number.</summary>
public enum CursorKind
{
    /// <summary>Not a kind libclang exposes by name here.</summary>
    UnexposedDecl = 1,
#pragma warning disable CS1591 // names mirror clang-c/Index.h
    StructDecl = 2,
    UnionDecl = 3,
    EnumDecl = 5,
    FieldDecl = 6,
    EnumConstantDecl = 7,
    FunctionDecl = 8,
    VarDecl = 9,
    ParmDecl = 10,
    TypedefDecl = 20,
    TypeRef = 43,
    IntegerLiteral = 106,
    TranslationUnit = 350,
    UnexposedAttr = 400,
    PackedAttr = 408,
    AlignedAttr = 441,
    StaticAssert = 602,
    MacroDefinition = 501,
    MacroExpansion = 502,
    InclusionDirective = 503,
#pragma warning restore CS1591
}

/// <summary>libclang type kinds (clang-c/Index.h CXTypeKind).</summary>
public enum TypeKind
{
#pragma warning disable CS1591
    Invalid = 0, Unexposed = 1, Void = 2, Bool = 3, Char_U = 4, UChar = 5, Char16 = 6, Char32 = 7, UShort = 8, UInt = 9,
    ULong = 10, ULongLong = 11, UInt128 = 12, Char_S = 13, SChar = 14, WChar = 15, Short = 16, Int = 17, Long = 18,
    LongLong = 19, Int128 = 20, Float = 21, Double = 22, LongDouble = 23, NullPtr = 24, Float128 = 30, Half = 31,
    Float16 = 32, BFloat16 = 39, Ibm128 = 40,
    Complex = 100, Pointer = 101, BlockPointer = 102, Record = 105, Enum = 106, Typedef = 107,
    FunctionNoProto = 110, FunctionProto = 111, ConstantArray = 112, Vector = 113, IncompleteArray = 114,
    VariableArray = 115, DependentSizedArray = 116, Elaborated = 119, Attributed = 163, ExtVector = 176, Atomic = 177,
#pragma warning restore CS1591
}

/// <summary>libclang calling conventions (CXCallingConv).</summary>
public enum CallingConv
{
#pragma warning disable CS1591
    Default = 0, C = 1, X86StdCall = 2, X86FastCall = 3, X86ThisCall = 4, X86Pascal = 5, AAPCS = 6, AAPCS_VFP = 7,
    X86RegCall = 8, IntelOclBicc = 9, Win64 = 10, X86_64SysV = 11, X86VectorCall = 12, Swift = 13, PreserveMost = 14,
    PreserveAll = 15, AArch64VectorCall = 16, SwiftAsync = 17, Invalid = 100, Unexposed = 200,
#pragma warning restore CS1591
}

/// <summary>Token kinds (CXTokenKind).</summary>
public enum TokenKind
{
#pragma warning disable CS1591
    Punctuation = 0, Keyword = 1, Identifier = 2, Literal = 3, Comment = 4,
#pragma warning restore CS1591
}
