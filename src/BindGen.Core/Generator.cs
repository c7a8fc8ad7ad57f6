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

    /// <summary>The layout tests C# file (<see cref="GeneratorOptions.LayoutTests"/>), its path full; or null.</summary>
    public OutputFile? LayoutTestsFile { get; init; }

    /// <summary>The shim library built by <see cref="GeneratorOptions.BuildShim"/>, in a temporary folder; or null.</summary>
    public Shim.BuiltShim? ShimLibrary { get; init; }

    /// <summary>Every header the parse read, with whether and why it counts as the library's (<c>--explain-headers</c>).</summary>
    public ImmutableArray<HeaderVerdict> Headers { get; init; } = [];

    /// <summary>
    /// Each target's models, in the order the targets were given: the facts clang read, the selected C model and the mapped
    /// C# model (for layout tests and other per-target output). Empty when the run stopped before mapping.
    /// </summary>
    public ImmutableArray<TargetApi> Targets { get; init; } = [];

    /// <summary>A multi-target run's split: the common part, each target's variant and the differences; null otherwise.</summary>
    public Emit.TargetSplitResult? Split { get; init; }

    /// <summary>True when no error was reported.</summary>
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>The one entry point every face calls: headers in, C# files out. Writes nothing itself.</summary>
public static class Generator
{
    /// <summary>
    /// Runs the pipeline: parse → add shim functions → select → map the raw layer → infer safe shapes and map the safe layer →
    /// check identifiers → build the shim → render; once per target when <see cref="GeneratorOptions.Targets"/> names several.
    /// </summary>
    /// <param name="options">What to generate.</param>
    /// <param name="singleFileName">File name for single-file output, or null for one file per kind.</param>
    public static GenerationResult Generate(GeneratorOptions options, string? singleFileName)
    {
        if (options.Targets.Length > 1) return MultiTargetGenerator.Generate(options, singleFileName);
        var diagnostics = new DiagnosticBag();
        if (!CheckNames(options, diagnostics)) return new GenerationResult([], diagnostics.ToList(), []);
        var timings = StageTimings.FromEnvironment();
        // Templates are parsed on another core while libclang parses the headers.
        var renderer = NewRenderer(options, diagnostics);
        var preload = Task.Run(() => renderer.Preload(TemplateLoader.BuiltinNames()));
        var single = options.Targets.Length == 1 ? options with { TargetTriple = options.Targets[0], Targets = [] } : options;
        var run = Map(single, diagnostics, timings);
        if (run.Mapped is null) return new GenerationResult([], diagnostics.ToList(), run.Dependencies) { Headers = run.Headers };
        var (parsed, files, selected, mapped) = (run.Parsed!, run.Files!, run.Selected!, run.Mapped);
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
        var layoutTests = options.LayoutTests is { } layoutPath ? Emitter.EmitLayoutTests(mapped, options.Resolve(layoutPath), renderer) : null;
        timings?.Mark("files");
        var all = diagnostics.ToList();
        var coverage = CoverageCounter.Count(parsed, files, selected, mapped, all);
        var targets = ImmutableArray.Create(new TargetApi(single.TargetTriple ?? selected.Target.Triple, selected.Target, selected, mapped));
        if (output is null || diagnostics.HasErrors) return new GenerationResult([], all, run.Dependencies) { Coverage = coverage, Headers = run.Headers, Targets = targets };
        return new GenerationResult([.. output], all, run.Dependencies) { Coverage = coverage, WrapperFile = wrappers, LayoutTestsFile = layoutTests, ShimLibrary = shimLibrary, Headers = run.Headers, Targets = targets };
    }

    /// <summary>Refuses a namespace or class name C# cannot declare; false when one was refused.</summary>
    internal static bool CheckNames(GeneratorOptions options, DiagnosticBag diagnostics)
    {
        // The command line refuses these as usage errors first; other callers of the core get the same check.
        if (NameOptionCheck.NamespaceProblem(options.Namespace) is { } nsProblem)
            diagnostics.Add(DiagnosticCodes.BadOption, null, $"namespace '{options.Namespace}' is not a valid C# namespace: {nsProblem}");
        if (NameOptionCheck.ClassProblem(options.ClassName) is { } classProblem)
            diagnostics.Add(DiagnosticCodes.BadOption, null, $"class '{options.ClassName}' is not a valid C# class name: {classProblem}");
        return !diagnostics.HasErrors;
    }

    internal static TemplateRenderer NewRenderer(GeneratorOptions options, DiagnosticBag diagnostics) =>
        new(new TemplateLoader(options.TemplatesDirectory is null ? null : options.Resolve(options.TemplatesDirectory)), diagnostics);

    /// <summary>What <see cref="Map"/> produced: every stage's model, or nulls when it stopped at an error.</summary>
    internal sealed record MappedRun(Model.CApi? Parsed, LibraryFiles? Files, Model.CApi? Selected, CsApi? Mapped, ImmutableArray<HeaderVerdict> Headers, ImmutableArray<string> Dependencies);

    /// <summary>The front half of a run, for one target: parse → select → map. Renders nothing.</summary>
    internal static MappedRun Map(GeneratorOptions options, DiagnosticBag diagnostics, StageTimings? timings)
    {
        // clang ignores a missing -I folder; without this line the only hint would be "'x.h' file not found".
        foreach (var dir in options.IncludeDirectories.Where(d => !Directory.Exists(options.Resolve(d))))
            diagnostics.Add(DiagnosticCodes.IncludeDirectoryNotFound, null, $"include directory '{dir}' (-I) does not exist{(Path.IsPathRooted(dir) ? "" : $" (relative to '{options.WorkingDirectory ?? Directory.GetCurrentDirectory()}')")}");
        LibraryFiles? files = null;
        var filter = DeclarationFilter.Create(options, diagnostics);
        // The header rule is compiled by the JIT on another core while libclang parses the headers.
        var warmUp = Task.Run(LibraryFiles.WarmUp);
        var parsed = HeaderParser.Parse(options, diagnostics, graph =>
        {
            warmUp.Wait();
            var traverse = options.Traverse.Select(t => HeaderParser.NormalizePath(options.Resolve(t))).ToList();
            files = LibraryFiles.Compute(graph, traverse, filter.HasIncludeFilePatterns ? filter.IsIncludedFile : null, SafeResourceDirectory(), PackageDatabase.System() is { } db ? db.PackageOf : null);
            return files.IsOwn;
        }, timings);
        timings?.Mark("model");
        var headers = files?.Verdicts ?? [];
        MappedRun Stopped() => new(null, null, null, null, headers, parsed.Dependencies);
        if (parsed.Api is null || files is null || diagnostics.HasErrors) return Stopped();

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
                return Stopped();
            }
        }
        var withShim = AddShimFunctionsPass.Run(parsed.Api, options, diagnostics);
        var selected = SelectDeclarationsPass.Run(withShim, files, filter, diagnostics);
        filter.ReportUnused(diagnostics);
        timings?.Mark("select");
        if (diagnostics.HasErrors) return Stopped();
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
                $"nothing to bind in {string.Join(", ", options.Headers.Select(Path.GetFileName))}: no function, type or constant was found in the {library} of {headers.Length} headers read that count as the library's ({options.OptionNames[BindGenOption.ExplainHeaders]} shows which and why; check the header paths, the defines, {options.OptionNames[BindGenOption.Traverse]} and {options.OptionNames[BindGenOption.IncludeFile]})");
        }
        return new MappedRun(withShim, files, selected, mapped, headers, parsed.Dependencies);
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
