using BindGen.Core.Mapping;
using BindGen.Core.Model;

namespace BindGen.Tests.Mapping;

/// <summary>The one record that spells a C calling convention in every C# construct, model in, text out.</summary>
public class CsCallingConventionTests
{
    private static readonly CTarget Linux64 = new("x86_64-pc-linux-gnu", 8, 8, false);
    private static readonly CTarget Win32 = new("i686-pc-windows-msvc", 4, 4, true);
    private static readonly CTarget Win64 = new("x86_64-pc-windows-msvc", 8, 4, true);

    [Fact]
    public void Cdecl_on_64_bit_Linux_is_plain_unmanaged_and_needs_no_CallConvs()
    {
        var cdecl = CsCallingConvention.For(CCallingConvention.Cdecl, Linux64);
        Assert.Null(cdecl.ExplicitName);
        Assert.Equal("", cdecl.CallersOnlyCallConvType);
        Assert.Equal(("Cdecl", "CallConvCdecl"), (cdecl.DllImportMember, cdecl.ImportCallConvType));
    }

    [Fact]
    public void On_32_bit_Windows_stdcall_is_the_default_and_cdecl_is_named()
    {
        var stdcall = CsCallingConvention.For(CCallingConvention.StdCall, Win32);
        var cdecl = CsCallingConvention.For(CCallingConvention.Cdecl, Win32);
        Assert.Null(stdcall.ExplicitName);
        Assert.Equal(("StdCall", "CallConvStdcall"), (stdcall.DllImportMember, stdcall.ImportCallConvType));
        Assert.Equal("Cdecl", cdecl.ExplicitName);
        Assert.Equal("CallConvCdecl", cdecl.CallersOnlyCallConvType);
    }

    [Fact]
    public void On_64_bit_Windows_cdecl_is_the_default()
    {
        Assert.True(CsCallingConvention.For(CCallingConvention.Cdecl, Win64).IsPlatformDefault);
    }

    [Fact]
    public void A_surviving_fastcall_or_thiscall_is_named_everywhere()
    {
        var fastcall = CsCallingConvention.For(CCallingConvention.FastCall, Win32);
        Assert.Equal(("Fastcall", "FastCall", "CallConvFastcall"), (fastcall.ExplicitName, fastcall.DllImportMember, fastcall.CallersOnlyCallConvType));
        var thiscall = CsCallingConvention.For(CCallingConvention.ThisCall, Win32);
        Assert.Equal(("Thiscall", "ThisCall", "CallConvThiscall"), (thiscall.ExplicitName, thiscall.DllImportMember, thiscall.ImportCallConvType));
    }

    [Theory]
    [InlineData(CCallingConvention.VectorCall)]
    [InlineData(CCallingConvention.Win64)]
    [InlineData(CCallingConvention.SysV64)]
    [InlineData(CCallingConvention.Unsupported)]
    public void Conventions_without_a_dotnet_CallConv_are_not_callable(CCallingConvention convention)
    {
        Assert.False(CsCallingConvention.For(convention, Linux64).IsCallable);
    }

    [Fact]
    public void Cdecl_and_stdcall_are_callable()
    {
        Assert.True(CsCallingConvention.For(CCallingConvention.Cdecl, Linux64).IsCallable);
        Assert.True(CsCallingConvention.For(CCallingConvention.StdCall, Win32).IsCallable);
    }
}
