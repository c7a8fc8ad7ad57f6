using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// The one place a C calling convention becomes C#: whether .NET can call it, and how each C# construct spells it — the
/// <c>unmanaged[Conv]</c> of a function pointer type, the <c>CallingConvention</c> member of <c>[DllImport]</c>, the
/// <c>CallConv*</c> type of <c>[UnmanagedCallConv]</c> and of <c>[UnmanagedCallersOnly(CallConvs = ...)]</c>.
/// </summary>
public sealed record CsCallingConvention
{
    private CsCallingConvention(CCallingConvention convention, bool isPlatformDefault)
    {
        Convention = convention;
        Name = convention switch
        {
            CCallingConvention.StdCall => "Stdcall",
            CCallingConvention.FastCall => "Fastcall",
            CCallingConvention.ThisCall => "Thiscall",
            _ => "Cdecl",
        };
        IsPlatformDefault = isPlatformDefault;
    }

    /// <summary>The C convention.</summary>
    public CCallingConvention Convention { get; }

    /// <summary>The convention's name in .NET's <c>CallConv*</c> types and in <c>unmanaged[...]</c>: Cdecl, Stdcall, Fastcall, Thiscall.</summary>
    public string Name { get; }

    /// <summary>
    /// True when C's convention is what .NET's plain <c>unmanaged</c> means on the target — the platform default, which is C's
    /// default everywhere except 32-bit x86 Windows, where .NET's default is stdcall and C's is cdecl.
    /// </summary>
    public bool IsPlatformDefault { get; }

    /// <summary>
    /// True when .NET can call the convention: vectorcall has no CallConv type in .NET (an <c>unmanaged[Vectorcall]</c>
    /// pointer does not compile), and ms_abi on a non-Windows target or sysv_abi on Windows is not the platform's own.
    /// </summary>
    public bool IsCallable => Convention is not (CCallingConvention.Unsupported or CCallingConvention.VectorCall or CCallingConvention.Win64 or CCallingConvention.SysV64);

    /// <summary>
    /// What a function pointer type (and the <c>[UnmanagedCallersOnly]</c> methods users and the safe layer write for it)
    /// names between brackets: null for the platform default (plain <c>unmanaged</c>), else <see cref="Name"/>. On targets
    /// other than 32-bit x86, clang already folds stdcall/fastcall/thiscall into the C convention; a convention that
    /// survives is named.
    /// </summary>
    public string? ExplicitName => IsPlatformDefault ? null : Name;

    /// <summary>The <c>CallConv*</c> type of <c>[UnmanagedCallersOnly(CallConvs = ...)]</c> for a function pointer of this convention, or "" for none.</summary>
    public string CallersOnlyCallConvType => ExplicitName is { } name ? "CallConv" + name : "";

    /// <summary>The <c>System.Runtime.InteropServices.CallingConvention</c> member of <c>[DllImport]</c>: Cdecl, StdCall, FastCall, ThisCall.</summary>
    public string DllImportMember => Convention switch
    {
        CCallingConvention.StdCall => "StdCall",
        CCallingConvention.FastCall => "FastCall",
        CCallingConvention.ThisCall => "ThisCall",
        _ => "Cdecl",
    };

    /// <summary>The <c>CallConv*</c> type of <c>[UnmanagedCallConv]</c> on a <c>[LibraryImport]</c> (always named).</summary>
    public string ImportCallConvType => "CallConv" + Name;

    /// <summary>The convention of <paramref name="convention"/> on <paramref name="target"/>.</summary>
    public static CsCallingConvention For(CCallingConvention convention, CTarget target)
    {
        var platformDefault = IsWindowsX86(target) ? CCallingConvention.StdCall : CCallingConvention.Cdecl;
        return new CsCallingConvention(convention, convention == platformDefault);
    }

    /// <summary>
    /// 32-bit Windows, from the target facts clang reported (no triple parsing). Besides x86 that is only 32-bit ARM
    /// Windows, which has one convention: there <c>unmanaged[Cdecl]</c> and plain <c>unmanaged</c> mean the same.
    /// </summary>
    private static bool IsWindowsX86(CTarget target) => target.IsWindows && target.PointerSize == 4;
}
