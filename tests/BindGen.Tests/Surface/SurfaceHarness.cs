using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using BindGen.Core;
using BgDiagnostic = BindGen.Core.Diagnostics.Diagnostic;
using BgDescriptor = BindGen.Core.Diagnostics.DiagnosticDescriptor;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindGen.Tests.Surface;

/// <summary>
/// Helpers of the surface tests: generate from a test header through the public API, compile the output with Roslyn
/// (unsafe, nullable, every warning an error), build C fixtures with cc, and run code against them in a collectible
/// load context that resolves the fixture library by name.
/// </summary>
internal static class SurfaceHarness
{
    public const string Triple = "x86_64-unknown-linux-gnu";

    public static string RepoRoot { get; } = FindRoot();

    public static string Header(string relative) => Path.Combine(RepoRoot, "test-headers", relative);

    /// <summary>Generates one file from <paramref name="header"/> (relative to test-headers/) with options adjusted by <paramref name="configure"/>.</summary>
    public static GenerationResult Generate(string header, string ns, string library, Func<GeneratorOptions, GeneratorOptions>? configure = null)
    {
        var options = new GeneratorOptions
        {
            Headers = [Header(header)],
            Namespace = ns,
            LibraryName = library,
            TargetTriple = Triple,
            WorkingDirectory = RepoRoot,
        };
        if (configure is not null) options = configure(options);
        return Generator.Generate(options, "out.cs");
    }

    /// <summary>The single output file's text; fails the test when generation reported an error.</summary>
    public static string Text(GenerationResult result)
    {
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return Assert.Single(result.Files).Content;
    }

    public static IEnumerable<BgDiagnostic> WithCode(GenerationResult result, BgDescriptor descriptor) =>
        result.Diagnostics.Where(d => d.Code == descriptor.Code);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "System.dll" or "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
    ]);

    /// <summary>Compiles <paramref name="sources"/> into an assembly; fails the test on any diagnostic of warning level or above.</summary>
    public static byte[] Compile(params string[] sources) => Compile(documentation: false, sources);

    /// <summary>
    /// Compiles like <see cref="Compile(string[])"/>; with <paramref name="documentation"/>, XML doc comments are checked
    /// too (badly formed XML, unknown or missing param tags), except CS1591 (an undocumented public member).
    /// </summary>
    public static byte[] Compile(bool documentation, params string[] sources)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error,
            warningLevel: 9999, deterministic: true, specificDiagnosticOptions: documentation ? [new("CS1591", ReportDiagnostic.Suppress)] : []);
        var parse = new CSharpParseOptions(LanguageVersion.Latest, documentation ? DocumentationMode.Diagnose : DocumentationMode.Parse);
        var compilation = CSharpCompilation.Create("Bindings" + Guid.NewGuid().ToString("N"),
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, $"source{i}.cs")), References.Value, options);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();
        Assert.True(emit.Success && problems.Count == 0, string.Join("\n", problems.Select(d => d.ToString())) + "\n--- source ---\n" + sources[0]);
        return stream.ToArray();
    }

    /// <summary>Builds test-headers/<paramref name="cSource"/> into lib<paramref name="library"/>.so in a fresh temp folder.</summary>
    public static string BuildLibrary(string cSource, string library)
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-surface-").FullName;
        var output = Path.Combine(dir, $"lib{library}.so");
        Run("cc", "-shared", "-fPIC", "-O1", "-o", output, Header(cSource));
        return output;
    }

    public static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed:\n{stderr}");
        return stdout;
    }

    /// <summary>
    /// Loads <paramref name="assembly"/> into a collectible context where native library <paramref name="library"/>
    /// resolves to <paramref name="libraryPath"/>, calls static <c>Probe.Run()</c> and returns its string.
    /// </summary>
    public static string RunProbe(byte[] assembly, string library, string libraryPath)
    {
        var context = new FixtureLoadContext(library, libraryPath);
        try
        {
            var loaded = context.LoadFromStream(new MemoryStream(assembly));
            var probe = loaded.GetType("Probe", throwOnError: true)!;
            return (string)probe.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class FixtureLoadContext(string library, string path) : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;

        protected override nint LoadUnmanagedDll(string unmanagedDllName) =>
            unmanagedDllName == library ? LoadUnmanagedDllFromPath(path) : 0;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BindGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("BindGen.sln not found above " + AppContext.BaseDirectory);
    }
}
