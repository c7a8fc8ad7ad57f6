using System.Text;
using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;
using BindGen.Core.Parsing;
using BindGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindGen.Tests.Abi;

/// <summary>One thing to measure: a record's size or alignment, or a field's offset reached by a C member path.</summary>
public sealed record LayoutItem(string CType, string CsType, string Kind, string CPath, string CsPath)
{
    public string Label => Kind.StartsWith("offset", StringComparison.Ordinal) ? $"{CType}.{CPath} offset" : $"{CType} {Kind}";
}

/// <summary>
/// Differential layout check: the records a header declares are measured twice, by a C program compiled with <c>cc</c>
/// (sizeof, _Alignof, offsetof) and by C# code compiled with the generated bindings (sizeof, an alignment probe struct,
/// address differences), and the two must agree exactly. The list of records and members comes from the header; what
/// the numbers are comes only from the two compilers.
/// </summary>
public static class LayoutProbe
{
    public sealed record Report(IReadOnlyList<string> Mismatches, IReadOnlyList<string> Missing, int Checked);

    public static Report Check(string header, string ns, IReadOnlyList<string> flags, IEnumerable<string>? cFlags = null)
    {
        var full = Path.GetFullPath(header);
        var generated = Bindgen.Run([full, "--namespace", ns, .. flags]);
        Assert.True(generated.ExitCode == 0, generated.ToString());

        var api = ParseModel(full);
        var (compilation, problems) = CSharpCompiler.Compile([("bindings.cs", generated.Stdout)]);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));

        var items = new List<LayoutItem>();
        var missing = new List<string>();
        foreach (var record in api.Records.Where(r => r.IsComplete && r.ParentKey is null && r.Name.Length > 0 && r.Location.File.Length > 0).OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var cName = CSpelling(api, record);
            var csName = Escape(record.Name);
            // A type whose name collides with another or with a name the output uses is renamed with its kind (BG0017).
            var symbol = compilation.GetTypeByMetadataName(ns + "." + record.Name)
                ?? compilation.GetTypeByMetadataName(ns + "." + record.Name + (record.IsUnion ? "_union" : "_struct"));
            bool own = SameFile(record.Location.File, full);
            if (symbol is null || !symbol.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic))
            {
                // Records of other headers are emitted only when used, and opaque (no fields) when used only through pointers.
                if (own && symbol is null) missing.Add($"{cName}: no C# type {ns}.{record.Name}");
                continue;
            }
            csName = Escape(symbol.Name);
            items.Add(new LayoutItem(cName, csName, "size", "", ""));
            items.Add(new LayoutItem(cName, csName, "align", "", ""));
            AddFields(api, record, symbol, cName, csName, "", items, missing, generated.Stderr);
        }

        var c = new StringBuilder();
        c.Append("#include <stdio.h>\n#include <stddef.h>\n#include \"").Append(full).Append("\"\nint main(void) {\n");
        foreach (var item in items)
        {
            var expr = item.Kind switch
            {
                "size" => $"sizeof({item.CType})",
                "align" => $"_Alignof({item.CType})",
                _ => $"offsetof({item.CType}, {item.CPath})",
            };
            c.Append("  printf(\"%s %zu\\n\", \"").Append(item.Label).Append("\", (size_t)(").Append(expr).Append("));\n");
        }
        c.Append("  return 0;\n}\n");
        var cOutput = NativeBuild.RunProgram(c.ToString(), cFlags);

        var cs = new StringBuilder();
        cs.Append("namespace ").Append(ns).Append(";\npublic static unsafe class __LayoutProbe\n{\n");
        var types = items.Select(i => i.CsType).Distinct().ToList();
        for (int i = 0; i < types.Count; i++)
        {
            cs.Append("    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)] private struct __Align").Append(i)
              .Append(" { public byte pad; public ").Append(types[i]).Append(" value; }\n");
        }
        cs.Append("    public static string Run()\n    {\n        var sb = new System.Text.StringBuilder();\n");
        foreach (var item in items)
        {
            var expr = item.Kind switch
            {
                "size" => $"sizeof({item.CsType})",
                "align" => $"Align{types.IndexOf(item.CsType)}()",
                _ => $"Offset{items.IndexOf(item)}()",
            };
            cs.Append("        sb.Append(\"").Append(item.Label).Append(" \").Append((ulong)(").Append(expr).Append(")).Append('\\n');\n");
        }
        cs.Append("        return sb.ToString();\n    }\n");
        for (int i = 0; i < types.Count; i++)
        {
            cs.Append("    private static long Align").Append(i).Append("() { __Align").Append(i).Append(" p = default; return (byte*)&p.value - (byte*)&p; }\n");
        }
        foreach (var (item, index) in items.Select((it, ix) => (it, ix)).Where(p => p.it.Kind != "size" && p.it.Kind != "align"))
        {
            // Fields: their address. Members C reaches through anonymous records are ref properties in C#.
            var address = item.Kind == "offset" ? $"(byte*)&s.{item.CsPath}" : $"(byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref s.{item.CsPath})";
            cs.Append("    private static long Offset").Append(index).Append("() { ").Append(item.CsType).Append(" s = default; return ").Append(address).Append(" - (byte*)&s; }\n");
        }
        cs.Append("}\n");

        var assembly = CSharpCompiler.CompileAndLoad([("bindings.cs", generated.Stdout), ("probe.cs", cs.ToString())], "LayoutProbe");
        var csOutput = (string)assembly.GetType(ns + ".__LayoutProbe")!.GetMethod("Run")!.Invoke(null, null)!;

        var cLines = cOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var csLines = csOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(items.Count, cLines.Length);
        Assert.Equal(items.Count, csLines.Length);
        var mismatches = new List<string>();
        for (int i = 0; i < items.Count; i++)
        {
            if (cLines[i] != csLines[i]) mismatches.Add($"{items[i].Label}: C says {cLines[i][(items[i].Label.Length + 1)..]}, C# says {csLines[i][(items[i].Label.Length + 1)..]}");
        }
        return new Report(mismatches, missing, items.Count);
    }

    private static void AddFields(CApi api, CRecord record, INamedTypeSymbol symbol, string cName, string csName, string prefix, List<LayoutItem> items, List<string> missing, string warnings)
    {
        foreach (var field in record.Fields)
        {
            if (field.IsAnonymousMember && field.Type is CRecordRef anonymous)
            {
                // C reaches the members of an anonymous struct/union directly; so must C#.
                AddFields(api, api.Record(anonymous.Key), symbol, cName, csName, prefix, items, missing, warnings);
                continue;
            }
            if (field.BitWidth is not null || field.Name.Length == 0) continue; // offsetof cannot take a bitfield
            if (field.Type is CArrayType { Length: null }) continue; // a flexible array member starts at sizeof: checked by the runtime tests
            var cPath = prefix + field.Name;
            // A field named like its record gets a trailing underscore in C# (CS0542).
            var member = symbol.GetMembers(field.Name).Concat(symbol.GetMembers(field.Name + "_")).FirstOrDefault(m => m is IFieldSymbol || m is IPropertySymbol { ReturnsByRef: true });
            if (member is null)
            {
                if (!warnings.Contains(record.Name, StringComparison.Ordinal) && !warnings.Contains(cName, StringComparison.Ordinal))
                    missing.Add($"{cName}.{cPath}: no C# field or ref property, and no warning explains why");
                continue;
            }
            items.Add(new LayoutItem(cName, csName, member is IFieldSymbol ? "offset" : "offset-ref", cPath, Escape(member.Name)));
            // Named members of an anonymous record type (struct { int x, y; } pos): check one level inside too.
            if (field.Type is CRecordRef nested && api.Record(nested.Key) is { IsAnonymous: true } inner && member is IFieldSymbol { Type: INamedTypeSymbol innerSymbol })
            {
                foreach (var f in inner.Fields.Where(f => f.BitWidth is null && f.Name.Length > 0 && !f.IsAnonymousMember))
                {
                    if (innerSymbol.GetMembers(f.Name).Any(m => m is IFieldSymbol))
                        items.Add(new LayoutItem(cName, csName, "offset", cPath + "." + f.Name, Escape(field.Name) + "." + Escape(f.Name)));
                }
            }
        }
    }

    private static CApi ParseModel(string header)
    {
        var bag = new DiagnosticBag();
        var parsed = HeaderParser.Parse(new GeneratorOptions { Headers = [header] }, bag, _ => _ => false);
        Assert.True(parsed.Api is not null, string.Join("\n", bag.ToList().Select(d => d.Format())));
        return parsed.Api!;
    }

    /// <summary>How C spells the record's type: its typedef name when it has no tag, else struct/union tag.</summary>
    private static string CSpelling(CApi api, CRecord record)
    {
        // A typedef of the same name that names this record spells it in C whether or not the record has a tag.
        if (api.Typedefs.Any(t => t.Name == record.Name && t.Underlying is CRecordRef r && r.Key == record.Key)) return record.Name;
        return (record.IsUnion ? "union " : "struct ") + record.Name;
    }

    private static bool SameFile(string a, string b) => a.Length > 0 && Path.GetFullPath(a) == Path.GetFullPath(b);

    private static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;
}
