using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace BindGen.Core.Emit.Compiled;

/// <summary>
/// The output of a compiled template and the helpers its templates share: values are turned into text, and tested
/// for truth, by Scriban's own context, so a compiled template prints exactly what the interpreter would; the doc
/// helpers are <c>_doc.scriban</c>'s functions.
/// </summary>
internal sealed class ItemWriter(TemplateContext context, StringBuilder output)
{
    /// <summary>A writer with the same conversions into <paramref name="other"/> (a <c>capture</c>).</summary>
    public ItemWriter Into(StringBuilder other) => new(context, other);

    /// <summary>Appends literal text.</summary>
    public ItemWriter Text(string text)
    {
        output.Append(text);
        return this;
    }

    /// <summary>Appends a value as <c>{{ value }}</c> prints it (null prints nothing).</summary>
    public ItemWriter Value(object? value)
    {
        if (value is string s) output.Append(s);
        else if (value is not null) output.Append(context.ObjectToString(value));
        return this;
    }

    /// <summary>Scriban's truth of a value (<c>{{ if value }}</c>).</summary>
    public bool Truthy(object? value) => context.ToBool(default, value);

    /// <summary>A list of the model (a <c>ScriptArray</c>).</summary>
    public static ScriptArray List(object? value) => value as ScriptArray ?? [];

    /// <summary>A number of the model, for the templates' comparisons (<c>s.pack &gt; 0</c>).</summary>
    public static long Number(object? value) => value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <summary><c>render_doc lines indent</c>.</summary>
    public void Doc(ScriptArray lines, string indent)
    {
        if (lines.Count == 0) return;
        Text(indent).Text("/// <summary>\n");
        foreach (var line in lines) Text(indent).Text("/// ").Value(line).Text("\n");
        Text(indent).Text("/// </summary>\n");
    }

    /// <summary><c>render_tag tag attributes lines indent</c>.</summary>
    public void Tag(string tag, string attributes, ScriptArray lines, string indent)
    {
        Text(indent).Text("/// <").Text(tag).Text(attributes).Text(">");
        if (lines.Count == 1) Value(lines[0]).Text("</").Text(tag).Text(">\n");
        else if (lines.Count == 0) Text("</").Text(tag).Text(">\n");
        else
        {
            Text("\n");
            foreach (var line in lines) Text(indent).Text("/// ").Value(line).Text("\n");
            Text(indent).Text("/// </").Text(tag).Text(">\n");
        }
    }

    /// <summary><c>render_function_doc f indent</c>.</summary>
    public void FunctionDoc(ScriptObject f, string indent)
    {
        Doc(List(f["doc"]), indent);
        foreach (var p in List(f["param_docs"]))
        {
            var param = (ScriptObject)p!;
            Tag("param", " name=\"" + context.ObjectToString(param["name"]) + "\"", List(param["lines"]), indent);
        }
        var returns = List(f["returns"]);
        if (returns.Count > 0) Tag("returns", "", returns, indent);
    }
}
