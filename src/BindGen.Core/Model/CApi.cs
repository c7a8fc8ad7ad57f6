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

/// <summary>Target facts the parse used: never the host's.</summary>
/// <param name="Triple">The target triple clang parsed for.</param>
/// <param name="PointerSize">Pointer size in bytes.</param>
/// <param name="LongSize">Size of <c>long</c> in bytes.</param>
/// <param name="IsWindows">True for Windows targets (wchar_t is 16-bit, long is 32-bit).</param>
public sealed record CTarget(string Triple, int PointerSize, int LongSize, bool IsWindows);
