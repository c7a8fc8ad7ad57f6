using System.Runtime.InteropServices;
using BindGen.Clang.Interop;

namespace BindGen.Clang;

/// <summary>A libclang cursor: one node of the AST, valid while its <see cref="TranslationUnit"/> lives.</summary>
public readonly unsafe struct Cursor : IEquatable<Cursor>
{
    internal readonly CXCursor Raw;
    private readonly TranslationUnit? _tu;

    internal Cursor(CXCursor raw, TranslationUnit? tu)
    {
        Raw = raw;
        _tu = tu;
    }

    /// <summary>The translation unit this cursor belongs to.</summary>
    public TranslationUnit TranslationUnit => _tu ?? throw new InvalidOperationException("cursor has no translation unit");

    /// <summary>The cursor kind.</summary>
    public CursorKind Kind => (CursorKind)Raw.Kind;
    /// <summary>True for the null cursor.</summary>
    public bool IsNull => NativeMethods.clang_Cursor_isNull(Raw) != 0;
    /// <summary>The name (empty for anonymous declarations in libclang ≥ 13 it may read "struct (unnamed at ...)").</summary>
    public string Spelling => _tu is null ? NativeMethods.Take(NativeMethods.clang_getCursorSpelling(Raw)) : _tu.Spelling(Raw);
    /// <summary>Unified symbol resolution: a stable key for the declaration.</summary>
    public string Usr => _tu is null ? NativeMethods.Take(NativeMethods.clang_getCursorUSR(Raw)) : _tu.Usr(Raw);
    /// <summary>The declared type.</summary>
    public ClangType Type => new(NativeMethods.clang_getCursorType(Raw), _tu);
    /// <summary>The result type of a function.</summary>
    public ClangType ResultType => new(NativeMethods.clang_getCursorResultType(Raw), _tu);
    /// <summary>The underlying type of a typedef.</summary>
    public ClangType TypedefUnderlyingType => new(NativeMethods.clang_getTypedefDeclUnderlyingType(Raw), _tu);
    /// <summary>The integer type of an enum.</summary>
    public ClangType EnumIntegerType => new(NativeMethods.clang_getEnumDeclIntegerType(Raw), _tu);
    /// <summary>Signed value of an enumerator.</summary>
    public long EnumConstantValue => NativeMethods.clang_getEnumConstantDeclValue(Raw);
    /// <summary>Unsigned value of an enumerator.</summary>
    public ulong EnumConstantUnsignedValue => NativeMethods.clang_getEnumConstantDeclUnsignedValue(Raw);
    /// <summary>True for a definition (a struct with a body, a function with a body).</summary>
    public bool IsDefinition => NativeMethods.clang_isCursorDefinition(Raw) != 0;
    /// <summary>The definition of the entity, or a null cursor.</summary>
    public Cursor Definition => new(NativeMethods.clang_getCursorDefinition(Raw), _tu);
    /// <summary>The canonical declaration.</summary>
    public Cursor Canonical => new(NativeMethods.clang_getCanonicalCursor(Raw), _tu);
    /// <summary>The semantic parent.</summary>
    public Cursor SemanticParent => new(NativeMethods.clang_getCursorSemanticParent(Raw), _tu);
    /// <summary>The lexical parent.</summary>
    public Cursor LexicalParent => new(NativeMethods.clang_getCursorLexicalParent(Raw), _tu);
    /// <summary>True for an anonymous record or namespace.</summary>
    public bool IsAnonymous => NativeMethods.clang_Cursor_isAnonymous(Raw) != 0;
    /// <summary>True for an anonymous struct/union member (no field name, members injected into the parent).</summary>
    public bool IsAnonymousRecordDecl => NativeMethods.clang_Cursor_isAnonymousRecordDecl(Raw) != 0;
    /// <summary>True for a bitfield.</summary>
    public bool IsBitField => NativeMethods.clang_Cursor_isBitField(Raw) != 0;
    /// <summary>Width of a bitfield.</summary>
    public int FieldBitWidth => NativeMethods.clang_getFieldDeclBitWidth(Raw);
    /// <summary>Offset of a field in bits from the start of its record, or negative on error.</summary>
    public long OffsetOfField => NativeMethods.clang_Cursor_getOffsetOfField(Raw);
    /// <summary>Number of function arguments, -1 for non-functions.</summary>
    public int NumArguments => NativeMethods.clang_Cursor_getNumArguments(Raw);
    /// <summary>A function argument cursor.</summary>
    public Cursor Argument(int index) => new(NativeMethods.clang_Cursor_getArgument(Raw, (uint)index), _tu);
    /// <summary>Storage class (CX_StorageClass: 1 none, 2 extern, 3 static...).</summary>
    public int StorageClass => NativeMethods.clang_Cursor_getStorageClass(Raw);
    /// <summary>True for an inline function.</summary>
    public bool IsFunctionInlined => NativeMethods.clang_Cursor_isFunctionInlined(Raw) != 0;
    /// <summary>True for a function-like macro.</summary>
    public bool IsMacroFunctionLike => NativeMethods.clang_Cursor_isMacroFunctionLike(Raw) != 0;
    /// <summary>True for a builtin macro.</summary>
    public bool IsMacroBuiltin => NativeMethods.clang_Cursor_isMacroBuiltin(Raw) != 0;
    /// <summary>True for a variadic function.</summary>
    public bool IsVariadic => NativeMethods.clang_Cursor_isVariadic(Raw) != 0;
    /// <summary>True when attributes are attached.</summary>
    public bool HasAttributes => NativeMethods.clang_Cursor_hasAttrs(Raw) != 0;
    /// <summary>The raw doc comment attached to the declaration, or empty.</summary>
    public string RawComment => NativeMethods.Take(NativeMethods.clang_Cursor_getRawCommentText(Raw));

    /// <summary>Expansion location of the cursor.</summary>
    public SourceLocation Location => ClangLocation.Expansion(NativeMethods.clang_getCursorLocation(Raw), _tu);

    internal CXSourceRange Extent => NativeMethods.clang_getCursorExtent(Raw);

    /// <summary>For an inclusion directive, the full path of the file it included as clang opened it; empty when none.</summary>
    public string IncludedFile
    {
        get
        {
            var file = NativeMethods.clang_getIncludedFile(Raw);
            return file == 0 ? string.Empty : _tu is not null ? _tu.FileName(file) : ClangLocation.FileName(file);
        }
    }

    /// <summary>
    /// For an inclusion directive, true when the name is written between angle brackets (<c>#include &lt;x.h&gt;</c>, or a
    /// macro that expands to such a name), false for a quoted name (<c>#include "x.h"</c>).
    /// </summary>
    public bool IsAngledInclusion
    {
        get
        {
            foreach (var token in Tokens())
            {
                if (token.Spelling.StartsWith('"')) return false;
                if (token.Spelling == "<") return true;
            }
            return true;
        }
    }

    /// <summary>The direct children, in source order.</summary>
    public List<Cursor> Children()
    {
        var state = new VisitState(_tu);
        var handle = GCHandle.Alloc(state);
        try
        {
            NativeMethods.clang_visitChildren(Raw, &VisitChild, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
        return state.Children;
    }

    private sealed class VisitState(TranslationUnit? tu)
    {
        public readonly List<Cursor> Children = [];
        public readonly TranslationUnit? Tu = tu;
    }

    [UnmanagedCallersOnly]
    private static int VisitChild(CXCursor cursor, CXCursor parent, nint data)
    {
        var state = (VisitState)GCHandle.FromIntPtr(data).Target!;
        state.Children.Add(new Cursor(cursor, state.Tu));
        return 1; // CXChildVisit_Continue
    }

    /// <summary>The value of a variable's initializer as clang evaluates it (<c>clang_Cursor_Evaluate</c>).</summary>
    public Evaluation Evaluate() => Evaluation.Of(Raw);

    /// <summary>True when the cursor is in the main file of its translation unit.</summary>
    public bool IsFromMainFile => NativeMethods.clang_Location_isFromMainFile(NativeMethods.clang_getCursorLocation(Raw)) != 0;

    /// <summary>The tokens of this cursor's extent (used for macro bodies).</summary>
    public List<Token> Tokens() => TranslationUnit.Tokenize(Extent);

    /// <inheritdoc/>
    public bool Equals(Cursor other) => NativeMethods.clang_equalCursors(Raw, other.Raw) != 0;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Cursor c && Equals(c);
    /// <inheritdoc/>
    public override int GetHashCode() => (int)NativeMethods.clang_hashCursor(Raw);
    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Spelling}";
}

/// <summary>A preprocessor or C token.</summary>
public readonly record struct Token(TokenKind Kind, string Spelling);

internal static unsafe class ClangLocation
{
    /// <summary>The expansion location; with <paramref name="tu"/>, file names come from its cache (one string per file, not per call).</summary>
    public static SourceLocation Expansion(CXSourceLocation location, TranslationUnit? tu = null)
    {
        nint file;
        uint line, column, offset;
        NativeMethods.clang_getExpansionLocation(location, &file, &line, &column, &offset);
        var name = file == 0 ? string.Empty : tu is not null ? tu.FileName(file) : NativeMethods.Take(NativeMethods.clang_getFileName(file));
        bool system = NativeMethods.clang_Location_isInSystemHeader(location) != 0;
        return new SourceLocation(name, (int)line, (int)column, (int)offset, system);
    }

    public static string FileName(nint file) => file == 0 ? string.Empty : NativeMethods.Take(NativeMethods.clang_getFileName(file));
}
