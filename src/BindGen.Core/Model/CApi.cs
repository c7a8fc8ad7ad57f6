using System.Collections.Frozen;
using System.Collections.Immutable;

namespace BindGen.Core.Model;

/// <summary>The C API as data: every declaration the parse found, keyed by USR. Passes return new instances.</summary>
public sealed record CApi
{

    /// <summary>Structs and unions.</summary>
    public ImmutableArray<CRecord> Records { get; init; } = [];
    /// <summary>Enums.</summary>
    public ImmutableArray<CEnum> Enums { get; init; } = [];
    /// <summary>Typedefs.</summary>
    public ImmutableArray<CTypedef> Typedefs { get; init; } = [];
    /// <summary>Functions.</summary>
    public ImmutableArray<CFunction> Functions { get; init; } = [];
    /// <summary>Macro constants.</summary>
    public ImmutableArray<CConstant> Constants { get; init; } = [];
    /// <summary>Global variables.</summary>
    public ImmutableArray<CGlobal> Globals { get; init; } = [];
    /// <summary>Function-like macros of the library's own headers.</summary>
    public ImmutableArray<CMacroFunction> MacroFunctions { get; init; } = [];
    /// <summary>Every file read, with its includer.</summary>
    public ImmutableArray<CSourceFile> Files { get; init; } = [];
    /// <summary>The target the layout was computed for.</summary>
    public required CTarget Target { get; init; }

    /// <summary>Creates an empty API.</summary>
    public CApi() { }

    // `with` copies go through here: the lookup caches below must not survive a change of the arrays.
    private CApi(CApi original)
    {
        Records = original.Records;
        Enums = original.Enums;
        Typedefs = original.Typedefs;
        Functions = original.Functions;
        Constants = original.Constants;
        Globals = original.Globals;
        MacroFunctions = original.MacroFunctions;
        Files = original.Files;
        Target = original.Target;
    }

    private Dictionary<string, CRecord>? _records;
    private Dictionary<string, CEnum>? _enums;
    private Dictionary<string, CTypedef>? _typedefs;

    /// <summary>Finds a record by key.</summary>
    public CRecord Record(string key) => (_records ??= Records.ToDictionary(r => r.Key, StringComparer.Ordinal))[key];
    /// <summary>Finds an enum by key.</summary>
    public CEnum Enum(string key) => (_enums ??= Enums.ToDictionary(r => r.Key, StringComparer.Ordinal))[key];
    /// <summary>Finds a typedef by key.</summary>
    public CTypedef Typedef(string key) => (_typedefs ??= Typedefs.ToDictionary(r => r.Key, StringComparer.Ordinal))[key];
    /// <summary>Finds a typedef by key; null when this model does not hold it (a pass left it out).</summary>
    public CTypedef? FindTypedef(string key) => (_typedefs ??= Typedefs.ToDictionary(r => r.Key, StringComparer.Ordinal)).GetValueOrDefault(key);
    /// <summary>Follows typedefs to the type they name (the one place typedefs are stripped).</summary>
    public CType StripTypedefs(CType type) => type is CTypedefRef t ? StripTypedefs(Typedef(t.Key).Underlying) : type;
}

/// <summary>
/// Target facts the parse used, read from clang once per target (<see cref="Parsing.TargetProbe"/>): never the host's,
/// never guessed from the triple. The defaults of the init-only facts are x86_64 Linux's, for models built by hand in tests.
/// </summary>
/// <param name="Triple">The target triple clang parsed for.</param>
/// <param name="PointerSize">Pointer size in bytes.</param>
/// <param name="LongSize">Size of <c>long</c> in bytes.</param>
/// <param name="IsWindows">True when clang defines <c>_WIN32</c> for the target.</param>
public sealed record CTarget(string Triple, int PointerSize, int LongSize, bool IsWindows)
{
    /// <summary>True when plain <c>char</c> is signed (clang's <c>Char_S</c>), false when unsigned (<c>Char_U</c>).</summary>
    public bool CharIsSigned { get; init; } = true;
    /// <summary>Size of <c>wchar_t</c> in bytes (2 on Windows, 4 elsewhere).</summary>
    public int WCharSize { get; init; } = 4;
    /// <summary>True when <c>wchar_t</c> is a signed type.</summary>
    public bool WCharIsSigned { get; init; } = true;
    /// <summary>Alignment of <c>long long</c> and <c>double</c> inside records, in bytes (4 on i386 System V, 8 elsewhere).</summary>
    public int LongLongAlign { get; init; } = 8;
    /// <summary>Size of <c>long double</c> in bytes (16 on x86_64 System V, 8 on Windows and Apple arm64).</summary>
    public int LongDoubleSize { get; init; } = 16;
    /// <summary>True when bitfields are laid out by Microsoft's rules (a new unit when the declared type changes).</summary>
    public bool MicrosoftBitfields { get; init; }
    /// <summary>True when clang defines <c>__APPLE__</c> for the target.</summary>
    public bool IsApple { get; init; }

    /// <summary>The operating-system family: "windows", "apple" or "unix" (everything else).</summary>
    public string OsFamily => IsWindows ? "windows" : IsApple ? "apple" : "unix";
}
