using System.Text;
using Scriban.Runtime;

namespace BindGen.Core.Emit.Compiled;

/// <summary>The compiled form of <c>struct_item.scriban</c> and of <c>struct.scriban</c>'s <c>render_struct</c>.</summary>
internal static class StructTemplate
{
    /// <summary><c>struct_item.scriban</c>: a blank line, then the struct.</summary>
    public static void Render(ItemWriter w, ScriptObject s)
    {
        w.Text("\n");
        Struct(w, s);
    }

    /// <summary><c>render_struct s</c>.</summary>
    private static void Struct(ItemWriter w, ScriptObject s)
    {
        w.Doc(ItemWriter.List(s["doc"]), "");
        if (w.Truthy(s["native_type_name"])) w.Text("[NativeTypeName(\"").Value(s["native_type_name"]).Text("\")]\n");
        w.Text("[StructLayout(LayoutKind.").Value(s["layout_kind"]);
        if (ItemWriter.Number(s["pack"]) > 0) w.Text(", Pack = ").Value(s["pack"]);
        if (ItemWriter.Number(s["size"]) > 0) w.Text(", Size = ").Value(s["size"]);
        w.Text(")]\npublic unsafe partial struct ").Value(s["name"]).Text("\n{\n");
        Fields(w, s);
        SplitStorages(w, s);
        foreach (var b in ItemWriter.List(s["bitfields"])) Bitfield(w, (ScriptObject)b!);
        Forwards(w, s);
        FlexibleArrays(w, s);
        ZeroSizeMembers(w, s);
        if (w.Truthy(s["has_aligned_allocation"])) AlignedAllocation(w, s);
        foreach (var n in ItemWriter.List(s["nested"]))
        {
            // {{ capture nested_text }}{{ render_struct n }}{{ end }}{{ nested_text | bg.indent }}
            var nested = new StringBuilder();
            Struct(w.Into(nested), (ScriptObject)n!);
            w.Text("\n").Text(IndentFunction.Indent(nested.ToString())).Text("\n");
        }
        FixedBuffers(w, s);
        w.Text("}\n");
    }

    private static void Fields(ItemWriter w, ScriptObject s)
    {
        bool first = true;
        foreach (var item in ItemWriter.List(s["fields"]))
        {
            var f = (ScriptObject)item!;
            if (!first) w.Text("\n");
            first = false;
            w.Doc(ItemWriter.List(f["doc"]), "    ");
            if (ItemWriter.Number(f["offset"]) >= 0) w.Text("    [FieldOffset(").Value(f["offset"]).Text(")]\n");
            if (w.Truthy(f["native_type_name"])) w.Text("    [NativeTypeName(\"").Value(f["native_type_name"]).Text("\")]\n");
            w.Text("    ").Text(w.Truthy(f["is_public"]) ? "public" : "private").Text(" ").Value(f["type"]).Text(" ").Value(f["name"]).Text(";\n");
        }
    }

    private static void SplitStorages(ItemWriter w, ScriptObject s)
    {
        foreach (var item in ItemWriter.List(s["split_storages"]))
        {
            var st = (ScriptObject)item!;
            var parts = ItemWriter.List(st["parts"]);
            w.Text("\n    /// <summary>Bitfield storage of ").Value(st["size"])
                .Text(" bytes, assembled from naturally aligned parts: no single C# integer covers exactly these bytes.</summary>\n");
            w.Text("    private ").Value(st["raw_type"]).Text(" ").Value(st["name"]).Text("\n    {\n        readonly get => ");
            bool first = true;
            foreach (var p in parts)
            {
                if (!first) w.Text(" | ");
                first = false;
                w.Text("((").Value(st["raw_type"]).Text(")").Value(((ScriptObject)p!)["name"]).Text(" << ").Value(((ScriptObject)p!)["shift"]).Text(")");
            }
            w.Text(";\n        set\n        {\n");
            foreach (var p in parts)
            {
                var part = (ScriptObject)p!;
                w.Text("            ").Value(part["name"]).Text(" = (").Value(part["type"]).Text(")(value >> ").Value(part["shift"]).Text(");\n");
            }
            w.Text("        }\n    }\n");
        }
    }

    private static void Bitfield(ItemWriter w, ScriptObject b)
    {
        w.Text("\n");
        if (w.Truthy(b["native_type_name"])) w.Text("    [NativeTypeName(\"").Value(b["native_type_name"]).Text("\")]\n");
        w.Text("    public ").Value(b["type"]).Text(" ").Value(b["name"]).Text("\n    {\n");
        var kind = b["kind"] as string;
        // The accessors' text with {T} type, {S} storage, {ST} storage type, {L}/{R} sign shifts, {M} mask, {H} shift, {U} underlying.
        string get, set;
        if (w.Truthy(b["is_wide"]))
        {
            (get, set) = kind switch
            {
                "signed" => ("({T})(long)((Int128)((UInt128){S} << {L}) >> {R})", "{S} = ((UInt128){S} & ~((UInt128){M} << {H})) | ((UInt128)((ulong)(long)value & {M}) << {H})"),
                "signed_enum" => ("({T})({U})(long)((Int128)((UInt128){S} << {L}) >> {R})", "{S} = ((UInt128){S} & ~((UInt128){M} << {H})) | ((UInt128)((ulong)(long)({U})value & {M}) << {H})"),
                "enum" => ("({T})({U})(ulong)(((UInt128){S} >> {H}) & {M})", "{S} = ((UInt128){S} & ~((UInt128){M} << {H})) | ((UInt128)((ulong)({U})value & {M}) << {H})"),
                _ => ("({T})(ulong)(((UInt128){S} >> {H}) & {M})", "{S} = ((UInt128){S} & ~((UInt128){M} << {H})) | ((UInt128)((ulong)value & {M}) << {H})"),
            };
        }
        else
        {
            (get, set) = kind switch
            {
                "signed" => ("({T})((long)((ulong){S} << {L}) >> {R})", "{S} = ({ST})(((ulong){S} & ~({M} << {H})) | (((ulong)(long)value & {M}) << {H}))"),
                "signed_enum" => ("({T})({U})((long)((ulong){S} << {L}) >> {R})", "{S} = ({ST})(((ulong){S} & ~({M} << {H})) | (((ulong)(long)({U})value & {M}) << {H}))"),
                "enum" => ("({T})({U})(((ulong){S} >> {H}) & {M})", "{S} = ({ST})(((ulong){S} & ~({M} << {H})) | (((ulong)({U})value & {M}) << {H}))"),
                _ => ("({T})(((ulong){S} >> {H}) & {M})", "{S} = ({ST})(((ulong){S} & ~({M} << {H})) | (((ulong)value & {M}) << {H}))"),
            };
        }
        w.Text("        readonly get => ");
        Fill(w, get, b);
        w.Text(";\n        set => ");
        Fill(w, set, b);
        w.Text(";\n    }\n");
    }

    // Writes an accessor pattern of Bitfield with the bitfield's values in its {X} holes.
    private static void Fill(ItemWriter w, string pattern, ScriptObject b)
    {
        int at = 0;
        while (at < pattern.Length)
        {
            int open = pattern.IndexOf('{', at);
            if (open < 0)
            {
                w.Text(pattern[at..]);
                break;
            }
            int close = pattern.IndexOf('}', open);
            w.Text(pattern[at..open]);
            w.Value(pattern[(open + 1)..close] switch
            {
                "T" => b["type"],
                "S" => b["storage"],
                "ST" => b["storage_type"],
                "L" => b["sign_shift_left"],
                "R" => b["sign_shift_right"],
                "M" => b["mask"],
                "H" => b["shift"],
                _ => b["underlying"],
            });
            at = close + 1;
        }
    }

    private static void Forwards(ItemWriter w, ScriptObject s)
    {
        foreach (var item in ItemWriter.List(s["forwards"]))
        {
            var fw = (ScriptObject)item!;
            w.Text("\n");
            if (w.Truthy(fw["is_bitfield"]))
            {
                w.Text("    public ").Value(fw["type"]).Text(" ").Value(fw["name"]).Text("\n    {\n        readonly get => ").Value(fw["path"])
                    .Text(";\n        set => ").Value(fw["path"]).Text(" = value;\n    }\n");
            }
            else w.Text("    [UnscopedRef]\n    public ref ").Value(fw["type"]).Text(" ").Value(fw["name"]).Text(" => ref ").Value(fw["path"]).Text(";\n");
        }
    }

    private static void FlexibleArrays(ItemWriter w, ScriptObject s)
    {
        foreach (var item in ItemWriter.List(s["flexible_arrays"]))
        {
            var fa = (ScriptObject)item!;
            var kind = w.Truthy(fa["is_zero_length"]) ? "zero-length array" : "flexible array member";
            w.Text("\n    /// <summary>The ").Text(kind).Text(" <c>").Value(fa["name"]).Text("</c> (<c>").Value(fa["native_type_name"]).Text("</c>): ");
            if (w.Truthy(fa["has_pointer_element"]))
            {
                w.Text("a pointer to its first element, at byte ").Value(fa["offset"]).Text(" (valid while the record does not move).</summary>\n");
                w.Text("    public ").Value(fa["element_type"]).Text("* ").Value(fa["name"]).Text("() => (").Value(fa["element_type"])
                    .Text("*)((byte*)Unsafe.AsPointer(ref this) + ").Value(fa["offset"]).Text(");\n");
            }
            else
            {
                w.Text("its first <paramref name=\"length\"/> elements, from byte ").Value(fa["offset"]).Text(" (C does not record the length).</summary>\n");
                w.Text("    [UnscopedRef]\n    public Span<").Value(fa["element_type"]).Text("> ").Value(fa["name"])
                    .Text("(int length) => MemoryMarshal.CreateSpan(ref Unsafe.As<byte, ").Value(fa["element_type"])
                    .Text(">(ref Unsafe.AddByteOffset(ref Unsafe.As<").Value(s["name"]).Text(", byte>(ref this), ").Value(fa["offset"]).Text(")), length);\n");
            }
        }
    }

    private static void ZeroSizeMembers(ItemWriter w, ScriptObject s)
    {
        foreach (var item in ItemWriter.List(s["zero_size_members"]))
        {
            var z = (ScriptObject)item!;
            w.Text("\n    /// <summary>The member <c>").Value(z["name"]).Text("</c> (<c>").Value(z["native_type_name"]).Text("</c>), which C gives no storage: a reference to byte ")
                .Value(z["offset"]).Text(", where C puts it (not a field, so nothing after it moves).</summary>\n");
            if (w.Truthy(z["has_pointer_type"]))
            {
                w.Text("    public ref ").Value(z["type"]).Text(" ").Value(z["name"]).Text(" => ref *(").Value(z["type"])
                    .Text("*)((byte*)Unsafe.AsPointer(ref this) + ").Value(z["offset"]).Text(");\n");
            }
            else
            {
                w.Text("    [UnscopedRef]\n    public ref ").Value(z["type"]).Text(" ").Value(z["name"]).Text(" => ref Unsafe.As<byte, ").Value(z["type"])
                    .Text(">(ref Unsafe.AddByteOffset(ref Unsafe.As<").Value(s["name"]).Text(", byte>(ref this), ").Value(z["offset"]).Text("));\n");
            }
        }
    }

    private static void AlignedAllocation(ItemWriter w, ScriptObject s)
    {
        w.Text("\n    /// <summary>C aligns <c>").Value(s["name"]).Text("</c> to ").Value(s["native_align"])
            .Text(" bytes; .NET aligns a struct to at most 16, so instances C code relies on must live in memory from <see cref=\"AllocateAligned\"/>.</summary>\n");
        w.Text("    public const int NativeAlignment = ").Value(s["native_align"]).Text(";\n\n");
        w.Text("    /// <summary>Allocates <paramref name=\"count\"/> zeroed, contiguous instances in native memory aligned to <see cref=\"NativeAlignment\"/> bytes (each one is, since C's size is a multiple of it); free them with <see cref=\"FreeAligned\"/>.</summary>\n");
        w.Text("    public static ").Value(s["name"]).Text("* AllocateAligned(nuint count = 1)\n    {\n        nuint bytes = checked(count * (nuint)sizeof(").Value(s["name"]).Text("));\n");
        w.Text("        var p = (").Value(s["name"]).Text("*)NativeMemory.AlignedAlloc(bytes == 0 ? 1 : bytes, NativeAlignment);\n        NativeMemory.Clear(p, bytes);\n        return p;\n    }\n\n");
        w.Text("    /// <summary>Frees memory from <see cref=\"AllocateAligned\"/>.</summary>\n    public static void FreeAligned(").Value(s["name"]).Text("* p) => NativeMemory.AlignedFree(p);\n");
    }

    private static void FixedBuffers(ItemWriter w, ScriptObject s)
    {
        foreach (var item in ItemWriter.List(s["fixed_buffers"]))
        {
            var buffer = (ScriptObject)item!;
            w.Text("\n");
            if (w.Truthy(buffer["has_pointer_element"]))
            {
                w.Text("    public unsafe partial struct ").Value(buffer["name"]).Text("\n    {\n");
                foreach (var e in ItemWriter.List(buffer["elements"])) w.Text("        public ").Value(buffer["element_type"]).Text(" ").Value(e).Text(";\n");
                w.Text("\n        /// <summary>Element <paramref name=\"index\"/> (not bounds-checked, like C).</summary>\n        [UnscopedRef]\n        public ref ")
                    .Value(buffer["element_type"]).Text(" this[int index]\n        {\n            get\n            {\n                fixed (").Value(buffer["element_type"])
                    .Text("* p = &e0)\n                {\n                    return ref p[index];\n                }\n            }\n        }\n    }\n");
            }
            else
            {
                w.Text("    [InlineArray(").Value(buffer["length"]).Text(")]\n    public partial struct ").Value(buffer["name"]).Text("\n    {\n        public ")
                    .Value(buffer["element_type"]).Text(" e0;\n    }\n");
            }
        }
    }
}
