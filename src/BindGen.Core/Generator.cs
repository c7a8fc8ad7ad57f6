using System.Collections.Immutable;
using BindGen.Clang;
using BindGen.Core.Diagnostics;
using BindGen.Core.Emit;
using BindGen.Core.Mapping;
using BindGen.Core.Parsing;
using BindGen.Core.Passes;

namespace BindGen.Core;

/// <summary>What one run produced: files (empty when there were errors), every diagnostic, and every header read.</summary>
public sealed record GenerationResult(ImmutableArray<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, ImmutableArray<string> Dependencies)
{
    /// <summary>Found/filtered/skipped/emitted counts per kind of declaration; null when the run stopped before mapping.</summary>
    public CoverageReport? Coverage { get; init; }

    /// <summary>The shim C file (<see cref="GeneratorOptions.Shim"/>), its path full; or null.</summary>
    public OutputFile? WrapperFile { get; init; }

    /// <summary>The shim library built by <see cref="GeneratorOptions.BuildShim"/>, in a temporary folder; or null.</summary>
    public Shim.BuiltShim? ShimLibrary { get; init; }

    /// <summary>Every header the parse read, with whether and why it counts as the library's (<c>--explain-headers</c>).</summary>
    public ImmutableArray<HeaderVerdict> Headers { get; init; } = [];

    /// <summary>True when no error was reported.</summary>
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>The one entry point every face calls: headers in, C# files out. Writes nothing itself.</summary>
public static class Generator
{
    /// <summary>Runs the pipeline: parse → add shim functions → select → map the raw layer → infer safe shapes and map the safe layer → check identifiers → build the shim → render.</summary>
    /// <param name="options">What to generate.</param>
    /// <param name="singleFileName">File name for single-file output, or null for one file per kind.</param>
    public static GenerationResult Generate(GeneratorOptions options, string? singleFileName)
    {
        var diagnostics = new DiagnosticBag();
        // The command line refuses these as usage errors first; other callers of the core get the same check.
        if (NameOptionCheck.NamespaceProblem(options.Namespace) is { } nsProblem)
            diagnostics.Add(DiagnosticCodes.BadOption, null, $"namespace '{options.Namespace}' is not a valid C# namespace: {nsProblem}");
        if (NameOptionCheck.ClassProblem(options.ClassName) is { } classProblem)
            diagnostics.Add(DiagnosticCodes.BadOption, null, $"class '{options.ClassName}' is not a valid C# class name: {classProblem}");
        if (diagnostics.HasErrors) return new GenerationResult([], diagnostics.ToList(), []);
        var timings = StageTimings.FromEnvironment();
        // clang ignores a missing -I folder; without this line the only hint would be "'x.h' file not found".
        foreach (var dir in options.IncludeDirectories.Where(d => !Directory.Exists(options.Resolve(d))))
            diagnostics.Add(DiagnosticCodes.IncludeDirectoryNotFound, null, $"include directory '{dir}' (-I) does not exist{(Path.IsPathRooted(dir) ? "" : $" (relative to '{options.WorkingDirectory ?? Directory.GetCurrentDirectory()}')")}");
        LibraryFiles? files = null;
        var filter = DeclarationFilter.Create(options, diagnostics);
        // Templates are parsed, and the header rule compiled by the JIT, on another core while libclang parses the headers.
        var renderer = new TemplateRenderer(new TemplateLoader(options.TemplatesDirectory is null ? null : options.Resolve(options.TemplatesDirectory)), diagnostics);
        var warmUp = Task.Run(LibraryFiles.WarmUp);
        var preload = Task.Run(() => renderer.Preload(TemplateLoader.BuiltinNames()));
        var parsed = HeaderParser.Parse(options, diagnostics, graph =>
        {
            warmUp.Wait();
            var traverse = options.Traverse.Select(t => HeaderParser.NormalizePath(options.Resolve(t))).ToList();
            files = LibraryFiles.Compute(graph, traverse, filter.HasIncludeFilePatterns ? filter.IsIncludedFile : null, SafeResourceDirectory(), PackageDatabase.System() is { } db ? db.PackageOf : null);
            return files.IsOwn;
        }, timings);
        timings?.Mark("model");
        var headers = files?.Verdicts ?? [];
        if (parsed.Api is null || files is null || diagnostics.HasErrors) return new GenerationResult([], diagnostics.ToList(), parsed.Dependencies) { Headers = headers };

        SafeWrapperConfig? safeConfig = null;
        if (options.SafeConfigPath is { } configPath)
        {
            try
            {
                safeConfig = SafeWrapperConfig.Load(options.Resolve(configPath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                var where = e is System.Text.Json.JsonException { LineNumber: { } line } json
                    ? new Model.CLocation(options.Resolve(configPath), (int)line + 1, (int)(json.BytePositionInLine ?? 0) + 1)
                    : null;
                diagnostics.Add(DiagnosticCodes.BadOption, where, $"safe-wrapper config '{configPath}' could not be read: {e.Message}");
                return new GenerationResult([], diagnostics.ToList(), parsed.Dependencies) { Headers = headers };
            }
        }
        var withShim = AddShimFunctionsPass.Run(parsed.Api, options, diagnostics);
        var selected = SelectDeclarationsPass.Run(withShim, files, filter, diagnostics);
        filter.ReportUnused(diagnostics);
        timings?.Mark("select");
        if (diagnostics.HasErrors) return new GenerationResult([], diagnostics.ToList(), parsed.Dependencies) { Headers = headers };
        var raw = ApiMapper.Map(selected, options, diagnostics);
        var mapped = raw.Api;
        if (options.SafeWrappers)
        {
            var config = safeConfig ?? new SafeWrapperConfig();
            var shape = InferSafeShapesPass.Run(selected, raw.BoundFunctionNames(), config, diagnostics);
            mapped = mapped with { Safe = SafeMapper.Map(selected, shape, raw.Types, mapped.Functions, options, mapped.Enums, config) };
        }
        IdentifierCheck.Run(mapped, diagnostics);
        timings?.Mark("map");
        if (mapped.Structs.IsEmpty && mapped.Enums.IsEmpty && mapped.Functions.IsEmpty && mapped.Constants.IsEmpty && mapped.Globals.IsEmpty && mapped.Stubs.IsEmpty)
        {
            int library = headers.Count(h => h.IsLibrary);
            diagnostics.Add(DiagnosticCodes.NothingToBind, null,
                $"nothing to bind in {string.Join(", ", options.Headers.Select(Path.GetFileName))}: no function, type or constant was found in the {library} of {headers.Length} headers read that count as the library's (--explain-headers shows which and why; check the header paths, -D defines, --traverse and --include-file)");
        }
        preload.Wait();
        OutputFile? wrappers = null;
        Shim.BuiltShim? shimLibrary = null;
        // The shim is built before the C# is rendered: a wrapper the C compiler rejects is not bound either.
        if (options.Shim is not null && !diagnostics.HasErrors)
        {
            (mapped, wrappers, shimLibrary) = Shim.ShimBuilder.Run(mapped, options, renderer, diagnostics);
            timings?.Mark("shim");
        }
        var output = Emitter.Emit(mapped, singleFileName, renderer, timings);
        timings?.Mark("files");
        var all = diagnostics.ToList();
        var coverage = CoverageCounter.Count(withShim, files, selected, mapped, all);
        if (output is null || diagnostics.HasErrors) return new GenerationResult([], all, parsed.Dependencies) { Coverage = coverage, Headers = headers };
        return new GenerationResult([.. output], all, parsed.Dependencies) { Coverage = coverage, WrapperFile = wrappers, ShimLibrary = shimLibrary, Headers = headers };
    }

    private static string? SafeResourceDirectory()
    {
        try
        {
            return LibClangLoader.Load().ResourceDirectory;
        }
        catch (LibClangNotFoundException)
        {
            return null;
        }
    }
}
