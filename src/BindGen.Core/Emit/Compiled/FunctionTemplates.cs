using Scriban.Runtime;

namespace BindGen.Core.Emit.Compiled;

/// <summary>
/// The compiled forms of the three function templates: <c>function.scriban</c> ([DllImport]),
/// <c>library_import/function.scriban</c> ([LibraryImport]) and <c>dynamic/function.scriban</c> (a table slot).
/// </summary>
internal static class FunctionTemplates
{
    /// <summary><c>function.scriban</c>.</summary>
    public static void DllImport(ItemWriter w, ScriptObject f)
    {
        Head(w, f, withImportAttributes: true);
        w.Text("    [DllImport(").Text(w.Truthy(f["from_shim"]) ? "ShimLibraryName" : "LibraryName")
            .Text(", CallingConvention = CallingConvention.").Value(f["calling_convention"])
            .Text(", EntryPoint = \"").Value(f["entry_point"]).Text("\", ExactSpelling = true")
            .Text(w.Truthy(f["set_last_error"]) ? ", SetLastError = true" : "").Text(")]\n");
        ReturnNativeTypeName(w, f);
        w.Text("    public static extern ").Value(f["return_type"]).Text(" ").Value(f["name"]).Text("(");
        Parameters(w, f);
        w.Text(");\n");
    }

    /// <summary><c>library_import/function.scriban</c>.</summary>
    public static void LibraryImport(ItemWriter w, ScriptObject f)
    {
        Head(w, f, withImportAttributes: true);
        w.Text("    [LibraryImport(").Text(w.Truthy(f["from_shim"]) ? "ShimLibraryName" : "LibraryName")
            .Text(", EntryPoint = \"").Value(f["entry_point"]).Text("\"")
            .Text(w.Truthy(f["set_last_error"]) ? ", SetLastError = true" : "").Text(")]\n");
        w.Text("    [UnmanagedCallConv(CallConvs = new[] { typeof(System.Runtime.CompilerServices.").Value(f["call_conv_type"]).Text(") })]\n");
        ReturnNativeTypeName(w, f);
        w.Text("    public static partial ").Value(f["return_type"]).Text(" ").Value(f["name"]).Text("(");
        Parameters(w, f);
        w.Text(");\n");
    }

    /// <summary><c>dynamic/function.scriban</c>.</summary>
    public static void Dynamic(ItemWriter w, ScriptObject f)
    {
        Head(w, f, withImportAttributes: false);
        ReturnNativeTypeName(w, f);
        w.Text("    public ").Value(f["return_type"]).Text(" ").Value(f["name"]).Text("(");
        Parameters(w, f);
        w.Text(")\n    {\n        var __fn = ").Value(f["table_slot"]).Text(";\n");
        w.Text("        if (__fn == null) ").Value(f["table_slot"]).Text(" = __fn = (delegate* unmanaged[").Value(f["pointer_call_convs"]).Text("]<");
        foreach (var p in ItemWriter.List(f["parameters"])) w.Value(((ScriptObject)p!)["type"]).Text(", ");
        w.Value(f["return_type"]).Text(">)Resolve(\"").Value(f["entry_point"]).Text("\");\n");
        bool returnsValue = !w.Truthy(f["returns_void"]);
        if (w.Truthy(f["set_last_error"]))
        {
            w.Text("        Marshal.SetLastSystemError(0);\n        ").Text(returnsValue ? "var __result = " : "").Text("__fn(");
            Arguments(w, f);
            w.Text(");\n        Marshal.SetLastPInvokeError(Marshal.GetLastSystemError());\n");
            if (returnsValue) w.Text("        return __result;\n");
        }
        else
        {
            w.Text("        ").Text(returnsValue ? "return " : "").Text("__fn(");
            Arguments(w, f);
            w.Text(");\n");
        }
        w.Text("    }\n");
    }

    // The blank line and the doc comment that open each function template; for imports, the OS platform attributes of
    // per-target variants and [SuppressGCTransition].
    private static void Head(ItemWriter w, ScriptObject f, bool withImportAttributes)
    {
        w.Text("\n");
        if (w.Truthy(f["has_doc"])) w.FunctionDoc(f, "    ");
        if (!withImportAttributes) return;
        if (w.Truthy(f["supported_os"])) w.Text("    [System.Runtime.Versioning.SupportedOSPlatform(\"").Value(f["supported_os"]).Text("\")]\n");
        if (w.Truthy(f["unsupported_os"])) w.Text("    [System.Runtime.Versioning.UnsupportedOSPlatform(\"").Value(f["unsupported_os"]).Text("\")]\n");
        if (w.Truthy(f["suppress_gc_transition"])) w.Text("    [SuppressGCTransition]\n");
    }

    private static void ReturnNativeTypeName(ItemWriter w, ScriptObject f)
    {
        if (w.Truthy(f["return_native_type_name"])) w.Text("    [return: NativeTypeName(\"").Value(f["return_native_type_name"]).Text("\")]\n");
    }

    private static void Parameters(ItemWriter w, ScriptObject f)
    {
        bool first = true;
        foreach (var item in ItemWriter.List(f["parameters"]))
        {
            var p = (ScriptObject)item!;
            if (!first) w.Text(", ");
            first = false;
            if (w.Truthy(p["native_type_name"])) w.Text("[NativeTypeName(\"").Value(p["native_type_name"]).Text("\")] ");
            w.Value(p["type"]).Text(" ").Value(p["name"]);
        }
    }

    private static void Arguments(ItemWriter w, ScriptObject f)
    {
        bool first = true;
        foreach (var item in ItemWriter.List(f["parameters"]))
        {
            if (!first) w.Text(", ");
            first = false;
            w.Value(((ScriptObject)item!)["name"]);
        }
    }
}
