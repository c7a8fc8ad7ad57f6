using BindGen.Core;

namespace BindGen.Tests.Surface;

public class StaticInlineTests
{
    private static (GenerationResult Result, string Folder) Generate()
    {
        var folder = Directory.CreateTempSubdirectory("bindgen-wrap-").FullName;
        var result = SurfaceHarness.Generate("functions/static_inline.h", "StaticInline", "staticinline",
            o => o with { WrapStaticInline = Path.Combine(folder, "wrappers.c") });
        return (result, folder);
    }

    [Fact]
    public void Static_functions_are_imported_from_exported_wrappers()
    {
        var (result, _) = Generate();
        var text = SurfaceHarness.Text(result);
        Assert.Contains("EntryPoint = \"twice__bindgen_wrap\", ExactSpelling = true)]\n    public static extern int twice(int x);", text);
        Assert.Contains("EntryPoint = \"answer__bindgen_wrap\"", text);
        // A variadic one cannot be wrapped: it stays a stub.
        Assert.Contains("[Obsolete(\"not bound: 'sum' is static inline: the library exports no symbol for it\", error: true)]", text);
        var wrappers = result.WrapperFile!.Content;
        Assert.Contains("#include \"", wrappers);
        Assert.Contains("BINDGEN_EXPORT __typeof__(struct pair) make_pair__bindgen_wrap(__typeof__(int) p0, __typeof__(int) p1)\n{\n    return make_pair(p0, p1);\n}", wrappers);
        Assert.Contains("BINDGEN_EXPORT __typeof__(void) store__bindgen_wrap(__typeof__(int *) p0, __typeof__(int) p1)\n{\n    store(p0, p1);\n}", wrappers);
        Assert.DoesNotContain("sum__bindgen_wrap", wrappers);
    }

    [Fact]
    public void Without_the_option_static_functions_are_stubs_and_no_wrapper_file_is_made()
    {
        var result = SurfaceHarness.Generate("functions/static_inline.h", "StaticInline", "staticinline");
        Assert.Null(result.WrapperFile);
        Assert.DoesNotContain("__bindgen_wrap", SurfaceHarness.Text(result));
    }

    [Fact]
    public void Wrapped_static_inline_functions_are_called_for_real()
    {
        var (result, folder) = Generate();
        var text = SurfaceHarness.Text(result);
        var wrapperPath = result.WrapperFile!.RelativePath;
        File.WriteAllText(wrapperPath, result.WrapperFile.Content);
        // The wrappers are the shim: the bindings import them from staticinline_shim, not from the library itself.
        var library = Path.Combine(folder, "libstaticinline_shim.so");
        SurfaceHarness.Run("cc", "-shared", "-fPIC", "-Wall", "-Wextra", "-Werror", "-o", library, wrapperPath);
        const string probe = """
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            using StaticInline;

            public static unsafe class Probe
            {
                [UnmanagedCallersOnly]
                private static int Increment(int x) => x + 1;

                public static string Run()
                {
                    int stored = 0;
                    Native.store(&stored, 7);
                    var pair = Native.make_pair(3, 4);
                    nuint length;
                    fixed (byte* text = "hello\0"u8) length = Native.length(text);
                    return $"{Native.twice(21)} {Native.answer()} {stored} {pair.a},{pair.b} {Native.apply(&Increment, 41)} {length}";
                }
            }
            """;
        var assembly = SurfaceHarness.Compile(text, probe);
        Assert.Equal("42 42 7 3,4 42 5", SurfaceHarness.RunProbe(assembly, "staticinline_shim", library));
    }

    [Fact]
    public void The_command_line_writes_the_wrapper_file()
    {
        var folder = Directory.CreateTempSubdirectory("bindgen-wrap-cli-").FullName;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BindGen.Cli.BindGenCommand.Run(
            [SurfaceHarness.Header("functions/static_inline.h"), "-n", "StaticInline", "-l", "staticinline", "--target", SurfaceHarness.Triple,
             "-o", Path.Combine(folder, "StaticInline.cs"), "--wrap-static-inline", Path.Combine(folder, "wrappers.c")], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("twice__bindgen_wrap", File.ReadAllText(Path.Combine(folder, "wrappers.c")));
        Assert.Contains("twice__bindgen_wrap", File.ReadAllText(Path.Combine(folder, "StaticInline.cs")));
    }
}
