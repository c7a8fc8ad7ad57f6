using System.Text;
using BindGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindGen.Tests.Abi;

/// <summary>One thing to measure: a record's size or alignment, a field's offset or a bitfield's bits, reached by a C member path.</summary>
/// <remarks>
/// Kinds: <c>size</c>, <c>align</c> (<c>align-at-most-16</c> for a record BG0019 names), <c>offset</c> (a field), <c>offset-ref</c> (a ref property forwarding into an
/// anonymous member), <c>flex-span</c>/<c>flex-pointer</c> (a flexible array member's accessor), <c>bits</c> (a bitfield: which bits setting it to all ones sets, which bits setting it to zero
/// clears, and the value it reads back after being set to -1, which shows sign extension).
/// </remarks>
public sealed record LayoutItem(string CType, string CsType, string Kind, string CPath, string CsPath, string? CsMemberType = null)
{
    public string Label => Kind switch
    {
        "offset" or "offset-ref" or "flex-span" or "flex-pointer" => $"{CType}.{CPath} offset",
        "bits" => $"{CType}.{CPath} bits",
        _ => $"{CType} {Kind}",
    };
}

/// <summary>
/// Differential layout check: the records a header declares are measured twice, by a C program compiled with <c>cc</c>
/// (sizeof, _Alignof, offsetof; bitfields by setting them in a zeroed struct and scanning its bytes) and by C# code
/// compiled with the generated bindings (sizeof, an alignment probe struct, address differences, the same byte scan
/// through the generated properties), and the two must agree exactly. The list of records and members comes from an
/// independent walk of clang's cursors (<see cref="CRecordWalk"/>), never from BindGen's model: every complete named
/// record of the library's files and every record the generated C# names. A record or member C# lacks, or an empty C#
/// struct for a C record with members, is reported unless a diagnostic names that exact record; what the numbers are
/// comes only from the two compilers.
/// </summary>
public static class LayoutProbe
{
    public sealed record Report(IReadOnlyList<string> Mismatches, IReadOnlyList<string> Missing, int Checked)
    {
        /// <summary>How many of the checked items were bitfields.</summary>
        public int Bitfields { get; init; }
        /// <summary>How many records were measured.</summary>
        public int Records { get; init; }
    }

    /// <summary>
    /// Measures <paramref name="header"/>. The C side is compiled by <c>cc</c>, unless the header names another compiler
    /// on a line <c>// layout-probe-cc: clang-14</c> (for C that only clang accepts, like enums with a fixed type).
    /// </summary>
    public static Report Check(string header, string ns, IReadOnlyList<string> flags, IEnumerable<string>? cFlags = null)
    {
        var full = Path.GetFullPath(header);
        // Verbose: informational diagnostics (BG0045, BG0018...) can excuse a record too.
        var generated = Bindgen.Run([full, "--namespace", ns, .. flags, .. flags.Contains("--verbose") ? Array.Empty<string>() : ["--verbose"]]);
        Assert.True(generated.ExitCode == 0, generated.ToString());

        // The records and their members come from clang's cursors, not from BindGen's model.
        var walk = CRecordWalk.Run(full, flags);
        var (compilation, problems) = CSharpCompiler.Compile([("bindings.cs", generated.Stdout)]);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        var diagnostics = generated.Stderr + "\n" + string.Join("\n", generated.Stdout.Split('\n').Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var mentioned = MentionedRecords(compilation, ns, walk);

        var items = new List<LayoutItem>();
        var missing = new List<string>();
        // Every complete named record of the library's files and every record the generated C# names, and the records
        // those hold by value, all the way down.
        var probed = new HashSet<string>(walk.Records.Values.Where(r => r.InLibrary || mentioned.Contains(r.CSpelling)).Select(r => r.CSpelling), StringComparer.Ordinal);
        var pending = new Queue<string>(probed);
        while (pending.TryDequeue(out var spelling))
        {
            foreach (var used in Held(walk.Records[spelling].Fields))
                if (walk.Records.ContainsKey(used) && probed.Add(used)) pending.Enqueue(used);
        }
        foreach (var record in probed.Order(StringComparer.Ordinal).Select(s => walk.Records[s]))
        {
            var cName = record.CSpelling;
            bool explained = Explained(diagnostics, record);
            var symbol = FindType(compilation, ns, record.Name, cName);
            if (symbol is null)
            {
                if (!explained) missing.Add($"{cName} ({Path.GetFileName(record.File)}:{record.Line}): no C# type for it, and no diagnostic names it");
                continue;
            }
            var csName = Escape(symbol.Name);
            // A C# struct is at least one byte: a record C makes 0 bytes (GNU empty struct) is excused only by a diagnostic naming
            // it; so is a record emitted empty, to use through pointers only, because gcc and clang disagree on its layout (BG0110).
            bool emptyInCs = !symbol.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic) && record.Fields.Count > 0;
            if (!explained || record.Size != 0 && !emptyInCs)
            {
                items.Add(new LayoutItem(cName, csName, "size", "", ""));
                // .NET aligns a struct to at most 16 bytes: a record C aligns more, named by BG0019, must be aligned to 16.
                items.Add(new LayoutItem(cName, csName, diagnostics.Contains($"BG0019: '{cName}'", StringComparison.Ordinal) ? "align-at-most-16" : "align", "", ""));
            }
            if (!symbol.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic) && record.Fields.Count > 0)
            {
                // An empty C# struct stands only for a record C does not define.
                if (!explained) missing.Add($"{cName} ({Path.GetFileName(record.File)}:{record.Line}): C defines {record.Fields.Count} members, C# type {symbol.Name} has no fields, and no diagnostic names it");
                continue;
            }
            AddFields(record.Fields, symbol, cName, csName, "", "", items, missing, explained, viaRef: false, walk.Macros);
        }

        const string marker = "// layout-probe-cc:";
        var compiler = File.ReadLines(full).Take(5).FirstOrDefault(l => l.StartsWith(marker, StringComparison.Ordinal))?[marker.Length..].Trim();
        var cOutput = NativeBuild.RunProgram(CProbe(full, items), cFlags, compiler);
        var assembly = CSharpCompiler.CompileAndLoad([("bindings.cs", generated.Stdout), ("probe.cs", CsProbe(ns, items))], "LayoutProbe");
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
        return new Report(mismatches, missing, items.Count) { Bitfields = items.Count(i => i.Kind == "bits"), Records = items.Count(i => i.Kind == "size") };
    }

    private static string CProbe(string header, List<LayoutItem> items)
    {
        var c = new StringBuilder();
        c.Append("#include <stdio.h>\n#include <stddef.h>\n#include <string.h>\n#include \"").Append(header).Append("\"\n");
        // Headers may name members by macros (glibc: #define sa_handler __sigaction_handler.sa_handler): measure the members.
        foreach (var name in items.SelectMany(i => i.CPath.Split('.')).Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal))
            c.Append("#ifdef ").Append(name).Append("\n#undef ").Append(name).Append("\n#endif\n");
        // The bits of a bitfield, found as C stores them: the first set (or clear) bit, how many, and whether they are contiguous.
        c.Append("""
            static void scan(const unsigned char *p, size_t n, int want) {
              long first = -1, last = -1, count = 0;
              for (size_t i = 0; i < n * 8; i++)
                if (((p[i / 8] >> (i % 8)) & 1) == want) { if (first < 0) first = (long)i; last = (long)i; count++; }
              printf(" %ld %ld %d", first, count, count == 0 || last - first + 1 == count);
            }

            """);
        c.Append("int main(void) {\n");
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind == "bits")
            {
                c.Append("  { ").Append(item.CType).Append(" s; long long r;\n")
                 .Append("    memset(&s, 0, sizeof s); s.").Append(item.CPath).Append(" = -1; r = (long long)s.").Append(item.CPath).Append(";\n")
                 .Append("    printf(\"%s\", \"").Append(item.Label).Append("\"); scan((const unsigned char *)&s, sizeof s, 1);\n")
                 .Append("    memset(&s, 0xff, sizeof s); s.").Append(item.CPath).Append(" = 0; scan((const unsigned char *)&s, sizeof s, 0);\n")
                 .Append("    printf(\" %lld\\n\", r); }\n");
                continue;
            }
            var expr = item.Kind switch
            {
                "size" => $"sizeof({item.CType})",
                "align" => $"_Alignof({item.CType})",
                "align-at-most-16" => $"(_Alignof({item.CType}) > 16 ? 16 : _Alignof({item.CType}))",
                _ => $"offsetof({item.CType}, {item.CPath})",
            };
            c.Append("  printf(\"%s %zu\\n\", \"").Append(item.Label).Append("\", (size_t)(").Append(expr).Append("));\n");
        }
        c.Append("  return 0;\n}\n");
        return c.ToString();
    }

    private static string CsProbe(string ns, List<LayoutItem> items)
    {
        var cs = new StringBuilder();
        cs.Append("namespace ").Append(ns).Append(";\npublic static unsafe class __LayoutProbe\n{\n");
        var types = items.Select(i => i.CsType).Distinct().ToList();
        for (int i = 0; i < types.Count; i++)
        {
            cs.Append("    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)] private struct __Align").Append(i)
              .Append(" { public byte pad; public ").Append(types[i]).Append(" value; }\n");
        }
        cs.Append("""
                public static long minusOne = -1;
                private static string Scan(byte* p, int n, int want)
                {
                    long first = -1, last = -1, count = 0;
                    for (int i = 0; i < n * 8; i++)
                        if (((p[i / 8] >> (i % 8)) & 1) == want) { if (first < 0) first = i; last = i; count++; }
                    return $" {first} {count} {(count == 0 || last - first + 1 == count ? 1 : 0)}";
                }

            """);
        cs.Append("    public static string Run()\n    {\n        var sb = new System.Text.StringBuilder();\n");
        for (int index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (item.Kind == "bits")
            {
                cs.Append("        sb.Append(\"").Append(item.Label).Append("\").Append(Bits").Append(index).Append("()).Append('\\n');\n");
                continue;
            }
            var expr = item.Kind switch
            {
                "size" => $"sizeof({item.CsType})",
                "align" or "align-at-most-16" => $"Align{types.IndexOf(item.CsType)}()",
                _ => $"Offset{index}()",
            };
            cs.Append("        sb.Append(\"").Append(item.Label).Append(" \").Append((ulong)(").Append(expr).Append(")).Append('\\n');\n");
        }
        cs.Append("        return sb.ToString();\n    }\n");
        for (int i = 0; i < types.Count; i++)
        {
            cs.Append("    private static long Align").Append(i).Append("() { __Align").Append(i).Append(" p = default; return (byte*)&p.value - (byte*)&p; }\n");
        }
        for (int index = 0; index < items.Count; index++)
        {
            var item = items[index];
            switch (item.Kind)
            {
                case "offset":
                case "offset-ref":
                case "flex-span":
                case "flex-pointer":
                {
                    // Fields: their address. Members C reaches through anonymous records are ref properties in C#.
                    // Flexible array members: where the span (or pointer) their accessor returns starts.
                    var address = item.Kind switch
                    {
                        "offset" => $"(byte*)&s.{item.CsPath}",
                        "flex-span" => $"(byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s.{item.CsPath}(0)))",
                        _ => $"(byte*)s.{item.CsPath}()",
                    };
                    if (item.Kind == "offset-ref")
                    {
                        // Not Unsafe.AsPointer: pointer and function pointer types cannot be type arguments.
                        cs.Append("    private static long Offset").Append(index).Append("() { ").Append(item.CsType).Append(" s = default; fixed (void* p = &s.").Append(item.CsPath).Append(") return (byte*)p - (byte*)&s; }\n");
                        break;
                    }
                    cs.Append("    private static long Offset").Append(index).Append("() { ").Append(item.CsType).Append(" s = default; return ").Append(address).Append(" - (byte*)&s; }\n");
                    break;
                }
                case "bits":
                    cs.Append("    private static string Bits").Append(index).Append("()\n    {\n")
                      .Append("        ").Append(item.CsType).Append(" s = default;\n")
                      .Append("        s.").Append(item.CsPath).Append(" = unchecked((").Append(item.CsMemberType).Append(")minusOne);\n")
                      .Append("        long r = unchecked((long)s.").Append(item.CsPath).Append(");\n")
                      .Append("        var text = Scan((byte*)&s, sizeof(").Append(item.CsType).Append("), 1);\n")
                      .Append("        new System.Span<byte>(&s, sizeof(").Append(item.CsType).Append(")).Fill(0xff);\n")
                      .Append("        s.").Append(item.CsPath).Append(" = default;\n")
                      .Append("        return text + Scan((byte*)&s, sizeof(").Append(item.CsType).Append("), 0) + \" \" + r;\n")
                      .Append("    }\n");
                    break;
            }
        }
        cs.Append("}\n");
        return cs.ToString();
    }

    /// <summary>
    /// The C# type of a record: by name, or (named after its typedef, or renamed to avoid a clash) by its [NativeTypeName],
    /// or a suffix.
    /// </summary>
    private static INamedTypeSymbol? FindType(Compilation compilation, string ns, string name, string cSpelling)
    {
        // Only structs: the static class of functions may carry a record's name (a record named Native is renamed).
        INamedTypeSymbol? Struct(string metadataName) => compilation.GetTypeByMetadataName(metadataName) is { TypeKind: TypeKind.Struct } t ? t : null;
        var byName = Struct(ns + "." + name);
        // A type without [NativeTypeName] is spelled in C like in C#: it is this record only when C spells the record by that name.
        if (byName is not null && (NativeName(byName) ?? name) == cSpelling) return byName;
        var container = compilation.GlobalNamespace;
        foreach (var part in ns.Split('.')) container = container?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part)!;
        return container?.GetTypeMembers().FirstOrDefault(t => t.TypeKind == TypeKind.Struct && NativeName(t) == cSpelling) ?? byName
            ?? new[] { "_", "_struct", "_union" }.Select(suffix => Struct(ns + "." + name + suffix)).FirstOrDefault(t => t is not null);
    }

    private static string? NativeName(ISymbol symbol) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "NativeTypeNameAttribute")?.ConstructorArguments.FirstOrDefault().Value as string;

    /// <summary>The named records <paramref name="fields"/> hold by value, anonymous members included.</summary>
    private static IEnumerable<string> Held(IReadOnlyList<CProbeField> fields) =>
        fields.SelectMany(f => (f.UsesRecord is { } used ? [used] : Array.Empty<string>()).Concat(f.Inner is { } inner ? Held(inner) : []));

    /// <summary>
    /// Records the generated C# names: in a <c>[NativeTypeName]</c> (<c>struct timeval *</c>, <c>fd_set *</c>) or as a
    /// type's own name; each as the C spelling of the record <paramref name="walk"/> found.
    /// </summary>
    private static HashSet<string> MentionedRecords(Compilation compilation, string ns, CRecordWalk walk)
    {
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var tree = compilation.SyntaxTrees.First();
        foreach (var attribute in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>())
        {
            if (attribute.Name.ToString() is not ("NativeTypeName" or "NativeTypeNameAttribute")) continue;
            if (attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is not Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal) continue;
            var text = literal.Token.ValueText;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"\b(?:(?<tag>struct|union)\s+)?(?<name>[A-Za-z_]\w*)"))
            {
                var name = m.Groups["name"].Value;
                if (m.Groups["tag"].Success && walk.Records.ContainsKey(m.Groups["tag"].Value + " " + name)) mentioned.Add(m.Groups["tag"].Value + " " + name);
                else if (!m.Groups["tag"].Success && walk.Aliases.TryGetValue(name, out var spelling)) mentioned.Add(spelling);
            }
        }
        var container = compilation.GlobalNamespace;
        foreach (var part in ns.Split('.')) container = container?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part)!;
        foreach (var type in container?.GetTypeMembers() ?? [])
        {
            if (type.TypeKind == TypeKind.Struct && walk.Aliases.TryGetValue(type.Name, out var spelling)) mentioned.Add(spelling);
        }
        return mentioned;
    }

    /// <summary>
    /// Adds the members <paramref name="fields"/> reached from the measured type by <paramref name="cPrefix"/> in C and
    /// <paramref name="csPrefix"/> in C#, whose members are looked up in <paramref name="symbol"/>. A member C# lacks is
    /// missing unless a diagnostic names its record (<paramref name="explained"/>) or a macro of its name hides it from C code.
    /// </summary>
    private static void AddFields(IReadOnlyList<CProbeField> fields, INamedTypeSymbol symbol, string cName, string csName, string cPrefix, string csPrefix,
        List<LayoutItem> items, List<string> missing, bool explained, bool viaRef, HashSet<string> macros)
    {
        foreach (var field in fields)
        {
            if (field.IsAnonymousMember)
            {
                // C reaches the members of an anonymous struct/union directly; so must C#.
                AddFields(field.Inner!, symbol, cName, csName, cPrefix, csPrefix, items, missing, explained, viaRef, macros);
                continue;
            }
            if (field.Name.Length == 0 || field.BitWidth == 0) continue; // unnamed bitfields only shape the layout of the others
            var cPath = cPrefix + field.Name;
            // A member named like its enclosing type is renamed with a trailing underscore.
            var csMemberName = symbol.GetMembers(field.Name).IsEmpty && !symbol.GetMembers(field.Name + "_").IsEmpty ? field.Name + "_" : field.Name;
            var csPath = csPrefix + Escape(csMemberName);
            if (field.IsFlexible)
            {
                // A flexible array member: an accessor method whose result starts where C's member does.
                var accessor = symbol.GetMembers(csMemberName).OfType<IMethodSymbol>().FirstOrDefault();
                if (accessor is null)
                {
                    if (!explained && !macros.Contains(field.Name)) missing.Add($"{cName}.{cPath}: no flexible array accessor, and no diagnostic names the record");
                    continue;
                }
                items.Add(new LayoutItem(cName, csName, accessor.Parameters.Length == 0 ? "flex-pointer" : "flex-span", cPath, csPath));
                continue;
            }
            if (field.BitWidth is not null)
            {
                var property = symbol.GetMembers(csMemberName).OfType<IPropertySymbol>().FirstOrDefault(p => p.SetMethod is not null);
                if (property is null)
                {
                    if (!explained && !macros.Contains(field.Name)) missing.Add($"{cName}.{cPath}: no C# bitfield property, and no diagnostic names the record");
                    continue;
                }
                items.Add(new LayoutItem(cName, csName, "bits", cPath, csPath, property.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
                continue;
            }
            var member = symbol.GetMembers(csMemberName).FirstOrDefault(m => m is IFieldSymbol || m is IPropertySymbol { ReturnsByRef: true });
            if (member is null)
            {
                if (!explained && !macros.Contains(field.Name)) missing.Add($"{cName}.{cPath}: no C# field or ref property, and no diagnostic names the record");
                continue;
            }
            bool isRef = viaRef || member is IPropertySymbol;
            items.Add(new LayoutItem(cName, csName, isRef ? "offset-ref" : "offset", cPath, csPath));
            // Named members of an anonymous record type (struct { int x, y; } pos): check inside too, all the way down.
            var memberType = member switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null };
            if (field.Inner is { } inner && memberType is INamedTypeSymbol innerSymbol)
                AddFields(inner, innerSymbol, cName, csName, cPath + ".", csPath + ".", items, missing, explained, isRef, macros);
        }
    }

    /// <summary>True when a diagnostic or a Not-bound line names exactly this record: <c>'tag'</c> or <c>'struct tag'</c>.</summary>
    /// <remarks>An anonymous member record is named by the record holding it: <c>'anonymous union in struct outer'</c>.</remarks>
    private static bool Explained(string diagnostics, CProbeRecord record) =>
        diagnostics.Contains($"'{record.Name}'", StringComparison.Ordinal) || diagnostics.Contains($"'{record.CSpelling}'", StringComparison.Ordinal)
        || diagnostics.Contains($" in {record.CSpelling}'", StringComparison.Ordinal);

    private static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;
}
