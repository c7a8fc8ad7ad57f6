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
    /// <summary>True when no error was reported.</summary>
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>The one entry point every face calls: headers in, C# files out. Writes nothing itself.</summary>
public static class Generator
{
    /// <summary>Runs the pipeline: parse → select → map → render.</summary>
    /// <param name="options">What to generate.</param>
    /// <param name="singleFileName">File name for single-file output, or null for one file per kind.</param>
    public static GenerationResult Generate(GeneratorOptions options, string? singleFileName)
    {
        var diagnostics = new DiagnosticBag();
        LibraryFiles? files = null;
        var parsed = HeaderParser.Parse(options, diagnostics, sourceFiles =>
        {
            var inputs = options.Headers.Select(h => HeaderParser.NormalizePath(options.Resolve(h))).ToList();
            var traverse = options.Traverse.Select(t => HeaderParser.NormalizePath(options.Resolve(t))).ToList();
            var resourceDir = SafeResourceDirectory();
            files = LibraryFiles.Compute(sourceFiles, inputs, traverse, resourceDir);
            return files.IsOwn;
        });
        if (parsed.Api is null || files is null || diagnostics.HasErrors) return new GenerationResult([], diagnostics.ToList(), parsed.Dependencies);

        var selected = SelectDeclarationsPass.Run(parsed.Api, files);
        var mapped = ApiMapper.Map(selected, options, diagnostics);
        IdentifierCheck.Run(mapped, diagnostics);
        if (mapped.Structs.IsEmpty && mapped.Enums.IsEmpty && mapped.Functions.IsEmpty && mapped.Constants.IsEmpty)
        {
            diagnostics.Add(DiagnosticCodes.NothingToBind, null,
                $"nothing to bind in {string.Join(", ", options.Headers.Select(Path.GetFileName))}: no function, type or constant was found (check the header paths, -D defines and --traverse)");
        }
        var renderer = new TemplateRenderer(new TemplateLoader(options.TemplatesDirectory is null ? null : options.Resolve(options.TemplatesDirectory)), diagnostics);
        var output = Emitter.Emit(mapped, singleFileName, renderer);
        if (output is null || diagnostics.HasErrors) return new GenerationResult([], diagnostics.ToList(), parsed.Dependencies);
        return new GenerationResult([.. output], diagnostics.ToList(), parsed.Dependencies);
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
