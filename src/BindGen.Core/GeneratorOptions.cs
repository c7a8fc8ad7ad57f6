using System.Collections.Immutable;

namespace BindGen.Core;

/// <summary>Everything a run can be told. The CLI and the MSBuild task both build this one record.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Headers to bind (the library's public headers).</summary>
    public ImmutableArray<string> Headers { get; init; } = [];
    /// <summary>Namespace of the generated code.</summary>
    public string Namespace { get; init; } = "Bindings";
    /// <summary>Library name used in DllImport (e.g. "z").</summary>
    public string LibraryName { get; init; } = "";
    /// <summary>Name of the static partial class holding functions and constants.</summary>
    public string ClassName { get; init; } = "Native";
    /// <summary>-I directories.</summary>
    public ImmutableArray<string> IncludeDirectories { get; init; } = [];
    /// <summary>-D NAME[=VALUE] definitions.</summary>
    public ImmutableArray<string> Defines { get; init; } = [];
    /// <summary>Extra arguments passed to clang as they are.</summary>
    public ImmutableArray<string> ClangArguments { get; init; } = [];
    /// <summary>Files or folders whose declarations are emitted (replaces the default "the library's own headers" rule).</summary>
    public ImmutableArray<string> Traverse { get; init; } = [];
    /// <summary>A folder whose templates override the built-in ones of the same name.</summary>
    public string? TemplatesDirectory { get; init; }
    /// <summary>Target triple to parse for (default: libclang's default target, the host).</summary>
    public string? TargetTriple { get; init; }
    /// <summary>
    /// Several target triples to generate for at once (<c>--target</c> repeated, config <c>targets</c>): each is parsed and
    /// mapped on its own; what all agree on is emitted once, the rest per target (docs/portability.md). One entry is the
    /// same as <see cref="TargetTriple"/>.
    /// </summary>
    public ImmutableArray<string> Targets { get; init; } = [];
    /// <summary>
    /// <c>--sysroot</c> values passed to clang: <c>DIR</c> for every target, or <c>TRIPLE=DIR</c> for one (which wins), for
    /// targets whose C library headers are not this machine's.
    /// </summary>
    public ImmutableArray<string> Sysroots { get; init; } = [];
    /// <summary>DllImport (default, needs no source generator) or LibraryImport.</summary>
    public ImportStyle ImportStyle { get; init; } = ImportStyle.DllImport;
    /// <summary>Static imports (default), or a function-pointer table loaded at run time (docs/dynamic-loading.md).</summary>
    public Loading Loading { get; init; } = Loading.Static;
    /// <summary>Split output into one file per kind (the output path is a folder).</summary>
    public bool SplitFiles { get; init; }
    /// <summary>Name patterns (glob, or /regex/) of declarations to emit; empty: all of the library's own.</summary>
    public ImmutableArray<string> Include { get; init; } = [];
    /// <summary>Name patterns of declarations not to emit.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];
    /// <summary>Path patterns (glob on the full path with '/', or /regex/) of the own headers whose declarations are emitted; empty: all.</summary>
    public ImmutableArray<string> IncludeFiles { get; init; } = [];
    /// <summary>Path patterns of the own headers whose declarations are not emitted.</summary>
    public ImmutableArray<string> ExcludeFiles { get; init; } = [];
    /// <summary>Name patterns of records to emit as opaque structs (used through pointers only).</summary>
    public ImmutableArray<string> Opaque { get; init; } = [];
    /// <summary>Prefixes removed from C# names of types, enum members, functions, variables and constants (the longest that matches).</summary>
    public ImmutableArray<string> StripPrefixes { get; init; } = [];
    /// <summary>PascalCase C# names for types, functions and enum members (after <see cref="StripPrefixes"/>; renames are kept as given).</summary>
    public bool PascalCase { get; init; }
    /// <summary>Explicit C# names: <c>OLD=NEW</c> with OLD a C name. Wins over <see cref="StripPrefixes"/>.</summary>
    public ImmutableArray<string> Renames { get; init; } = [];
    /// <summary>
    /// Per-platform file names of the library, <c>PLATFORM=FILE</c> (e.g. <c>linux=libz.so.1</c>): the generated class
    /// then resolves <see cref="LibraryName"/> to them when the runtime's own probing finds nothing.
    /// </summary>
    public ImmutableArray<string> LibraryFileNames { get; init; } = [];
    /// <summary>
    /// Path of the shim C file to write: one exported wrapper per <c>static</c>/<c>static inline</c> function, per
    /// function-like macro given a signature (forwarding macros automatically, others by <see cref="MacroFunctions"/>) and
    /// per <see cref="Variadic"/> instantiation. Those functions are imported from the shim library
    /// (<c>lib&lt;library&gt;_shim</c>, see <see cref="BuildShim"/>).
    /// </summary>
    public string? Shim { get; init; }
    /// <summary>
    /// Path of a C# file of layout tests to write: a static class whose assertion methods check each record's size,
    /// alignment and member offsets against C's (libclang's) for the target, and whose <c>Verify()</c> runs them all.
    /// </summary>
    public string? LayoutTests { get; init; }
    /// <summary>The former name of <see cref="Shim"/> (<c>--wrap-static-inline</c>), kept as an alias.</summary>
    public string? WrapStaticInline { get => Shim; init => Shim = value; }
    /// <summary>
    /// Compile <see cref="Shim"/> with the system C compiler (<c>$CC</c>, else cc, gcc, clang) into the shim library,
    /// linked against the library; wrappers that do not compile are reported and dropped.
    /// </summary>
    public bool BuildShim { get; init; }
    /// <summary>Extra arguments for the C compiler building the shim (e.g. <c>-L</c> folders), after BindGen's own.</summary>
    public ImmutableArray<string> ShimCompilerArguments { get; init; } = [];
    /// <summary>Signatures of function-like macros, <c>NAME=RET (T a, U b)</c>, bound through the shim.</summary>
    public ImmutableArray<string> MacroFunctions { get; init; } = [];
    /// <summary>Fixed-arity instantiations of variadic functions, <c>NAME=T1, T2</c> (the C types after the fixed parameters).</summary>
    public ImmutableArray<string> Variadic { get; init; } = [];
    /// <summary>Name patterns of the functions imported with <c>SetLastError = true</c> (errno / GetLastError captured).</summary>
    public ImmutableArray<string> SetLastError { get; init; } = [];
    /// <summary>Also emit the safe-wrapper layer (strings, SafeHandles, out params, spans, status exceptions, callbacks).</summary>
    public bool SafeWrappers { get; init; }
    /// <summary>Safe-wrapper config file (JSON), or null for conventions only.</summary>
    public string? SafeConfigPath { get; init; }
    /// <summary>
    /// C functions whose imports get <c>[SuppressGCTransition]</c>: only for trivial functions that never block, call back
    /// into .NET, take locks or run long (see docs/performance.md).
    /// </summary>
    public ImmutableArray<string> SuppressGCTransition { get; init; } = [];
    /// <summary>Folder relative paths are resolved against (default: the process's current directory).</summary>
    public string? WorkingDirectory { get; init; }
    /// <summary>How messages name options: neutral by default; a front end passes its users' spelling (the CLI: <see cref="OptionNames.CommandLine"/>).</summary>
    public OptionNames OptionNames { get; init; } = OptionNames.Neutral;

    internal string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory ?? Directory.GetCurrentDirectory());
}

/// <summary>How functions are imported.</summary>
public enum ImportStyle
{
    /// <summary><c>[DllImport]</c> extern methods: blittable signatures, no source generator needed.</summary>
    DllImport,
    /// <summary><c>[LibraryImport]</c> partial methods: needs the LibraryImport source generator (the .NET SDK runs it).</summary>
    LibraryImport,
}

/// <summary>When and how functions are bound to their native code.</summary>
public enum Loading
{
    /// <summary>Static imports (<c>[DllImport]</c> or <c>[LibraryImport]</c>): the runtime binds each function at its first call.</summary>
    Static,
    /// <summary>An instance class holding a table of function pointers filled by a loader, each resolved at its first call.</summary>
    Dynamic,
    /// <summary>Like <see cref="Dynamic"/>, with every function resolved when the instance is created.</summary>
    DynamicEager,
}
