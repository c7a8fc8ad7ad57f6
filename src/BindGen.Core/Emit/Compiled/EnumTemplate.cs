using Scriban.Runtime;

namespace BindGen.Core.Emit.Compiled;

/// <summary>The compiled form of <c>enum.scriban</c>.</summary>
internal static class EnumTemplate
{
    public static void Render(ItemWriter w, ScriptObject e)
    {
        w.Text("\n");
        w.Doc(ItemWriter.List(e["doc"]), "");
        if (w.Truthy(e["native_type_name"])) w.Text("[NativeTypeName(\"").Value(e["native_type_name"]).Text("\")]\n");
        if (w.Truthy(e["is_flags"])) w.Text("[Flags]\n");
        w.Text("public enum ").Value(e["name"]).Text(" : ").Value(e["underlying_type"]).Text("\n{\n");
        foreach (var item in ItemWriter.List(e["members"]))
        {
            var member = (ScriptObject)item!;
            w.Doc(ItemWriter.List(member["doc"]), "    ");
            w.Text("    ").Value(member["name"]).Text(" = ").Value(member["value"]).Text(",\n");
        }
        w.Text("}\n");
    }
}
