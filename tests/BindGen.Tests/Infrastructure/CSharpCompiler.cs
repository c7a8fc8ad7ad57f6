using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindGen.Tests.Infrastructure;

/// <summary>Compiles C# in memory with Roslyn the way a consuming project would: unsafe allowed, nullable on, warnings as errors.</summary>
public static class CSharpCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> references = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    /// <summary>Compiles the sources; returns every diagnostic of severity warning or error (warning level 9999).</summary>
    /// <param name="documentation">Also check XML doc comments (CS15xx), as a project with GenerateDocumentationFile would.</param>
    /// <param name="symbols">Conditional-compilation symbols (DefineConstants).</param>
    public static (CSharpCompilation Compilation, ImmutableArray<Diagnostic> Problems) Compile(IEnumerable<(string Name, string Source)> sources, string assemblyName = "Generated", OutputKind kind = OutputKind.DynamicallyLinkedLibrary, bool documentation = false, IEnumerable<string>? symbols = null)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, documentation ? DocumentationMode.Diagnose : DocumentationMode.Parse, preprocessorSymbols: symbols);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parse, path: s.Name)).ToList();
        var options = new CSharpCompilationOptions(kind,
            allowUnsafe: true,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            warningLevel: 9999,
            optimizationLevel: OptimizationLevel.Release,
            deterministic: true,
            // Undocumented public members are the C header's business, not a generator error.
            specificDiagnosticOptions: documentation ? [new("CS1591", ReportDiagnostic.Suppress)] : []);
        var compilation = CSharpCompilation.Create(assemblyName, trees, references.Value, options);
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .ToImmutableArray();
        return (compilation, problems);
    }

    /// <summary>Fails with every diagnostic listed when the sources do not compile cleanly.</summary>
    public static CSharpCompilation AssertCompiles(IEnumerable<(string Name, string Source)> sources, string assemblyName = "Generated")
    {
        var (compilation, problems) = Compile(sources, assemblyName);
        Assert.True(problems.IsEmpty, "Generated C# does not compile cleanly:\n" + string.Join("\n", problems.Select(p => p.ToString())));
        return compilation;
    }

    /// <summary>Compiles cleanly, emits and loads the assembly into a fresh collectible load context.</summary>
    public static Assembly CompileAndLoad(IEnumerable<(string Name, string Source)> sources, string assemblyName = "Generated")
    {
        var compilation = AssertCompiles(sources, assemblyName);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext(assemblyName + "-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
