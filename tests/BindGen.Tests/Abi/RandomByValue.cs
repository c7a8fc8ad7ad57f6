using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BindGen.Tests.Abi;

/// <summary>
/// C code for the by-value round trip of random records: for each record <c>rK</c>, <c>rK_make(seed)</c> fills every
/// member from the seed and returns the record by value, and <c>rK_check(v, seed)</c> / <c>rK_check2(v, w, seed)</c>
/// take records by value and count the members that differ from a fresh fill. C# only carries the records from one call
/// to the next, so any disagreement on how a record travels (registers, stack, hidden pointer) shows as a count.
/// Padding never takes part: members are compared one by one (a union through its first member).
/// </summary>
public static partial class RandomByValue
{
    [GeneratedRegex(@"\{0\}((?:\[\d+\])*)")]
    private static partial Regex Dims();

    /// <summary>True when the record (and everything it embeds) can travel by value in C# as in C: no blob members, no flexible array.</summary>
    public static bool Eligible(GenRecord record, IReadOnlyDictionary<string, GenRecord> byTag) =>
        record.Fields.All(f => f.Anonymous is not null ? Eligible(f.Anonymous, byTag) : f.Bits is not null || Kind(f, out _, out var tag) switch
        {
            "blob" or "flexible" => false,
            "record" => Eligible(byTag[tag!], byTag),
            _ => true,
        });

    /// <summary>The declarations to append to the header.</summary>
    public static string Declarations(IEnumerable<GenRecord> records)
    {
        var sb = new StringBuilder();
        foreach (var r in records)
        {
            sb.Append(r.Spelling).Append(' ').Append(r.Tag).Append("_make(unsigned seed);\n");
            sb.Append("int ").Append(r.Tag).Append("_check(").Append(r.Spelling).Append(" v, unsigned seed);\n");
            sb.Append("int ").Append(r.Tag).Append("_check2(double d, ").Append(r.Spelling).Append(" v, int i, ").Append(r.Spelling).Append(" w, unsigned seed);\n");
        }
        return sb.ToString();
    }

    /// <summary>The C file implementing the declarations for <paramref name="tested"/> (fill and compare helpers for every record).</summary>
    public static string Implementation(string headerName, IReadOnlyList<GenRecord> all, IEnumerable<GenRecord> tested)
    {
        var sb = new StringBuilder();
        sb.Append("#include <string.h>\n#include <stdint.h>\n#include \"").Append(headerName).Append("\"\n\n");
        foreach (var r in all) sb.Append("static void fill_").Append(r.Tag).Append('(').Append(r.Spelling).Append(" *p, unsigned s);\n")
                                 .Append("static int cmp_").Append(r.Tag).Append("(const ").Append(r.Spelling).Append(" *a, const ").Append(r.Spelling).Append(" *b);\n");
        foreach (var r in all)
        {
            var fill = new StringBuilder();
            var cmp = new StringBuilder();
            int k = 0;
            Members(r, "", fill, cmp, ref k);
            sb.Append("static void fill_").Append(r.Tag).Append('(').Append(r.Spelling).Append(" *p, unsigned s) {\n    memset(p, 0, sizeof *p);\n").Append(fill).Append("}\n");
            sb.Append("static int cmp_").Append(r.Tag).Append("(const ").Append(r.Spelling).Append(" *a, const ").Append(r.Spelling).Append(" *b) {\n    int bad = 0;\n").Append(cmp).Append("    return bad;\n}\n");
        }
        foreach (var r in tested)
        {
            sb.Append(r.Spelling).Append(' ').Append(r.Tag).Append("_make(unsigned seed) { ").Append(r.Spelling).Append(" v; fill_").Append(r.Tag).Append("(&v, seed); return v; }\n");
            sb.Append("int ").Append(r.Tag).Append("_check(").Append(r.Spelling).Append(" v, unsigned seed) { ").Append(r.Spelling).Append(" e; fill_").Append(r.Tag)
              .Append("(&e, seed); return cmp_").Append(r.Tag).Append("(&v, &e); }\n");
            sb.Append("int ").Append(r.Tag).Append("_check2(double d, ").Append(r.Spelling).Append(" v, int i, ").Append(r.Spelling).Append(" w, unsigned seed) { ")
              .Append(r.Spelling).Append(" e; fill_").Append(r.Tag).Append("(&e, seed); return cmp_").Append(r.Tag).Append("(&v, &e) + cmp_").Append(r.Tag)
              .Append("(&w, &e) + (d != 2.5) + (i != -7); }\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// A C program, built by gcc, that crosses the two builds of the C file: it makes each record with one build and checks
    /// it with the other (gcc's <c>rK_make</c> into clang's <c>rK_check</c>, and the other way round) and prints the
    /// spelling of every record the two compilers do not pass alike. No C# and no BindGen take part: this is what the
    /// compilers themselves disagree on.
    /// </summary>
    public static string CrossDriver(string headerName, string gccLibrary, string clangLibrary, IEnumerable<GenRecord> tested)
    {
        var sb = new StringBuilder();
        sb.Append("#include <dlfcn.h>\n#include <stdio.h>\n#include <unistd.h>\n#include <sys/wait.h>\n#include \"").Append(headerName).Append("\"\n");
        sb.Append("static void *sym(void *lib, const char *name) { void *p = dlsym(lib, name); if (!p) { fprintf(stderr, \"%s missing\\n\", name); _exit(1); } return p; }\n");
        sb.Append("int main(void) {\n    void *g = dlopen(\"").Append(gccLibrary).Append("\", RTLD_NOW | RTLD_LOCAL);\n    void *c = dlopen(\"")
          .Append(clangLibrary).Append("\", RTLD_NOW | RTLD_LOCAL);\n    if (!g || !c) { fprintf(stderr, \"%s\\n\", dlerror()); return 1; }\n");
        foreach (var r in tested)
        {
            var t = r.Tag;
            // A crossed call can crash (a hidden return pointer one side does not pass): each record runs in a child.
            sb.Append("    if (fork() == 0) {\n");
            foreach (var (side, lib) in new[] { ("g", "g"), ("c", "c") })
            {
                sb.Append("        __typeof__(&").Append(t).Append("_make) make_").Append(side).Append(" = (__typeof__(&").Append(t).Append("_make))sym(").Append(lib).Append(", \"").Append(t).Append("_make\");\n");
                sb.Append("        __typeof__(&").Append(t).Append("_check) check_").Append(side).Append(" = (__typeof__(&").Append(t).Append("_check))sym(").Append(lib).Append(", \"").Append(t).Append("_check\");\n");
                sb.Append("        __typeof__(&").Append(t).Append("_check2) check2_").Append(side).Append(" = (__typeof__(&").Append(t).Append("_check2))sym(").Append(lib).Append(", \"").Append(t).Append("_check2\");\n");
            }
            sb.Append("        ").Append(r.Spelling).Append(" vg = make_g(11u), vc = make_c(11u);\n");
            sb.Append("        _exit(check_c(vg, 11u) + check2_c(2.5, vg, -7, vg, 11u) + check_g(vc, 11u) + check2_g(2.5, vc, -7, vc, 11u) != 0);\n    } else {\n")
              .Append("        int status = 0; wait(&status);\n        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) puts(\"").Append(r.Spelling).Append("\");\n    }\n");
        }
        sb.Append("    return 0;\n}\n");
        return sb.ToString();
    }

    /// <summary>The C# driver: makes each record in C, hands it back by value, and reports the members that differ.</summary>
    public static string Driver(string ns, IEnumerable<GenRecord> tested)
    {
        var sb = new StringBuilder();
        sb.Append("namespace ").Append(ns).Append(";\npublic static class Driver\n{\n    public static string Run()\n    {\n        var failures = new System.Collections.Generic.List<string>();\n");
        foreach (var r in tested)
        {
            sb.Append("        { var v = Native.").Append(r.Tag).Append("_make(11u); int bad = Native.").Append(r.Tag).Append("_check(v, 11u) + Native.").Append(r.Tag)
              .Append("_check2(2.5, v, -7, v, 11u); if (bad != 0) failures.Add(\"").Append(r.Spelling).Append(" : \" + bad + \" members differ after travelling by value\"); }\n");
        }
        sb.Append("        return string.Join(\"\\n\", failures);\n    }\n}\n");
        return sb.ToString();
    }

    private static void Members(GenRecord record, string prefix, StringBuilder fill, StringBuilder cmp, ref int k)
    {
        foreach (var field in record.Fields)
        {
            if (field.Anonymous is not null)
            {
                Members(field.Anonymous, field.Name is null ? prefix : prefix + field.Name + ".", fill, cmp, ref k);
                if (record.IsUnion) return;
                continue;
            }
            if (field.Name is null || field.Bits == 0) continue;
            k++;
            var kind = Kind(field, out var dims, out var tag);
            if (field.Bits is not null) kind = "bitfield";
            if (kind is "flexible" or "blob") continue; // only in records that are not tested
            var path = prefix + field.Name;
            var value = $"(s + {k.ToString(CultureInfo.InvariantCulture)}u";
            var loops = new StringBuilder();
            if (field.Bits is null)
            {
                for (int d = 0; d < dims.Count; d++)
                {
                    loops.Append($"for (int i{d} = 0; i{d} < {dims[d]}; i{d}++) ");
                    path += $"[i{d}]";
                    value += $" + i{d} * {7 + d * 4}u";
                }
            }
            value += ")";
            var baseType = BaseType(field);
            switch (kind)
            {
                case "bool":
                    fill.Append("    ").Append(loops).Append("p->").Append(path).Append(" = ").Append(value).Append(" & 1u;\n");
                    cmp.Append("    ").Append(loops).Append("bad += a->").Append(path).Append(" != b->").Append(path).Append(";\n");
                    break;
                case "pointer":
                    fill.Append("    ").Append(loops).Append("{ uintptr_t x = (uintptr_t)").Append(value).Append(" * 16u; memcpy(&p->").Append(path).Append(", &x, sizeof x); }\n");
                    cmp.Append("    ").Append(loops).Append("bad += memcmp(&a->").Append(path).Append(", &b->").Append(path).Append(", sizeof a->").Append(path).Append(") != 0;\n");
                    break;
                case "record":
                    fill.Append("    ").Append(loops).Append("fill_").Append(tag).Append("(&p->").Append(path).Append(", ").Append(value).Append(");\n");
                    cmp.Append("    ").Append(loops).Append("bad += cmp_").Append(tag).Append("(&a->").Append(path).Append(", &b->").Append(path).Append(");\n");
                    break;
                case "bitfield":
                    fill.Append("    p->").Append(path).Append(" = ").Append(value).Append(" * 2654435761u;\n");
                    cmp.Append("    bad += a->").Append(path).Append(" != b->").Append(path).Append(";\n");
                    break;
                default:
                    // Spread the value over the whole width so every byte of the member matters.
                    fill.Append("    ").Append(loops).Append("p->").Append(path).Append(" = (").Append(baseType).Append(")(").Append(value).Append(" * 2654435761u);\n");
                    cmp.Append("    ").Append(loops).Append("bad += a->").Append(path).Append(" != b->").Append(path).Append(";\n");
                    break;
            }
            if (record.IsUnion) return;
        }
    }

    private static string BaseType(GenField field) => Dims().Replace(field.Declarator, "").Replace("[]", "", StringComparison.Ordinal).Trim();

    /// <summary>What a (non-bitfield) field is: arith, bool, pointer, record, blob or flexible; its array dimensions; the record tag it embeds.</summary>
    private static string Kind(GenField field, out List<int> dims, out string? tag)
    {
        tag = null;
        dims = [];
        var m = Dims().Match(field.Declarator);
        if (m.Success)
        {
            foreach (Match d in Regex.Matches(m.Groups[1].Value, @"\d+")) dims.Add(int.Parse(d.Value, CultureInfo.InvariantCulture));
        }
        if (field.Declarator.Contains("[]", StringComparison.Ordinal)) return "flexible";
        var type = BaseType(field);
        if (type.Contains("(*", StringComparison.Ordinal) || type.EndsWith('*')) return "pointer";
        if (type.Contains("long double", StringComparison.Ordinal) || type.Contains("_Complex", StringComparison.Ordinal)) return "blob";
        if (type == "_Bool") return "bool";
        var last = type.Split(' ').Last();
        if (Regex.IsMatch(last, @"^r\d+$") && !type.StartsWith("enum", StringComparison.Ordinal))
        {
            tag = last;
            return "record";
        }
        return "arith";
    }
}
