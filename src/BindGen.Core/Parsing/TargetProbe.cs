using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>
/// Reads the target's facts from clang: one small in-memory translation unit, parsed with the run's own arguments (target,
/// sysroot, defines), whose typedefs and one record clang lays out for that target. Why a probe and not the user's header:
/// it includes nothing, so it costs a millisecond or two and works whatever the header declares or fails to include; and
/// every fact is what clang computed (type kinds, sizeof, alignof, predefined macros), never a reading of the triple.
/// </summary>
internal static class TargetProbe
{
    /// <summary>Name of the in-memory probe file.</summary>
    public const string FileName = "bindgen-target-probe.h";

    // Each typedef names one fact; _WIN32 and __APPLE__ are what the target's own headers test.
    private const string Source = """
        typedef char bg_char;
        typedef long bg_long;
        typedef __WCHAR_TYPE__ bg_wchar;
        typedef void *bg_pointer;
        typedef long double bg_long_double;
        struct bg_long_long { char c; long long v; };
        struct bg_bitfields { char a : 4; int b : 4; };
        #if defined(_WIN32)
        typedef int bg_windows;
        #endif
        #if defined(__APPLE__)
        typedef int bg_apple;
        #endif
        """;

    /// <summary>
    /// The facts of the target <paramref name="arguments"/> (the run's clang command line) select; null when clang could not
    /// parse the probe. Macros and include options are left out (<see cref="ClangArgumentsBuilder.TargetOnly"/>).
    /// </summary>
    public static CTarget? Read(IReadOnlyList<string> arguments, string directory)
    {
        var path = Path.Combine(directory, FileName);
        using var tu = TranslationUnit.Parse(path, ClangArgumentsBuilder.TargetOnly(arguments), new Dictionary<string, string> { [path] = Source },
            new ParseOptions { DetailedPreprocessingRecord = false }, out _);
        if (tu is null) return null;
        var types = new Dictionary<string, ClangType>(StringComparer.Ordinal);
        foreach (var cursor in tu.Cursor.Children())
        {
            if (!cursor.IsFromMainFile) continue;
            if (cursor.Kind == CursorKind.TypedefDecl) types[cursor.Spelling] = cursor.TypedefUnderlyingType.Canonical;
            else if (cursor.Kind == CursorKind.StructDecl && cursor.IsDefinition) types[cursor.Spelling] = cursor.Type;
        }
        if (!types.TryGetValue("bg_char", out var plainChar) || !types.TryGetValue("bg_long", out var longType) || !types.TryGetValue("bg_wchar", out var wchar) ||
            !types.TryGetValue("bg_pointer", out var pointer) || !types.TryGetValue("bg_long_long", out var longLong) || !types.TryGetValue("bg_bitfields", out var bitfields))
            return null;
        var (triple, _) = tu.Target();
        return new CTarget(triple, (int)pointer.SizeOf, (int)longType.SizeOf, types.ContainsKey("bg_windows"))
        {
            CharIsSigned = plainChar.Kind == TypeKind.Char_S,
            WCharSize = (int)wchar.SizeOf,
            WCharIsSigned = wchar.Kind is TypeKind.Int or TypeKind.Short or TypeKind.Long or TypeKind.SChar or TypeKind.Char_S,
            LongLongAlign = (int)(longLong.OffsetOf("v") / 8),
            LongDoubleSize = types.TryGetValue("bg_long_double", out var longDouble) ? (int)longDouble.SizeOf : 8,
            // Two 4-bit fields fit one 4-byte unit by System V rules; Microsoft's start a new unit when the type changes.
            MicrosoftBitfields = bitfields.SizeOf > 4,
            IsApple = types.ContainsKey("bg_apple"),
        };
    }
}
