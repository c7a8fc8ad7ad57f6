using BindGen.Core;
using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Surface;

public class CallingConventionTests
{
    private static GenerationResult Generate(string triple, bool libraryImport = false) =>
        SurfaceHarness.Generate("functions/calling_conventions.h", "CallingConventions", "cc",
            o => o with { TargetTriple = triple, ImportStyle = libraryImport ? ImportStyle.LibraryImport : ImportStyle.DllImport });

    [Fact]
    public void Stdcall_and_fastcall_on_x86_reach_DllImport_and_function_pointers()
    {
        var text = SurfaceHarness.Text(Generate("i686-unknown-linux-gnu"));
        Assert.Contains("CallingConvention = CallingConvention.StdCall, EntryPoint = \"std_fn\"", text);
        Assert.Contains("CallingConvention = CallingConvention.FastCall, EntryPoint = \"fast_fn\"", text);
        Assert.Contains("CallingConvention = CallingConvention.Cdecl, EntryPoint = \"explicit_cdecl\"", text);
        Assert.Contains("delegate* unmanaged[Stdcall]<int, int> cb", text);
        Assert.Contains("delegate* unmanaged[Fastcall]<int, int, int> cb", text);
    }

    [Fact]
    public void Stdcall_on_x86_reaches_LibraryImport_as_UnmanagedCallConv()
    {
        var text = SurfaceHarness.Text(Generate("i686-unknown-linux-gnu", libraryImport: true));
        Assert.Contains("typeof(System.Runtime.CompilerServices.CallConvStdcall) })]\n    public static partial int std_fn(", text);
        Assert.Contains("typeof(System.Runtime.CompilerServices.CallConvFastcall) })]\n    public static partial int fast_fn(", text);
    }

    [Fact]
    public void Vectorcall_functions_are_skipped_and_vectorcall_pointers_become_void_pointers()
    {
        var result = Generate("i686-unknown-linux-gnu");
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("EntryPoint = \"vector_fn\"", text);
        Assert.DoesNotContain("unmanaged[Vectorcall]", text);
        Assert.Contains("public static extern void takes_vector_callback([NativeTypeName(\"vector_callback\")] void* cb);", text);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.UnsupportedCallingConvention), d => d.Message.Contains("'vector_fn'"));
    }

    [Theory]
    [InlineData("i686-unknown-linux-gnu")]
    [InlineData("x86_64-unknown-linux-gnu")]
    public void Calling_convention_output_compiles(string triple) => SurfaceHarness.Compile(SurfaceHarness.Text(Generate(triple)));

    [Fact]
    public void Ms_abi_on_linux_is_skipped_and_sysv_abi_is_the_default_convention()
    {
        var result = SurfaceHarness.Generate("functions/abi_attributes.h", "AbiAttributes", "abi");
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("EntryPoint = \"ms_fn\"", text);
        Assert.Contains("CallingConvention = CallingConvention.Cdecl, EntryPoint = \"sysv_fn\"", text);
        Assert.Contains("public static extern void takes_ms_callback([NativeTypeName(\"ms_callback\")] void* cb);", text);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.UnsupportedCallingConvention), d => d.Message.Contains("'ms_fn'"));
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void Sysv_abi_on_windows_is_skipped_and_ms_abi_is_the_default_convention()
    {
        var result = SurfaceHarness.Generate("functions/abi_attributes.h", "AbiAttributes", "abi", o => o with { TargetTriple = "x86_64-pc-windows-msvc" });
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("EntryPoint = \"sysv_fn\"", text);
        Assert.Contains("EntryPoint = \"ms_fn\"", text);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.UnsupportedCallingConvention), d => d.Message.Contains("'sysv_fn'"));
    }

    [Theory]
    [InlineData("x86_64-unknown-linux-gnu")]
    [InlineData("i686-unknown-linux-gnu")]
    [InlineData("x86_64-pc-windows-msvc")]
    [InlineData("aarch64-unknown-linux-gnu")]
    public void A_callback_of_Cs_default_convention_is_a_plain_unmanaged_pointer(string triple)
    {
        var text = SurfaceHarness.Text(Generate(triple));
        Assert.Contains("delegate* unmanaged<int, int> cb", text);
        Assert.DoesNotContain("unmanaged[Cdecl]", text);
    }

    [Fact]
    public void On_32_bit_Windows_where_dotnets_default_is_stdcall_cdecl_callbacks_name_their_convention()
    {
        var text = SurfaceHarness.Text(Generate("i686-pc-windows-msvc"));
        Assert.Contains("[NativeTypeName(\"plain_callback\")] delegate* unmanaged[Cdecl]<int, int> cb", text);
        Assert.Contains("[NativeTypeName(\"std_callback\")] delegate* unmanaged<int, int> cb", text);
        SurfaceHarness.Compile(text);
    }

    [Theory]
    [InlineData("x86_64-unknown-linux-gnu")]
    [InlineData("i686-unknown-linux-gnu")]
    public void A_plain_UnmanagedCallersOnly_method_fits_a_default_convention_callback(string triple)
    {
        // Before: 'delegate* unmanaged[Cdecl]<int, int>' rejected '&Twice' with CS8786.
        const string user = """
            using System.Runtime.InteropServices;
            namespace CallingConventions;
            public static unsafe class User
            {
                [UnmanagedCallersOnly]
                private static int Twice(int x) => 2 * x;

                public static int Call() => Native.takes_plain_callback(21, &Twice);
            }
            """;
        SurfaceHarness.Compile(SurfaceHarness.Text(Generate(triple)), user);
    }
}
