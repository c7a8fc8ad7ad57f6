using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Emit;
using BindGen.Tests.Surface;

namespace BindGen.Tests.Shim;

/// <summary>Generates with a built shim and puts the shim library, and the fixture library it links to, in one folder.</summary>
internal static class ShimHarness
{
    /// <summary>The generated C# and the folder holding the shim C file and lib&lt;library&gt;_shim.so.</summary>
    public static (GenerationResult Result, string Folder) Generate(string header, string ns, string library, Func<GeneratorOptions, GeneratorOptions>? configure = null, string? fixture = null)
    {
        var folder = Directory.CreateTempSubdirectory("bindgen-shim-test-").FullName;
        string? libraryFolder = null;
        if (fixture is not null)
        {
            var fixtureLibrary = Infrastructure.NativeBuild.SharedLibrary(library, [SurfaceHarness.Header(fixture)]);
            // Linked from the build cache (a path that depends only on the fixture: the shim file stays the same run to run),
            // found at run time beside the shim ($ORIGIN).
            libraryFolder = Path.GetDirectoryName(fixtureLibrary)!;
            File.Copy(fixtureLibrary, Path.Combine(folder, $"lib{library}.so"));
        }
        var result = SurfaceHarness.Generate(header, ns, library, o =>
        {
            o = o with { Shim = Path.Combine(folder, library + "_shim.c"), BuildShim = true, ShimCompilerArguments = libraryFolder is null ? [] : ["-L" + libraryFolder] };
            return configure is null ? o : configure(o);
        });
        if (result.ShimLibrary is { } built) OutputWriter.CopyBinary(built.TemporaryPath, Path.Combine(folder, built.FileName), new DiagnosticBag());
        return (result, folder);
    }
}
