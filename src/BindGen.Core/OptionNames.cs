namespace BindGen.Core;

/// <summary>An option a message may have to name (the core words it; each front end spells it, see <see cref="OptionNames"/>).</summary>
public enum BindGenOption
{
    /// <summary>The declaration include filter.</summary>
    Include,
    /// <summary>The declaration exclude filter.</summary>
    Exclude,
    /// <summary>Records emitted without fields.</summary>
    Opaque,
    /// <summary>The header include filter.</summary>
    IncludeFile,
    /// <summary>The header exclude filter.</summary>
    ExcludeFile,
    /// <summary>Headers named as the library's.</summary>
    Traverse,
    /// <summary>A C name given another C# name.</summary>
    Rename,
    /// <summary>Per-platform library file names.</summary>
    LibraryName,
    /// <summary>Functions imported with SetLastError.</summary>
    SetLastError,
    /// <summary>Functions imported with SuppressGCTransition.</summary>
    SuppressGCTransition,
    /// <summary>Signatures of function-like macros.</summary>
    MacroFunction,
    /// <summary>Instantiations of variadic functions.</summary>
    Variadic,
    /// <summary>An argument passed to clang.</summary>
    ClangArgument,
    /// <summary>Building the shim library.</summary>
    BuildShim,
    /// <summary>An argument passed to the shim's C compiler.</summary>
    ShimCompilerArgument,
    /// <summary>Overwriting files BindGen did not write.</summary>
    Force,
    /// <summary>The list of headers read, with why each counts as the library's or not.</summary>
    ExplainHeaders,
    /// <summary>A target's C library headers (<c>TRIPLE=DIR</c>).</summary>
    Sysroot,
}

/// <summary>
/// How messages of the core name options. The core words them neutrally (<see cref="Neutral"/>: "the include filter"),
/// because MSBuild and bindgen.json users never typed a command-line flag; a front end passes the spelling its users
/// write (<see cref="CommandLine"/>: <c>--include</c>) in <see cref="GeneratorOptions.OptionNames"/>.
/// </summary>
public sealed class OptionNames(Func<BindGenOption, string> spell, Func<string, string> patternOf)
{
    /// <summary>The options as concepts, for callers of the core that are no command line.</summary>
    public static readonly OptionNames Neutral = new(option => option switch
    {
        BindGenOption.Include => "the include filter",
        BindGenOption.Exclude => "the exclude filter",
        BindGenOption.Opaque => "the opaque list",
        BindGenOption.IncludeFile => "the include-file filter",
        BindGenOption.ExcludeFile => "the exclude-file filter",
        BindGenOption.Traverse => "the traverse list",
        BindGenOption.Rename => "a rename",
        BindGenOption.LibraryName => "the library file names",
        BindGenOption.SetLastError => "the set-last-error list",
        BindGenOption.SuppressGCTransition => "the suppress-GC-transition list",
        BindGenOption.MacroFunction => "the macro-function signatures",
        BindGenOption.Variadic => "the variadic instantiations",
        BindGenOption.ClangArgument => "the clang arguments",
        BindGenOption.BuildShim => "building the shim",
        BindGenOption.ShimCompilerArgument => "the shim compiler arguments",
        BindGenOption.Force => "the force option",
        BindGenOption.ExplainHeaders => "the header explanation (explain-headers)",
        BindGenOption.Sysroot => "the sysroots",
        _ => option.ToString(),
    }, name => "pattern of " + name);

    /// <summary>The <c>bindgen</c> command line's flags.</summary>
    public static readonly OptionNames CommandLine = new(option => option switch
    {
        BindGenOption.Include => "--include",
        BindGenOption.Exclude => "--exclude",
        BindGenOption.Opaque => "--opaque",
        BindGenOption.IncludeFile => "--include-file",
        BindGenOption.ExcludeFile => "--exclude-file",
        BindGenOption.Traverse => "--traverse",
        BindGenOption.Rename => "--rename",
        BindGenOption.LibraryName => "--library-name",
        BindGenOption.SetLastError => "--set-last-error",
        BindGenOption.SuppressGCTransition => "--suppress-gc-transition",
        BindGenOption.MacroFunction => "--macro-function",
        BindGenOption.Variadic => "--variadic",
        BindGenOption.ClangArgument => "--clang-arg",
        BindGenOption.BuildShim => "--build-shim",
        BindGenOption.ShimCompilerArgument => "--shim-cc-arg",
        BindGenOption.Force => "--force",
        BindGenOption.ExplainHeaders => "--explain-headers",
        BindGenOption.Sysroot => "--sysroot",
        _ => option.ToString(),
    }, name => name + " pattern");

    /// <summary>How <paramref name="option"/> is named.</summary>
    public string this[BindGenOption option] => spell(option);

    /// <summary>One pattern of a filter option: <c>--include-file pattern</c>, or "pattern of the include-file filter".</summary>
    public string PatternOf(BindGenOption option) => patternOf(spell(option));
}
