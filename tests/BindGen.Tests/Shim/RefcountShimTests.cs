using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Tests.Infrastructure;
using BindGen.Tests.Surface;

namespace BindGen.Tests.Shim;

/// <summary>
/// test-headers/shim/refcount.h: static inline incref/decref, a forwarding macro, a macro reading a field (signature from
/// config), a macro whose wrapper does not compile, and errno, all called through the built shim.
/// </summary>
public class RefcountShimTests
{
    private static readonly Lazy<(GenerationResult Result, string Folder)> Built = new(() => ShimHarness.Generate("shim/refcount.h", "Refcount", "refcount",
        o => o with { MacroFunctions = ["RC_REFS=int (rc_object *o)", "RC_BROKEN=int (const rc_object *o)"], SetLastError = ["rc_fail_*"] },
        fixture: "shim/refcount.c"));

    private const string Driver = """
        using System.Runtime.InteropServices;
        using Refcount;

        public static unsafe class Probe
        {
            public static string Run()
            {
                int start = Native.rc_freed(); // the library's counter is shared by the tests of this class
                var o = Native.rc_make(41);
                Native.rc_incref(o);
                Native.rc_incref(o);
                int refs = Native.RC_REFS(o);
                int tag = o->tag;
                int value = o->value;
                int left = Native.rc_decref(o);
                Native.rc_decref(o);
                int freedBefore = Native.rc_freed();
                Native.rc_decref(o);
                int failed = Native.rc_fail_with(34);
                int errno = Marshal.GetLastPInvokeError();
                return $"refs={refs} tag={tag} value={value} left={left} freed={freedBefore - start}->{Native.rc_freed() - start} fail={failed} errno={errno}";
            }
        }
        """;

    [Fact]
    public void Static_inline_functions_and_macros_are_called_through_the_built_shim()
    {
        var (result, folder) = Built.Value;
        var text = SurfaceHarness.Text(result);
        Assert.True(File.Exists(Path.Combine(folder, "librefcount_shim.so")));
        var bindings = new NativeBindings(text, Driver, "Probe", new Dictionary<string, string>
        {
            ["refcount"] = Path.Combine(folder, "librefcount.so"),
            ["refcount_shim"] = Path.Combine(folder, "librefcount_shim.so"),
        });
        Assert.Equal("refs=3 tag=7 value=41 left=2 freed=0->1 fail=-1 errno=34", bindings.Call<string>("Run"));
    }

    [Fact]
    public void Shim_functions_are_imported_from_the_shim_library_under_their_C_names()
    {
        var text = SurfaceHarness.Text(Built.Value.Result);
        Assert.Contains("public const string ShimLibraryName = \"refcount_shim\";", text);
        Assert.Contains("[DllImport(ShimLibraryName, CallingConvention = CallingConvention.Cdecl, EntryPoint = \"rc_make__bindgen_wrap\", ExactSpelling = true)]", text);
        Assert.Contains("public static extern rc_object* rc_make(int value);", text);
        Assert.Contains("public static extern int RC_REFS([NativeTypeName(\"rc_object *\")] rc_object* o);", text);
        Assert.Contains("EntryPoint = \"rc_incref__bindgen_wrap\"", text);
        Assert.Contains("[DllImport(LibraryName, CallingConvention = CallingConvention.Cdecl, EntryPoint = \"rc_fail_with\", ExactSpelling = true, SetLastError = true)]", text);
    }

    [Fact]
    public void A_macro_whose_wrapper_does_not_compile_is_reported_at_the_macro_and_the_rest_is_built()
    {
        var (result, _) = Built.Value;
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var dropped = Assert.Single(SurfaceHarness.WithCode(result, DiagnosticCodes.ShimWrapperDropped));
        Assert.EndsWith(Path.Combine("shim", "refcount.h"), dropped.Location!.File);
        Assert.Equal(38, dropped.Location.Line);
        Assert.Contains("macro 'RC_BROKEN' does not compile", dropped.Message);
        Assert.Contains("missing", dropped.Message);
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("RC_BROKEN(", text);
        Assert.DoesNotContain("RC_BROKEN", result.WrapperFile!.Content);
        Assert.NotNull(result.ShimLibrary);
    }

    [Fact]
    public void The_shim_includes_the_headers_by_full_path_and_is_deterministic()
    {
        var (result, _) = Built.Value;
        var text = SurfaceHarness.Text(result);
        Assert.NotNull(result.WrapperFile);
        var source = result.WrapperFile.Content;
        Assert.Contains($"#include \"{SurfaceHarness.Header("shim/refcount.h").Replace('\\', '/')}\"", source);
        var again = ShimHarness.Generate("shim/refcount.h", "Refcount", "refcount",
            o => o with { MacroFunctions = ["RC_REFS=int (rc_object *o)", "RC_BROKEN=int (const rc_object *o)"], SetLastError = ["rc_fail_*"] },
            fixture: "shim/refcount.c").Result;
        Assert.Equal(text, SurfaceHarness.Text(again));
        Assert.Equal(source, again.WrapperFile!.Content);
    }

    [Fact]
    public void LibraryImport_output_with_a_shim_compiles_without_warnings()
    {
        var (result, _) = ShimHarness.Generate("shim/refcount.h", "Refcount", "refcount",
            o => o with { MacroFunctions = ["RC_REFS=int (rc_object *o)"], SetLastError = ["rc_fail_*"], ImportStyle = ImportStyle.LibraryImport },
            fixture: "shim/refcount.c");
        var text = SurfaceHarness.Text(result);
        Assert.Contains("[LibraryImport(ShimLibraryName, EntryPoint = \"RC_REFS__bindgen_wrap\")]", text);
        var (_, problems) = CSharpCompiler.Compile([("refcount.cs", text)]);
        Assert.Empty(problems.Where(p => p.Id != "CS8795").Select(p => p.ToString()));
    }

    [Fact]
    public void The_safe_layer_exception_of_a_set_last_error_function_carries_the_strerror_text()
    {
        var folder = Directory.CreateTempSubdirectory("bindgen-shim-safe-").FullName;
        var safeConfig = Path.Combine(folder, "safe.json");
        File.WriteAllText(safeConfig, """{ "status": { "functions": ["rc_fail_with"], "success": [0] } }""");
        var result = SurfaceHarness.Generate("shim/refcount.h", "Refcount", "refcount",
            o => o with { SetLastError = ["rc_fail_with"], SafeWrappers = true, SafeConfigPath = safeConfig });
        var text = SurfaceHarness.Text(result);
        const string driver = """
            using Refcount;

            public static class Probe
            {
                public static string Run()
                {
                    try
                    {
                        RefcountLibrary.FailWith(34);
                        return "no exception";
                    }
                    catch (RefcountLibraryException e)
                    {
                        return e.Message;
                    }
                }
            }
            """;
        var bindings = new NativeBindings(text, driver, "Probe", new Dictionary<string, string>
        {
            ["refcount"] = NativeBuild.SharedLibrary("refcount", [SurfaceHarness.Header("shim/refcount.c")]),
        });
        Assert.Equal("rc_fail_with failed with code -1: Numerical result out of range", bindings.Call<string>("Run"));
    }

    [Fact]
    public void A_refcounted_handle_clones_with_the_inline_incref_and_disposes_with_the_inline_decref_through_the_shim()
    {
        var folder = Directory.CreateTempSubdirectory("bindgen-shim-safe-").FullName;
        var safeConfig = Path.Combine(folder, "safe.json");
        // rc_object is a complete struct: the configured release (a static inline decref, bound through the shim) makes it a handle.
        File.WriteAllText(safeConfig, """{ "release": { "rc_object": "rc_decref" } }""");
        var (result, _) = ShimHarness.Generate("shim/refcount.h", "Refcount", "refcount",
            o => o with { SafeWrappers = true, SafeConfigPath = safeConfig }, fixture: "shim/refcount.c");
        // The libraries the other tests of this class load (one copy of the library per process: its counters are shared).
        var shimFolder = Built.Value.Folder;
        var text = SurfaceHarness.Text(result);
        const string driver = """
            using Refcount;

            public static unsafe class Probe
            {
                public static string Run()
                {
                    int freed = Native.rc_freed();
                    var first = RefcountLibrary.NewTagged(41, 7);
                    var second = first.Clone();                  // rc_incref through the shim
                    int refs = first.Value.refs;
                    first.Dispose();                             // rc_decref: 1 left
                    first.Dispose();                             // released once
                    int alive = Native.rc_freed() - freed;
                    int value = second.Value.value;
                    second.Dispose();                            // rc_decref: freed
                    return $"refs={refs} freedAfterFirst={alive} value={value} freedAfterSecond={Native.rc_freed() - freed}";
                }
            }
            """;
        var bindings = new NativeBindings(text, driver, "Probe", new Dictionary<string, string>
        {
            ["refcount"] = Path.Combine(shimFolder, "librefcount.so"),
            ["refcount_shim"] = Path.Combine(shimFolder, "librefcount_shim.so"),
        });
        Assert.Equal("refs=2 freedAfterFirst=0 value=41 freedAfterSecond=1", bindings.Call<string>("Run"));
    }

    [Fact]
    public void Set_last_error_also_marks_LibraryImport_declarations()
    {
        var result = SurfaceHarness.Generate("shim/refcount.h", "Refcount", "refcount", o => o with { SetLastError = ["rc_fail_with"], ImportStyle = ImportStyle.LibraryImport });
        Assert.Contains("[LibraryImport(LibraryName, EntryPoint = \"rc_fail_with\", SetLastError = true)]", SurfaceHarness.Text(result));
    }
}
