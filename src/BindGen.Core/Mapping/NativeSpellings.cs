using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>Decides the <c>[NativeTypeName]</c> text: the C spelling when it differs from the C# one, never a path.</summary>
public static class NativeSpellings
{
    /// <summary>The C spelling to record, or null when none is needed (same spelling, or an anonymous type clang names by location).</summary>
    public static string? For(CType type, string csText)
    {
        var spelling = type.Spelling;
        if (spelling == csText) return null;
        // clang spells anonymous records "struct (unnamed struct at /abs/path.h:3:5)": machine-specific, so never emitted.
        if (spelling.Contains("(unnamed", StringComparison.Ordinal) || spelling.Contains("(anonymous", StringComparison.Ordinal)) return null;
        return spelling;
    }
}
