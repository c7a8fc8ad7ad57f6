using System.Runtime.InteropServices;

namespace BindGen.Clang.Interop;

// The subset of clang-c/Index.h that BindGen uses, declared by hand (ClangSharp is not available).
// Every signature is blittable so no runtime marshalling is involved.

[StructLayout(LayoutKind.Sequential)]
internal struct CXString
{
    public nint Data;
    public uint PrivateFlags;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXCursor
{
    public int Kind;
    public int Xdata;
    public nint Data0;
    public nint Data1;
    public nint Data2;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXType
{
    public int Kind;
    public nint Data0;
    public nint Data1;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXSourceLocation
{
    public nint Ptr0;
    public nint Ptr1;
    public uint IntData;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXSourceRange
{
    public nint Ptr0;
    public nint Ptr1;
    public uint BeginIntData;
    public uint EndIntData;
}

[StructLayout(LayoutKind.Sequential)]
internal struct CXToken
{
    public uint Int0;
    public uint Int1;
    public uint Int2;
    public uint Int3;
    public nint PtrData;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct CXUnsavedFile
{
    public byte* Filename;
    public byte* Contents;
    public nuint Length;
}

internal static unsafe partial class NativeMethods
{
    public const string LibraryName = "libclang";

    static NativeMethods() => LibClangLoader.EnsureResolverRegistered();

    [DllImport(LibraryName)] public static extern void clang_disposeString(CXString str);
    [DllImport(LibraryName)] public static extern byte* clang_getCString(CXString str);
    [DllImport(LibraryName)] public static extern CXString clang_getClangVersion();

    [DllImport(LibraryName)] public static extern nint clang_createIndex(int excludeDeclarationsFromPch, int displayDiagnostics);
    [DllImport(LibraryName)] public static extern void clang_disposeIndex(nint index);

    [DllImport(LibraryName)]
    public static extern int clang_parseTranslationUnit2(nint index, byte* sourceFilename, byte** commandLineArgs, int numCommandLineArgs,
        CXUnsavedFile* unsavedFiles, uint numUnsavedFiles, uint options, nint* outTu);
    [DllImport(LibraryName)] public static extern void clang_disposeTranslationUnit(nint tu);
    [DllImport(LibraryName)] public static extern CXCursor clang_getTranslationUnitCursor(nint tu);

    [DllImport(LibraryName)] public static extern nint clang_getTranslationUnitTargetInfo(nint tu);
    [DllImport(LibraryName)] public static extern void clang_TargetInfo_dispose(nint info);
    [DllImport(LibraryName)] public static extern CXString clang_TargetInfo_getTriple(nint info);
    [DllImport(LibraryName)] public static extern int clang_TargetInfo_getPointerWidth(nint info);
    [DllImport(LibraryName)] public static extern uint clang_getNumDiagnostics(nint tu);
    [DllImport(LibraryName)] public static extern nint clang_getDiagnostic(nint tu, uint index);
    [DllImport(LibraryName)] public static extern void clang_disposeDiagnostic(nint diagnostic);
    [DllImport(LibraryName)] public static extern int clang_getDiagnosticSeverity(nint diagnostic);
    [DllImport(LibraryName)] public static extern CXSourceLocation clang_getDiagnosticLocation(nint diagnostic);
    [DllImport(LibraryName)] public static extern CXString clang_getDiagnosticSpelling(nint diagnostic);

    [DllImport(LibraryName)] public static extern uint clang_visitChildren(CXCursor parent, delegate* unmanaged<CXCursor, CXCursor, nint, int> visitor, nint clientData);
    [DllImport(LibraryName)] public static extern void clang_getInclusions(nint tu, delegate* unmanaged<nint, CXSourceLocation*, uint, nint, void> visitor, nint clientData);

    [DllImport(LibraryName)] public static extern int clang_Cursor_isNull(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_equalCursors(CXCursor a, CXCursor b);
    [DllImport(LibraryName)] public static extern uint clang_hashCursor(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXString clang_getCursorSpelling(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXString clang_getCursorUSR(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXType clang_getCursorType(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXSourceLocation clang_getCursorLocation(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXSourceRange clang_getCursorExtent(CXCursor cursor);
    [DllImport(LibraryName)] public static extern nint clang_getIncludedFile(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXSourceLocation clang_getLocationForOffset(nint tu, nint file, uint offset);
    [DllImport(LibraryName)] public static extern CXCursor clang_getCursorDefinition(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXCursor clang_getCanonicalCursor(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXCursor clang_getCursorSemanticParent(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXCursor clang_getCursorLexicalParent(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_isCursorDefinition(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_Cursor_isAnonymous(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_Cursor_isAnonymousRecordDecl(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_Cursor_isBitField(CXCursor cursor);
    [DllImport(LibraryName)] public static extern int clang_getFieldDeclBitWidth(CXCursor cursor);
    [DllImport(LibraryName)] public static extern long clang_Cursor_getOffsetOfField(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXType clang_getTypedefDeclUnderlyingType(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXType clang_getEnumDeclIntegerType(CXCursor cursor);
    [DllImport(LibraryName)] public static extern long clang_getEnumConstantDeclValue(CXCursor cursor);
    [DllImport(LibraryName)] public static extern ulong clang_getEnumConstantDeclUnsignedValue(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXType clang_getCursorResultType(CXCursor cursor);
    [DllImport(LibraryName)] public static extern int clang_Cursor_getNumArguments(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXCursor clang_Cursor_getArgument(CXCursor cursor, uint index);
    [DllImport(LibraryName)] public static extern int clang_Cursor_getStorageClass(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_Cursor_isFunctionInlined(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_Cursor_isMacroFunctionLike(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_Cursor_isMacroBuiltin(CXCursor cursor);
    [DllImport(LibraryName)] public static extern uint clang_Cursor_isVariadic(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXString clang_Cursor_getRawCommentText(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXString clang_Cursor_getBriefCommentText(CXCursor cursor);
    [DllImport(LibraryName)] public static extern CXCursor clang_getTypeDeclaration(CXType type);
    [DllImport(LibraryName)] public static extern int clang_Cursor_hasAttrs(CXCursor cursor);

    [DllImport(LibraryName)] public static extern CXString clang_getTypeSpelling(CXType type);
    [DllImport(LibraryName)] public static extern CXType clang_getCanonicalType(CXType type);
    [DllImport(LibraryName)] public static extern CXType clang_getPointeeType(CXType type);
    [DllImport(LibraryName)] public static extern CXType clang_getResultType(CXType type);
    [DllImport(LibraryName)] public static extern int clang_getNumArgTypes(CXType type);
    [DllImport(LibraryName)] public static extern CXType clang_getArgType(CXType type, uint index);
    [DllImport(LibraryName)] public static extern uint clang_isFunctionTypeVariadic(CXType type);
    [DllImport(LibraryName)] public static extern int clang_getFunctionTypeCallingConv(CXType type);
    [DllImport(LibraryName)] public static extern CXType clang_getArrayElementType(CXType type);
    [DllImport(LibraryName)] public static extern long clang_getArraySize(CXType type);
    [DllImport(LibraryName)] public static extern long clang_Type_getSizeOf(CXType type);
    [DllImport(LibraryName)] public static extern long clang_Type_getAlignOf(CXType type);
    [DllImport(LibraryName)] public static extern long clang_Type_getOffsetOf(CXType type, byte* fieldName);
    [DllImport(LibraryName)] public static extern CXType clang_Type_getNamedType(CXType type);
    [DllImport(LibraryName)] public static extern CXType clang_Type_getModifiedType(CXType type);
    [DllImport(LibraryName)] public static extern CXType clang_Type_getValueType(CXType type);
    [DllImport(LibraryName)] public static extern CXType clang_getElementType(CXType type);
    [DllImport(LibraryName)] public static extern uint clang_isConstQualifiedType(CXType type);
    [DllImport(LibraryName)] public static extern CXString clang_getTypedefName(CXType type);

    [DllImport(LibraryName)] public static extern CXString clang_getFileName(nint file);
    [DllImport(LibraryName)] public static extern void clang_getExpansionLocation(CXSourceLocation location, nint* file, uint* line, uint* column, uint* offset);
    [DllImport(LibraryName)] public static extern void clang_getSpellingLocation(CXSourceLocation location, nint* file, uint* line, uint* column, uint* offset);
    [DllImport(LibraryName)] public static extern int clang_Location_isInSystemHeader(CXSourceLocation location);
    [DllImport(LibraryName)] public static extern int clang_Location_isFromMainFile(CXSourceLocation location);
    [DllImport(LibraryName)] public static extern CXSourceLocation clang_getRangeStart(CXSourceRange range);
    [DllImport(LibraryName)] public static extern CXSourceLocation clang_getRangeEnd(CXSourceRange range);

    [DllImport(LibraryName)] public static extern nint clang_Cursor_Evaluate(CXCursor cursor);
    [DllImport(LibraryName)] public static extern int clang_EvalResult_getKind(nint result);
    [DllImport(LibraryName)] public static extern long clang_EvalResult_getAsLongLong(nint result);
    [DllImport(LibraryName)] public static extern uint clang_EvalResult_isUnsignedInt(nint result);
    [DllImport(LibraryName)] public static extern ulong clang_EvalResult_getAsUnsigned(nint result);
    [DllImport(LibraryName)] public static extern double clang_EvalResult_getAsDouble(nint result);
    [DllImport(LibraryName)] public static extern byte* clang_EvalResult_getAsStr(nint result);
    [DllImport(LibraryName)] public static extern void clang_EvalResult_dispose(nint result);

    [DllImport(LibraryName)] public static extern void clang_tokenize(nint tu, CXSourceRange range, CXToken** tokens, uint* numTokens);
    [DllImport(LibraryName)] public static extern void clang_disposeTokens(nint tu, CXToken* tokens, uint numTokens);
    [DllImport(LibraryName)] public static extern int clang_getTokenKind(CXToken token);
    [DllImport(LibraryName)] public static extern CXString clang_getTokenSpelling(nint tu, CXToken token);

    /// <summary>Copies a CXString into a managed string and disposes it.</summary>
    public static string Take(CXString value)
    {
        try
        {
            byte* p = clang_getCString(value);
            return p == null ? string.Empty : Marshal.PtrToStringUTF8((nint)p) ?? string.Empty;
        }
        finally
        {
            clang_disposeString(value);
        }
    }
}
