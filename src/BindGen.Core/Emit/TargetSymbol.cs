namespace BindGen.Core.Emit;

/// <summary>The conditional-compilation symbol of a target's variant file: <c>BINDGEN_</c> and the triple in capitals, '_' for the rest.</summary>
public static class TargetSymbol
{
    /// <summary><c>x86_64-pc-windows-msvc</c> → <c>BINDGEN_X86_64_PC_WINDOWS_MSVC</c>.</summary>
    public static string Of(string triple) =>
        "BINDGEN_" + string.Concat(triple.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_'));
}
