using System.Collections.Immutable;
using BindGen.Core.Diagnostics;
using BindGen.Core.Emit;

namespace BindGen.Core;

/// <summary>
/// A run for several targets (docs/portability.md): each target is parsed and mapped on its own (in parallel), the C# all
/// targets agree on is emitted once, each target's differing declarations go to its own file under <c>#if</c>, and a
/// report lists every difference with each target's sizes, offsets and types.
/// </summary>
internal static class MultiTargetGenerator
{
    /// <summary>The report file written beside the output files.</summary>
    public const string ReportName = "TargetDifferences.cs";

    public static GenerationResult Generate(GeneratorOptions options, string? singleFileName)
    {
        var diagnostics = new DiagnosticBag();
        if (!Generator.CheckNames(options, diagnostics)) return new GenerationResult([], diagnostics.ToList(), []);
        var names = options.Targets;
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
            diagnostics.Add(DiagnosticCodes.BadOption, null, $"a target is named twice in {string.Join(", ", names)}");
        // Left out for now, rather than half done: these produce per-target parts that the split below does not handle.
        if (singleFileName is not null)
            diagnostics.Add(DiagnosticCodes.MultiTargetUnsupported, null, "several targets write several files (the common part, each target's variant, the difference report): the output must be a folder");
        if (options.Shim is not null)
            diagnostics.Add(DiagnosticCodes.MultiTargetUnsupported, null, "the shim is built for one target at a time: generate it in a run per target");
        if (options.SafeWrappers)
            diagnostics.Add(DiagnosticCodes.MultiTargetUnsupported, null, "the safe layer is generated for one target at a time: generate it in a run per target");
        if (options.Loading != Loading.Static)
            diagnostics.Add(DiagnosticCodes.MultiTargetUnsupported, null, "a dynamic-loading table is generated for one target at a time: generate it in a run per target");
        if (diagnostics.HasErrors) return new GenerationResult([], diagnostics.ToList(), []);

        var renderer = Generator.NewRenderer(options, diagnostics);
        var preload = Task.Run(() => renderer.Preload(TemplateLoader.BuiltinNames()));
        // One parse per target, in parallel: each has its own translation unit and diagnostics.
        var bags = names.Select(_ => new DiagnosticBag()).ToArray();
        var runs = new Generator.MappedRun[names.Length];
        Parallel.For(0, names.Length, i => runs[i] = Generator.Map(options with { TargetTriple = names[i], Targets = [] }, bags[i], null));
        Merge(names, bags, [.. runs.Select(r => r.Headers.Select(h => h.Path))], diagnostics, options.OptionNames);
        var dependencies = runs.SelectMany(r => r.Dependencies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var headers = runs[0].Headers;
        if (diagnostics.HasErrors || runs.Any(r => r.Mapped is null)) return new GenerationResult([], diagnostics.ToList(), dependencies) { Headers = headers };

        var targets = runs.Select((r, i) => new TargetApi(names[i], r.Selected!.Target, r.Selected, r.Mapped!)).ToImmutableArray();
        preload.Wait();
        var split = TargetSplit.Split(targets, renderer);
        var files = split is null ? null : Emitter.Emit(split.Common, null, renderer);
        if (split is not null && files is not null)
        {
            for (int i = 0; i < targets.Length; i++)
            {
                if (split.Variants[i] is not { } variant) continue;
                var file = Emitter.EmitVariant(variant, $"{options.ClassName}.{names[i]}.cs", renderer);
                if (file is null) { files = null; break; }
                files.Add(file);
            }
        }
        if (split is not null && files is not null)
        {
            foreach (var d in split.Differences)
                diagnostics.Add(DiagnosticCodes.TargetsDiffer, null, $"{d.Kind} '{d.Name}' differs between targets: {string.Join("; ", d.PerTarget.Select(t => $"{t.Triple}: {t.Lines[0]}"))}{(d.Resolution is { } r ? $"; {r}" : "")} (see {ReportName})");
            var report = renderer.RenderText("target_report.scriban", ScriptModel.TargetReport(targets, split, options), null);
            if (report is null) files = null;
            else files.Add(Emitter.NormalizedFile(ReportName, report));
        }
        // The layout tests hold every target's expectations side by side; a record only some targets declare has no C# type
        // in the others' builds, so only records every target declares are checked.
        OutputFile? layoutTests = null;
        if (split is not null && files is not null && options.LayoutTests is { } layoutPath)
        {
            var combined = Mapping.LayoutExpectations.Combine(runs.Select(r => r.Mapped!.LayoutRecords)).Where(r => r.Targets.Length == names.Length).ToImmutableArray();
            layoutTests = Emitter.EmitLayoutTests(split.Common with { LayoutRecords = combined }, options.Resolve(layoutPath), renderer);
        }
        var all = diagnostics.ToList();
        var coverage = CoverageCounter.Count(runs[0].Parsed!, runs[0].Files!, runs[0].Selected!, runs[0].Mapped!, all);
        if (files is null || diagnostics.HasErrors) return new GenerationResult([], all, dependencies) { Coverage = coverage, Headers = headers, Targets = targets };
        return new GenerationResult([.. files], all, dependencies) { Coverage = coverage, Headers = headers, Targets = targets, Split = split, LayoutTestsFile = layoutTests };
    }

    /// <summary>
    /// Each target's diagnostics into one list: what every target reported, once; the rest marked with its target. A header
    /// one target cannot find is an include failure of that target (BG0101), at the line that includes it, with
    /// <see cref="MissingIncludeHint"/>'s hint; <paramref name="read"/> holds each target's headers read.
    /// </summary>
    private static void Merge(ImmutableArray<string> names, DiagnosticBag[] bags, IEnumerable<string>[] read, DiagnosticBag into, OptionNames optionNames)
    {
        var lists = bags.Select(b => b.ToList().Distinct().ToList()).ToList();
        var counts = lists.SelectMany(l => l).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var added = new HashSet<Diagnostic>();
        for (int i = 0; i < lists.Count; i++)
        {
            foreach (var d in lists[i])
            {
                if (counts[d] == lists.Count)
                {
                    if (added.Add(d)) into.Add(d);
                }
                else if (d.IncludeNotFound)
                {
                    into.Add(new Diagnostic(DiagnosticCodes.TargetIncludeFailed.Code, DiagnosticCodes.TargetIncludeFailed.Severity, d.Location,
                        $"target {names[i]}: {d.Message}; {MissingIncludeHint.For(d, names[i], read.Where((_, j) => j != i).SelectMany(r => r), optionNames)}"));
                }
                else if (d.Code == DiagnosticCodes.HostHeaderRead.Code) into.Add(d); // names its target already
                else into.Add(d with { Message = $"target {names[i]}: {d.Message}" });
            }
        }
    }
}
