using BindGen.Clang;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>Mutable state of one parse: declarations found so far by key, and the diagnostics bag.</summary>
internal sealed class ParseContext(DiagnosticBag diagnostics, CTarget target)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public CTarget Target { get; } = target;
    public Dictionary<string, CRecord> Records { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, CEnum> Enums { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, CTypedef> Typedefs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, CFunction> Functions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, CGlobal> Globals { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Function or variable key → where it is declared again after its first declaration (a library header redeclaring
    /// <c>free</c> after stdlib.h); named record key → every place it is declared (<c>struct timeval;</c>). The
    /// declaration belongs to the library when any of its declarations is in the library's files.
    /// </summary>
    public Dictionary<string, List<CLocation>> Redeclarations { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys of declarations being built, so self-referential types terminate.</summary>
    public HashSet<string> InProgress { get; } = new(StringComparer.Ordinal);

    /// <summary>Typedef name → key, for macro casts and sizeof.</summary>
    public Dictionary<string, string> TypedefsByName { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Enumerator name → (value, C type), for macros that refer to enum constants: the first enumerator of a name, in the
    /// order the walk met the enums. Built from <see cref="Enums"/> when a macro first asks (after the walk): most macros
    /// name no enumerator, and a header has tens of thousands of them.
    /// </summary>
    public Dictionary<string, (Int128 Value, CPrimitiveKind Type)> EnumConstants => _enumConstants ??= EnumConstantsOf(Enums.Values);

    private Dictionary<string, (Int128 Value, CPrimitiveKind Type)>? _enumConstants;

    private static Dictionary<string, (Int128 Value, CPrimitiveKind Type)> EnumConstantsOf(IEnumerable<CEnum> enums)
    {
        var constants = new Dictionary<string, (Int128 Value, CPrimitiveKind Type)>(StringComparer.Ordinal);
        foreach (var e in enums)
        {
            foreach (var c in e.Constants)
            {
                // C gives an enumeration constant type int when its value fits, else the enum's integer type.
                var type = c.Value >= int.MinValue && c.Value <= int.MaxValue ? CPrimitiveKind.Int : e.IntegerType.Kind;
                constants.TryAdd(c.Name, (c.Value, type));
            }
        }
        return constants;
    }

    /// <summary>Record tag → key, for <c>sizeof(struct x)</c> in macros.</summary>
    public Dictionary<string, string> RecordsByTag { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The model's location: full paths, as in <see cref="CApi.Files"/> (clang names a header found through a relative
    /// include folder, <c>-isystem sub/include</c>, by a relative path).
    /// </summary>
    /// <remarks>
    /// The file is a full normalized path, as the library's files are listed: clang names a header reached by
    /// <c>#include "../x.h"</c> <c>dir/../x.h</c>, and left so its declarations matched no library file and vanished.
    /// </remarks>
    public static CLocation ToLocation(SourceLocation location) =>
        location.IsEmpty ? CLocation.None : new CLocation(Normalized(location.File), location.Line, location.Column);

    private static string Normalized(string file) =>
        !Path.IsPathRooted(file) || file.Contains("/.", StringComparison.Ordinal) || file.Contains("\\.", StringComparison.Ordinal) || file.Contains("//", StringComparison.Ordinal)
            ? HeaderParser.NormalizePath(file) : file;
}
