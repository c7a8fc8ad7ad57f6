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
    /// <summary>DllImport (default, needs no source generator) or LibraryImport.</summary>
    public ImportStyle ImportStyle { get; init; } = ImportStyle.DllImport;
    /// <summary>Split output into one file per kind (the output path is a folder).</summary>
    public bool SplitFiles { get; init; }
    /// <summary>
    /// C functions whose imports get <c>[SuppressGCTransition]</c>: only for trivial functions that never block, call back
    /// into .NET, take locks or run long (see docs/performance.md).
    /// </summary>
    public ImmutableArray<string> SuppressGCTransition { get; init; } = [];
    /// <summary>Folder relative paths are resolved against (default: the process's current directory).</summary>
    public string? WorkingDirectory { get; init; }

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
