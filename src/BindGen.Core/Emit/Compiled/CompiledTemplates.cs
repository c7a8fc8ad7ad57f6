using Scriban.Runtime;

namespace BindGen.Core.Emit.Compiled;

/// <summary>
/// Built-in item templates that also exist compiled to C# (the one-declaration templates <c>bg.render_each</c> renders,
/// most of a large header's rendering). A compiled form is used only where the interpreter would have run the
/// built-in template with built-in helpers: the item template, every template it calls into, and the template that
/// called <c>bg.render_each</c> are all built in (not overridden by <c>--templates</c>). It prints byte for byte what
/// the template prints from the same model (<c>CompiledTemplateEquivalenceTests</c>); change both together.
/// </summary>
internal static class CompiledTemplates
{
    private sealed record Entry(Action<ItemWriter, ScriptObject> Render, string[] Uses);

    private static readonly Dictionary<string, Entry> Table = new(StringComparer.Ordinal)
    {
        ["function.scriban"] = new(FunctionTemplates.DllImport, ["_doc.scriban"]),
        ["library_import/function.scriban"] = new(FunctionTemplates.LibraryImport, ["_doc.scriban"]),
        ["dynamic/function.scriban"] = new(FunctionTemplates.Dynamic, ["_doc.scriban"]),
        ["constant.scriban"] = new(ConstantTemplate.Render, ["_doc.scriban"]),
        ["enum.scriban"] = new(EnumTemplate.Render, ["_doc.scriban"]),
        ["struct_item.scriban"] = new(StructTemplate.Render, ["_doc.scriban", "struct.scriban"]),
    };

    /// <summary>The names of the templates that have a compiled form.</summary>
    public static IEnumerable<string> Names => Table.Keys;

    /// <summary>
    /// The compiled form of item template <paramref name="name"/> called from the template at <paramref name="callerPath"/>
    /// (a resolved path), or null when the interpreter must render it.
    /// </summary>
    public static Action<ItemWriter, ScriptObject>? Find(string name, string? callerPath, TemplateLoader loader)
    {
        if (!Table.TryGetValue(name, out var entry) || callerPath is null || !TemplateLoader.IsBuiltinPath(callerPath)) return null;
        if (!loader.UsesBuiltin(name) || !entry.Uses.All(loader.UsesBuiltin)) return null;
        return entry.Render;
    }
}
