using BindGen.Core.Mapping;

namespace BindGen.Core.Emit;

/// <summary>Renders the mapped API into output files: one file, or one file per kind.</summary>
public static class Emitter
{
    /// <summary>The version written in file headers.</summary>
    public static string Version { get; } = typeof(Emitter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Renders <paramref name="api"/>; <paramref name="singleFileName"/> is the file name in single-file mode, or null to split.</summary>
    public static List<OutputFile>? Emit(CsApi api, string? singleFileName, TemplateRenderer renderer) => Emit(api, singleFileName, renderer, null);

    internal static List<OutputFile>? Emit(CsApi api, string? singleFileName, TemplateRenderer renderer, StageTimings? timings)
    {
        // Type aliases (global using) go to the single file, or to a file of their own when split.
        var plan = new List<(string Name, string[] Sections, bool TypeAliases)>();
        // The flavour picks the section that declares the functions: static imports, or a function-pointer table.
        var methods = api.Loading == Loading.Static ? "methods.scriban" : "dynamic/methods.scriban";
        if (singleFileName is not null) plan.Add((singleFileName, api.Safe is null
            ? ["native_type_name.scriban", "enums.scriban", "structs.scriban", methods]
            : ["native_type_name.scriban", "enums.scriban", "structs.scriban", methods, "safe/safe.scriban"], api.TypeAliases.Length > 0));
        else
        {
            plan.Add(("NativeTypeNameAttribute.cs", ["native_type_name.scriban"], false));
            if (api.TypeAliases.Length > 0) plan.Add(("TypeAliases.cs", [], true));
            if (api.Enums.Length > 0) plan.Add(("Enums.cs", ["enums.scriban"], false));
            if (api.Structs.Length > 0) plan.Add(("Structs.cs", ["structs.scriban"], false));
            plan.Add(($"{api.ClassName}.cs", [methods], false));
            if (api.Safe is not null) plan.Add(($"{api.Safe.ClassName}.cs", ["safe/safe.scriban"], false));
        }

        return Render(api, plan, renderer, timings);
    }

    /// <summary>
    /// Renders one target's variant file of a multi-target run (<see cref="CsApi.VariantSymbol"/> set): its differing enums,
    /// structs and class members, with its type aliases, under <c>#if</c> of the target's symbol. Null when rendering failed.
    /// </summary>
    internal static OutputFile? EmitVariant(CsApi api, string fileName, TemplateRenderer renderer) =>
        Render(api, [(fileName, ["enums.scriban", "structs.scriban", "methods.scriban"], api.TypeAliases.Length > 0)], renderer, null)?.Single();

    private static List<OutputFile>? Render(CsApi api, List<(string Name, string[] Sections, bool TypeAliases)> plan, TemplateRenderer renderer, StageTimings? timings)
    {
        // The view model is converted once and shared by every section and file.
        var shared = ScriptModel.Globals(api, Version);
        renderer.AddRenderEach(shared);
        timings?.Mark("convert");
        // Each section is rendered once, in its own context and in parallel with the others: sections are independent
        // (each sees only the shared model), and on a large header they are most of the run. Largest first, so the
        // longest one starts at once. file.scriban then joins the rendered texts of its sections.
        var sections = plan.SelectMany(p => p.Sections).Distinct().OrderByDescending(s => Weight(api, s)).ThenBy(s => s, StringComparer.Ordinal).ToList();
        var texts = renderer.RenderAll(sections, shared, parallel: sections.Sum(s => Weight(api, s)) >= ParallelThreshold);
        timings?.Mark("sections");
        if (texts.Any(t => t is null)) return null;
        var rendered = sections.Zip(texts).ToDictionary(p => p.First, p => p.Second!, StringComparer.Ordinal);

        // The section texts reach file.scriban, and the file's text the encoder, as the pieces they were rendered into:
        // the text is copied once, from the chunks' builders to the bytes written.
        var files = new List<OutputFile>();
        foreach (var (name, fileSections, typeAliases) in plan)
        {
            var text = renderer.RenderText("file.scriban", shared, ScriptModel.FileGlobals(fileSections.Select(s => rendered[s]), typeAliases));
            if (text is null) return null;
            files.Add(NormalizedFile(name, text));
        }
        return files;
    }

    /// <summary>Below this many declarations, sections render one after the other: starting threads would cost more.</summary>
    internal const int ParallelThreshold = 2000;

    /// <summary>A rough measure of how long a section takes to render: the number of declarations it renders.</summary>
    private static int Weight(CsApi api, string section) => section switch
    {
        "methods.scriban" or "dynamic/methods.scriban" => api.Functions.Length + api.Constants.Length + api.Globals.Length + api.Stubs.Length,
        "structs.scriban" => api.Structs.Sum(s => 1 + s.Fields.Length),
        "enums.scriban" => api.Enums.Sum(e => 1 + e.Members.Length),
        "safe/safe.scriban" => api.Safe is null ? 0 : api.Functions.Length,
        _ => 0,
    };

    /// <summary>
    /// Renders the shim C file, named <paramref name="path"/>, for the shim library <paramref name="shimFile"/> built by
    /// <paramref name="buildCommand"/>; null when rendering failed.
    /// </summary>
    public static OutputFile? EmitWrappers(CsApi api, string path, TemplateRenderer renderer, string shimFile, string buildCommand)
    {
        var text = renderer.RenderText("static_wrappers.scriban", ScriptModel.Wrappers(api, Version, shimFile, buildCommand), null);
        return text is null ? null : NormalizedFile(path, text);
    }

    /// <summary>Renders the layout tests file (<c>--layout-tests</c>), named <paramref name="path"/>; null when rendering failed.</summary>
    public static OutputFile? EmitLayoutTests(CsApi api, string path, TemplateRenderer renderer)
    {
        var text = renderer.RenderText("layout_tests.scriban", ScriptModel.LayoutTests(api, Version), null);
        return text is null ? null : NormalizedFile(path, text);
    }

    /// <summary>\n line endings, no trailing spaces, no runs of blank lines, exactly one final newline (<see cref="TextNormalizer"/>).</summary>
    public static string Normalize(string text) => TextNormalizer.Normalize(text);

    /// <summary>The output file <paramref name="path"/> of the rendered <paramref name="text"/>, normalized and encoded.</summary>
    internal static OutputFile NormalizedFile(string path, RenderedText text) => new(path, TextNormalizer.NormalizeToUtf8(text));
}
