using System.Runtime.InteropServices;
using System.Text;
using BindGen.Clang.Interop;

namespace BindGen.Clang;

/// <summary>Severity of a clang diagnostic (CXDiagnosticSeverity).</summary>
public enum ClangSeverity
{
#pragma warning disable CS1591
    Ignored = 0, Note = 1, Warning = 2, Error = 3, Fatal = 4,
#pragma warning restore CS1591
}

/// <summary>A diagnostic clang reported while parsing.</summary>
public sealed record ClangDiagnostic(ClangSeverity Severity, SourceLocation Location, string Message);

/// <summary>
/// A header file the translation unit read, with the file and line that first included it (null for the main file), and
/// whether clang treats it as a system header (found through <c>-isystem</c> or a default system include folder).
/// </summary>
public sealed record Inclusion(string File, SourceLocation? IncludedFrom, bool IsSystem = false);

/// <summary>Options for <see cref="TranslationUnit.Parse"/>.</summary>
public sealed record ParseOptions
{
    /// <summary>Keep macro definitions (needed for constants).</summary>
    public bool DetailedPreprocessingRecord { get; init; } = true;
    /// <summary>Do not parse function bodies (static inline functions keep their declarations).</summary>
    public bool SkipFunctionBodies { get; init; } = true;
}

/// <summary>A parsed translation unit. Dispose it to free libclang's memory.</summary>
public sealed unsafe class TranslationUnit : IDisposable
{
    private nint _index;
    private nint _handle;

    private TranslationUnit(nint index, nint handle)
    {
        _index = index;
        _handle = handle;
    }

    internal nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(TranslationUnit));

    // USR and name of the declarations types name (records, enums, typedefs): the walk asks for them again each time a
    // type names the declaration, and libclang builds a USR by printing the declaration's context every time. Other
    // declarations (functions, parameters, fields, enumerators) are asked once: nothing to remember.
    private readonly RecentStrings _usrs = new();
    private readonly RecentStrings _spellings = new();

    internal string Usr(CXCursor cursor) => !IsNamedByTypes(cursor.Kind)
        ? NativeMethods.Take(NativeMethods.clang_getCursorUSR(cursor))
        : _usrs.Find(cursor.Kind, cursor.Data0) ?? _usrs.Remember(cursor.Kind, cursor.Data0, NativeMethods.Take(NativeMethods.clang_getCursorUSR(cursor)));

    internal string Spelling(CXCursor cursor) => !IsNamedByTypes(cursor.Kind)
        ? NativeMethods.Take(NativeMethods.clang_getCursorSpelling(cursor))
        : _spellings.Find(cursor.Kind, cursor.Data0) ?? _spellings.Remember(cursor.Kind, cursor.Data0, NativeMethods.Take(NativeMethods.clang_getCursorSpelling(cursor)));

    // Spellings of types, by the type itself (its first data word is the qualified type): the same few types ("int",
    // "const char *") are spelled again for every parameter and field, and libclang prints the type every time.
    private readonly RecentStrings _typeSpellings = new();

    internal string TypeSpelling(CXType type) =>
        _typeSpellings.Find(type.Kind, type.Data0) ?? _typeSpellings.Remember(type.Kind, type.Data0, NativeMethods.Take(NativeMethods.clang_getTypeSpelling(type)));

    // CXCursor_StructDecl, UnionDecl, EnumDecl, TypedefDecl: their first data word is the declaration itself.
    private static bool IsNamedByTypes(int kind) => kind is 2 or 3 or 5 or 20;

    // CXFile handles live as long as the translation unit: the name of each file is read and decoded once.
    private readonly Dictionary<nint, string> _fileNames = [];

    internal string FileName(nint file)
    {
        if (!_fileNames.TryGetValue(file, out var name)) _fileNames[file] = name = NativeMethods.Take(NativeMethods.clang_getFileName(file));
        return name;
    }

    /// <summary>
    /// Parses <paramref name="file"/> with <paramref name="arguments"/>. <paramref name="unsavedFiles"/> maps in-memory
    /// file names to contents. Returns null and an error code when libclang cannot even start (for example, an unreadable file).
    /// </summary>
    public static TranslationUnit? Parse(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? unsavedFiles, ParseOptions options, out int errorCode)
    {
        LibClangLoader.Load();
        var index = NativeMethods.clang_createIndex(0, 0);
        var allocations = new List<nint>();
        try
        {
            byte* Utf8(string s)
            {
                var bytes = Encoding.UTF8.GetBytes(s + "\0");
                var p = (byte*)NativeMemory.Alloc((nuint)bytes.Length);
                bytes.CopyTo(new Span<byte>(p, bytes.Length));
                allocations.Add((nint)p);
                return p;
            }

            var argv = stackalloc byte*[arguments.Count];
            for (int i = 0; i < arguments.Count; i++) argv[i] = Utf8(arguments[i]);
            var unsaved = unsavedFiles ?? new Dictionary<string, string>();
            var files = stackalloc CXUnsavedFile[Math.Max(1, unsaved.Count)];
            int n = 0;
            foreach (var (name, contents) in unsaved)
            {
                files[n].Filename = Utf8(name);
                var bytes = Encoding.UTF8.GetByteCount(contents);
                files[n].Contents = Utf8(contents);
                files[n].Length = (nuint)bytes;
                n++;
            }

            uint flags = 0x200; // KeepGoing: report every error, do not stop at the first fatal one
            if (options.DetailedPreprocessingRecord) flags |= 0x01;
            if (options.SkipFunctionBodies) flags |= 0x40;
            nint tu;
            errorCode = NativeMethods.clang_parseTranslationUnit2(index, Utf8(file), argv, arguments.Count, files, (uint)n, flags, &tu);
            if (errorCode != 0 || tu == 0)
            {
                NativeMethods.clang_disposeIndex(index);
                return null;
            }
            return new TranslationUnit(index, tu);
        }
        finally
        {
            foreach (var p in allocations) NativeMemory.Free((void*)p);
        }
    }

    /// <summary>The root cursor.</summary>
    public Cursor Cursor => new(NativeMethods.clang_getTranslationUnitCursor(Handle), this);

    /// <summary>The target triple and pointer width (bits) this translation unit was parsed for.</summary>
    public (string Triple, int PointerWidth) Target()
    {
        var info = NativeMethods.clang_getTranslationUnitTargetInfo(Handle);
        try
        {
            return (NativeMethods.Take(NativeMethods.clang_TargetInfo_getTriple(info)), NativeMethods.clang_TargetInfo_getPointerWidth(info));
        }
        finally
        {
            NativeMethods.clang_TargetInfo_dispose(info);
        }
    }

    /// <summary>Every diagnostic clang produced.</summary>
    public List<ClangDiagnostic> Diagnostics()
    {
        var list = new List<ClangDiagnostic>();
        uint count = NativeMethods.clang_getNumDiagnostics(Handle);
        for (uint i = 0; i < count; i++)
        {
            var d = NativeMethods.clang_getDiagnostic(Handle, i);
            try
            {
                list.Add(new ClangDiagnostic(
                    (ClangSeverity)NativeMethods.clang_getDiagnosticSeverity(d),
                    ClangLocation.Expansion(NativeMethods.clang_getDiagnosticLocation(d)),
                    NativeMethods.Take(NativeMethods.clang_getDiagnosticSpelling(d))));
            }
            finally
            {
                NativeMethods.clang_disposeDiagnostic(d);
            }
        }
        return list;
    }

    /// <summary>Every file the translation unit read, with where it was included from.</summary>
    public List<Inclusion> Inclusions()
    {
        var state = new InclusionState(Handle);
        var handle = GCHandle.Alloc(state);
        try
        {
            NativeMethods.clang_getInclusions(Handle, &VisitInclusion, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
        return state.List;
    }

    private sealed class InclusionState(nint handle)
    {
        public readonly nint Handle = handle;
        public readonly List<Inclusion> List = [];
    }

    [UnmanagedCallersOnly]
    private static void VisitInclusion(nint file, CXSourceLocation* stack, uint depth, nint data)
    {
        var state = (InclusionState)GCHandle.FromIntPtr(data).Target!;
        bool system = NativeMethods.clang_Location_isInSystemHeader(NativeMethods.clang_getLocationForOffset(state.Handle, file, 0)) != 0;
        state.List.Add(new Inclusion(ClangLocation.FileName(file), depth > 0 ? ClangLocation.Expansion(stack[0]) : null, system));
    }

    internal List<Token> Tokenize(CXSourceRange range)
    {
        CXToken* tokens;
        uint count;
        NativeMethods.clang_tokenize(Handle, range, &tokens, &count);
        var list = new List<Token>((int)count);
        try
        {
            for (uint i = 0; i < count; i++)
            {
                list.Add(new Token((TokenKind)NativeMethods.clang_getTokenKind(tokens[i]), NativeMethods.Take(NativeMethods.clang_getTokenSpelling(Handle, tokens[i]))));
            }
        }
        finally
        {
            if (tokens != null) NativeMethods.clang_disposeTokens(Handle, tokens, count);
        }
        return list;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.clang_disposeTranslationUnit(_handle);
            _handle = 0;
        }
        if (_index != 0)
        {
            NativeMethods.clang_disposeIndex(_index);
            _index = 0;
        }
    }
}
