using System.Text.Json;
using System.Text.Json.Serialization;

namespace BindGen.Cli.Config;

/// <summary>
/// The contents of a <c>bindgen.json</c> (see docs/config.md): every command-line option under its camelCase name.
/// Relative paths are relative to the file's folder. Options given on the command line override the file.
/// </summary>
public sealed class BindGenConfig
{
    /// <summary>C headers to bind.</summary>
    public string[]? Headers { get; set; }
    /// <summary>--output</summary>
    public string? Output { get; set; }
    /// <summary>--namespace</summary>
    public string? Namespace { get; set; }
    /// <summary>--library</summary>
    public string? Library { get; set; }
    /// <summary>--class</summary>
    public string? Class { get; set; }
    /// <summary>--include-directory</summary>
    public string[]? IncludeDirectories { get; set; }
    /// <summary>--define</summary>
    public string[]? Defines { get; set; }
    /// <summary>--clang-arg</summary>
    public string[]? ClangArgs { get; set; }
    /// <summary>--templates</summary>
    public string? Templates { get; set; }
    /// <summary>--traverse</summary>
    public string[]? Traverse { get; set; }
    /// <summary>--target</summary>
    public string? Target { get; set; }
    /// <summary>Several target triples (docs/portability.md); wins over <see cref="Target"/>.</summary>
    public string[]? Targets { get; set; }
    /// <summary>Sysroots passed to clang: <c>DIR</c>, or <c>TRIPLE=DIR</c> for one target.</summary>
    public string[]? Sysroots { get; set; }
    /// <summary>--library-import</summary>
    public bool? LibraryImport { get; set; }
    /// <summary>--loading</summary>
    public string? Loading { get; set; }
    /// <summary>--force</summary>
    public bool? Force { get; set; }
    /// <summary>--verbose</summary>
    public bool? Verbose { get; set; }
    /// <summary>--stats</summary>
    public bool? Stats { get; set; }
    /// <summary>--explain-headers</summary>
    public bool? ExplainHeaders { get; set; }
    /// <summary>--diagnostic-format</summary>
    public string? DiagnosticFormat { get; set; }
    /// <summary>--include-file</summary>
    public string[]? IncludeFiles { get; set; }
    /// <summary>--exclude-file</summary>
    public string[]? ExcludeFiles { get; set; }
    /// <summary>--pascal-case</summary>
    public bool? PascalCase { get; set; }
    /// <summary>--wrap-static-inline (alias of <see cref="Shim"/>)</summary>
    public string? WrapStaticInline { get; set; }
    /// <summary>--layout-tests</summary>
    public string? LayoutTests { get; set; }
    /// <summary>--shim</summary>
    public string? Shim { get; set; }
    /// <summary>--build-shim</summary>
    public bool? BuildShim { get; set; }
    /// <summary>--shim-cc-arg</summary>
    public string[]? ShimCcArgs { get; set; }
    /// <summary>--macro-function, as an object: macro name → signature <c>"RET (TYPE a, TYPE b)"</c>.</summary>
    public Dictionary<string, string>? MacroFunctions { get; set; }
    /// <summary>--variadic, as an object: function name → the lists of C types after its fixed parameters, one per overload.</summary>
    public Dictionary<string, string[]>? Variadic { get; set; }
    /// <summary>--set-last-error</summary>
    public string[]? SetLastError { get; set; }
    /// <summary>--include</summary>
    public string[]? Include { get; set; }
    /// <summary>--exclude</summary>
    public string[]? Exclude { get; set; }
    /// <summary>--opaque</summary>
    public string[]? Opaque { get; set; }
    /// <summary>--strip-prefix</summary>
    public string[]? StripPrefix { get; set; }
    /// <summary>--rename, as an object: C name → C# name.</summary>
    public Dictionary<string, string>? Rename { get; set; }
    /// <summary>--library-name, as an object: platform → file names in the order tried.</summary>
    public Dictionary<string, string[]>? LibraryNames { get; set; }

    /// <summary>--safe-wrappers.</summary>
    public bool? SafeWrappers { get; set; }

    /// <summary>--safe-config (relative to this file).</summary>
    public string? SafeConfig { get; set; }

    /// <summary>--suppress-gc-transition.</summary>
    public string[]? SuppressGcTransition { get; set; }

    /// <summary>Reads <paramref name="path"/>; throws <see cref="JsonException"/> or <see cref="IOException"/> with the reason.</summary>
    public static BindGenConfig Load(string path)
    {
        using var stream = File.OpenRead(path);
        var config = JsonSerializer.Deserialize(stream, BindGenConfigContext.Default.BindGenConfig) ?? new BindGenConfig();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string? Full(string? p) => p is null ? null : Path.GetFullPath(p, folder);
        string[]? All(string[]? paths) => paths?.Select(p => Path.GetFullPath(p, folder)).ToArray();
        config.Headers = All(config.Headers);
        // Keep a trailing separator: it asks for one file per kind.
        config.Output = config.Output is null ? null : Full(config.Output) + (config.Output.EndsWith('/') || config.Output.EndsWith('\\') ? "/" : "");
        config.IncludeDirectories = All(config.IncludeDirectories);
        config.Templates = Full(config.Templates);
        config.Traverse = All(config.Traverse);
        config.WrapStaticInline = Full(config.WrapStaticInline);
        config.Shim = Full(config.Shim);
        config.LayoutTests = Full(config.LayoutTests);
        config.SafeConfig = Full(config.SafeConfig);
        return config;
    }
}

/// <summary>Source-generated JSON metadata for <see cref="BindGenConfig"/> (no reflection: the tool is Native AOT compatible).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(BindGenConfig))]
public sealed partial class BindGenConfigContext : JsonSerializerContext;
