using BindGen.Core;
using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Surface;

public class LibraryNameTests
{
    // A library name nothing on the machine answers to: only the per-platform file name can find zlib.
    private const string Library = "bindgen-zlib-runtime-only";

    private static GenerationResult GenerateZlib(params string[] libraryNames) =>
        Generator.Generate(new GeneratorOptions
        {
            Headers = ["/usr/include/zlib.h"],
            Namespace = "Zlib",
            LibraryName = Library,
            TargetTriple = SurfaceHarness.Triple,
            Include = ["zlibVersion", "ZLIB_VERSION"],
            LibraryFileNames = [.. libraryNames],
        }, "out.cs");

    private const string Probe = """
        using System.Runtime.InteropServices;
        using Zlib;

        public static unsafe class Probe
        {
            public static string Run() => Marshal.PtrToStringUTF8((nint)Native.zlibVersion()) + "|" + Native.ZLIB_VERSION;
        }
        """;

    [Fact]
    public void Per_platform_names_resolve_a_library_only_present_under_its_runtime_file_name()
    {
        var text = SurfaceHarness.Text(GenerateZlib("linux=libz-does-not-exist.so.9", "linux=libz.so.1", "osx=libz.1.dylib", "windows=zlib1.dll"));
        var assembly = SurfaceHarness.Compile(text, Probe);
        // The load context below resolves only "unused"; zlib is found by the generated fallback alone.
        var result = SurfaceHarness.RunProbe(assembly, "unused", "/nonexistent");
        var parts = result.Split('|');
        Assert.Equal(parts[1], parts[0]);
        Assert.StartsWith("1.", parts[0]);
    }

    [Fact]
    public void Without_per_platform_names_the_same_call_fails_to_find_the_library()
    {
        var text = SurfaceHarness.Text(GenerateZlib());
        Assert.DoesNotContain("ResolveLibrary", text);
        var assembly = SurfaceHarness.Compile(text, Probe);
        var error = Assert.ThrowsAny<Exception>(() => SurfaceHarness.RunProbe(assembly, "unused", "/nonexistent"));
        Assert.IsType<DllNotFoundException>(error.InnerException);
    }

    [Fact]
    public void Names_are_tried_in_the_order_given_per_platform()
    {
        var text = SurfaceHarness.Text(GenerateZlib("linux=first.so", "windows=zlib1.dll", "linux=second.so"));
        Assert.Contains("""
                    if (OperatingSystem.IsLinux())
                    {
                        if (NativeLibrary.TryLoad("first.so", out var handle0)) return handle0;
                        if (NativeLibrary.TryLoad("second.so", out var handle1)) return handle1;
                    }
                    if (OperatingSystem.IsWindows())
            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void An_unknown_platform_is_a_bad_option()
    {
        var result = GenerateZlib("beos=libz.so");
        Assert.False(result.Success);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.BadOption), d => d.Message.Contains("the library file names 'beos=libz.so'"));
    }
}
