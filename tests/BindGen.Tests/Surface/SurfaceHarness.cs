using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using BindGen.Core;
using BgDiagnostic = BindGen.Core.Diagnostics.Diagnostic;
using BgDescriptor = BindGen.Core.Diagnostics.DiagnosticDescriptor;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Surface;

/// <summary>
/// Helpers of the surface tests: generate from a test header through the public API, compile the output with Roslyn
/// (unsafe, nullable, every warning an error), build C fixtures with cc, and run code against them in a collectible
/// load context that resolves the fixture library by name.
/// </summary>
internal static class SurfaceHarness
{
    public const string Triple = "x86_64-unknown-linux-gnu";

    public static string RepoRoot => RepoPaths.Root;

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

    /// <summary>
    /// The generated text without its comment lines: what is declared. Declarations left out or skipped are still named
    /// in the "Not bound" comment list.
    /// </summary>
    public static string Code(string text) =>
        string.Join("\n", text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    public static IEnumerable<BgDiagnostic> WithCode(GenerationResult result, BgDescriptor descriptor) =>
        result.Diagnostics.Where(d => d.Code == descriptor.Code);

    public static byte[] Compile(params string[] sources) => Compile(documentation: false, sources);

    /// <summary>Compiles with the shared Roslyn settings (warnings as errors); returns the assembly's bytes.</summary>
    public static byte[] Compile(bool documentation, params string[] sources)
    {
        var (compilation, problems) = CSharpCompiler.Compile(sources.Select((s, i) => ($"source{i}.cs", s)), "Bindings" + Guid.NewGuid().ToString("N"), documentation: documentation);
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Select(d => d.ToString())) + "\n--- source ---\n" + sources[0]);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return stream.ToArray();
    }

    public static string BuildLibrary(string cSource, string library) => NativeBuild.SharedLibrary(library, [Header(cSource)]);

    public static string Run(string file, params string[] args)
    {
        var result = ProcessRunner.Run(file, args);
        Assert.True(result.ExitCode == 0, $"{file} {string.Join(' ', args)} failed:\n{result.Stderr}");
        return result.Stdout;
    }

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
}
