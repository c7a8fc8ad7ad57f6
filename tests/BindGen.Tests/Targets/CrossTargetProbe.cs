using System.Text;
using BindGen.Tests.Abi;
using BindGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace BindGen.Tests.Targets;

/// <summary>
/// Proof without foreign machines. One multi-target run writes the common part, each target's variant and the report; then
/// for each target the C# a project of that RID compiles (common files plus its variant, its symbol defined) must compile
/// cleanly, and what it claims — each record's size, alignment and field offsets (<see cref="CsLayout"/>, read from the C#
/// alone), that each import exists in the C of that target and, on i686 Windows, its calling convention — is written as <c>_Static_assert</c>s that
/// <c>clang -target TRIPLE -fsyntax-only</c> must accept. The records to check come from clang's own cursors for that target
/// (<see cref="CRecordWalk"/>): every complete record of the library's files must have a C# type.
/// </summary>
public static class CrossTargetProbe
{
    /// <param name="Imports">Imports checked as declared by the C of the target (with their calling convention on i686 Windows).</param>
    public sealed record TargetReport(string Triple, int Records, int Offsets, int Imports);

    /// <summary>Runs the check; fails the test with every mismatch. <paramref name="sysroots"/>: TRIPLE=DIR entries.</summary>
    public static List<TargetReport> Check(string header, string ns, IReadOnlyList<string> triples, IReadOnlyList<string>? sysroots = null, IReadOnlyList<string>? flags = null)
    {
        var full = Path.GetFullPath(header);
        sysroots ??= [];
        flags ??= [];
        var dir = Directory.CreateTempSubdirectory("bindgen-targets-");
        try
        {
            var run = Bindgen.Run([full, "--namespace", ns, "-o", dir.FullName + "/", .. flags, .. triples.SelectMany(t => new[] { "--target", t }), .. sysroots.SelectMany(s => new[] { "--sysroot", s })]);
            Assert.True(run.ExitCode == 0, run.ToString());
            var files = Directory.GetFiles(dir.FullName, "*.cs").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
            var reports = new List<TargetReport>();
            var failures = new List<string>();
            foreach (var triple in triples)
            {
                var report = CheckTarget(full, ns, triple, files, sysroots, flags, failures);
                if (report is not null) reports.Add(report);
            }
            Assert.True(failures.Count == 0, string.Join("\n", failures));
            return reports;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static TargetReport? CheckTarget(string header, string ns, string triple, List<(string, string)> files, IReadOnlyList<string> sysroots, IReadOnlyList<string> flags, List<string> failures)
    {
        var symbol = "BINDGEN_" + string.Concat(triple.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_'));
        var (compilation, problems) = CSharpCompiler.Compile(files, "Cross_" + symbol, symbols: [symbol]);
        if (!problems.IsEmpty)
        {
            failures.Add($"{triple}: the C# does not compile with {symbol}:\n  " + string.Join("\n  ", problems.Take(20)));
            return null;
        }
        // clang's MSVC driver ignores --sysroot: the stand-in UCRT folder is a system include folder there.
        var sysrootArgs = sysroots.Select(s => s.Split('=', 2)).Where(p => p.Length == 2 && p[0] == triple)
            .SelectMany(p => triple.EndsWith("-windows-msvc", StringComparison.Ordinal) ? ["-isystem" + Path.Combine(Path.GetFullPath(p[1]), "include")] : new[] { "--sysroot=" + Path.GetFullPath(p[1]) }).ToList();
        var clangFlags = new List<string>(flags) { "--target", triple };
        foreach (var s in sysrootArgs) clangFlags.AddRange(["--clang-arg", s]);
        var walk = CRecordWalk.Run(header, clangFlags);

        var layout = new CsLayout(DotNetTarget.Of(triple));
        var types = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingNamespace.ToDisplayString() == ns && t.ContainingType is null && t.TypeKind == TypeKind.Struct).ToList();
        string? NativeName(INamedTypeSymbol t) => t.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "NativeTypeNameAttribute")?.ConstructorArguments[0].Value as string;

        var c = new StringBuilder();
        c.Append("#include <stddef.h>\n#include \"").Append(header).Append("\"\n");
        int records = 0, offsets = 0, imports = 0;
        foreach (var record in walk.Records.Values.Where(r => r.InLibrary).OrderBy(r => r.CSpelling, StringComparer.Ordinal))
        {
            var cs = types.FirstOrDefault(t => NativeName(t) == record.CSpelling) ?? types.FirstOrDefault(t => t.Name == record.Name);
            if (cs is null)
            {
                failures.Add($"{triple}: C record {record.CSpelling} ({Path.GetFileName(record.File)}:{record.Line}) has no C# struct");
                continue;
            }
            var l = layout.Of(cs);
            records++;
            var what = $"{triple}: C# {cs.Name}";
            c.Append($"_Static_assert(sizeof({record.CSpelling}) == {l.Size}, \"{what} size {l.Size}\");\n");
            c.Append($"_Static_assert(_Alignof({record.CSpelling}) == {l.Align}, \"{what} alignment {l.Align}\");\n");
            foreach (var field in record.Fields.Where(f => f.Name.Length > 0 && f.BitWidth is null && !f.IsFlexible && !f.IsAnonymousMember))
            {
                if (!l.Offsets.TryGetValue(field.Name, out var offset)) continue;
                offsets++;
                c.Append($"_Static_assert(offsetof({record.CSpelling}, {field.Name}) == {offset}, \"{what}.{field.Name} offset {offset}\");\n");
            }
        }
        // Every import the target's C# has (its [SupportedOSPlatform]/[UnsupportedOSPlatform] say which) is declared by the
        // target's C; on i686 Windows the convention is part of the ABI, and redeclaring a function with another one is an
        // error in clang.
        bool windows = triple.Contains("-windows", StringComparison.Ordinal);
        bool x86 = DotNetTarget.Of(triple).IsWindowsX86;
        foreach (var method in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member).OfType<IMethodSymbol>().OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var import = method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "DllImportAttribute");
            if (import is null) continue;
            string? Os(string attribute) => method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == attribute)?.ConstructorArguments[0].Value as string;
            if (Os("SupportedOSPlatformAttribute") is "windows" && !windows || Os("UnsupportedOSPlatformAttribute") is "windows" && windows) continue;
            var entry = import.NamedArguments.FirstOrDefault(n => n.Key == "EntryPoint").Value.Value as string ?? method.Name;
            var convention = import.NamedArguments.FirstOrDefault(n => n.Key == "CallingConvention").Value.Value is int cc ? cc : 1; // Winapi
            var attribute = !x86 ? "" : convention switch { 2 => " __attribute__((cdecl))", 5 => " __attribute__((fastcall))", _ => " __attribute__((stdcall))" };
            imports++;
            c.Append($"extern __typeof__({entry}){attribute} {entry};\n");
        }
        var result = ClangCross.SyntaxCheck(triple, c.ToString(), ["-I", Path.GetDirectoryName(header)!, .. sysrootArgs, .. flags.Where((f, i) => i > 0 && flags[i - 1] is "-D").Select(d => "-D" + d)]);
        if (result.ExitCode != 0) failures.Add($"{triple}: clang rejects what the C# claims:\n{result.Stderr}");
        if (records == 0) failures.Add($"{triple}: no record was checked");
        return new TargetReport(triple, records, offsets, imports);
    }
}
