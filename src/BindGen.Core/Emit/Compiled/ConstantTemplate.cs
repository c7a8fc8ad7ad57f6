using Scriban.Runtime;

namespace BindGen.Core.Emit.Compiled;

/// <summary>The compiled form of <c>constant.scriban</c>.</summary>
internal static class ConstantTemplate
{
    public static void Render(ItemWriter w, ScriptObject c)
    {
        w.Text("\n");
        w.Doc(ItemWriter.List(c["doc"]), "    ");
        if (w.Truthy(c["native_type_name"])) w.Text("    [NativeTypeName(\"").Value(c["native_type_name"]).Text("\")]\n");
        if (w.Truthy(c["is_const"])) w.Text("    public const ").Value(c["type"]).Text(" ").Value(c["name"]).Text(" = ").Value(c["value"]).Text(";\n");
        else w.Text("    public static ").Value(c["type"]).Text(" ").Value(c["name"]).Text(" => ").Value(c["value"]).Text(";\n");
    }
}
