using System.Text;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>
/// A pointer to a function becomes <c>delegate* unmanaged&lt;params, return&gt;</c> when C uses the convention .NET's
/// plain <c>unmanaged</c> means on the target (so a plain <c>[UnmanagedCallersOnly]</c> method fits), and
/// <c>delegate* unmanaged[Conv]&lt;...&gt;</c> only where C says something else; one C# cannot type (variadic, a
/// convention .NET cannot call, an unsupported parameter) becomes <c>void*</c>.
/// </summary>
public sealed class FunctionPointerRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper)
    {
        var function = type switch
        {
            CPointerType { Pointee: var pointee } => mapper.StripTypedefs(pointee) as CFunctionType,
            _ => null,
        };
        // A parameter declared with function type decays to a function pointer.
        if (function is null && position == TypePosition.Parameter) function = mapper.StripTypedefs(type) as CFunctionType;
        if (function is null) return null;
        if (function.IsVariadic || !IsCallable(function.CallingConvention))
            return TypeMapping.Of("void*");

        var sb = new StringBuilder("delegate* unmanaged");
        if (ExplicitCallConv(function.CallingConvention, mapper.Api.Target) is { } conv) sb.Append('[').Append(conv).Append(']');
        sb.Append('<');
        foreach (var parameter in function.Parameters)
        {
            var mapped = mapper.Map(parameter, TypePosition.Parameter);
            if (!mapped.IsMapped) return TypeMapping.Of("void*");
            sb.Append(mapped.Text).Append(", ");
        }
        var result = mapper.Map(function.Result, TypePosition.Return);
        if (!result.IsMapped) return TypeMapping.Of("void*");
        return TypeMapping.Of(sb.Append(result.Text).Append('>').ToString());
    }

    /// <summary>
    /// True when .NET can call the convention: vectorcall has no CallConv type in .NET (an <c>unmanaged[Vectorcall]</c>
    /// pointer does not compile), and ms_abi on a non-Windows target or sysv_abi on Windows is not the platform's own.
    /// </summary>
    public static bool IsCallable(CCallingConvention convention) =>
        convention is not (CCallingConvention.Unsupported or CCallingConvention.VectorCall or CCallingConvention.Win64 or CCallingConvention.SysV64);

    /// <summary>The unmanaged calling convention name for a function pointer (<c>Cdecl</c>, <c>Stdcall</c>...).</summary>
    public static string CallConv(CCallingConvention convention) => convention switch
    {
        CCallingConvention.StdCall => "Stdcall",
        CCallingConvention.FastCall => "Fastcall",
        CCallingConvention.ThisCall => "Thiscall",
        _ => "Cdecl",
    };

    /// <summary>
    /// The one place that decides whether a function pointer type (and the <c>[UnmanagedCallersOnly]</c> methods users
    /// and the safe layer write for it) names its convention: null when C's convention is what .NET's plain
    /// <c>unmanaged</c> means on the target — the platform default, which is C's default everywhere except 32-bit x86
    /// Windows, where .NET's default is stdcall and C's is cdecl; otherwise the convention's name.
    /// </summary>
    public static string? ExplicitCallConv(CCallingConvention convention, CTarget target)
    {
        var platformDefault = IsWindowsX86(target) ? CCallingConvention.StdCall : CCallingConvention.Cdecl;
        if (convention == platformDefault) return null;
        // On targets other than 32-bit x86, clang already folds stdcall/fastcall/thiscall into the C convention; a
        // convention that survives is named.
        return CallConv(convention);
    }

    /// <summary>
    /// 32-bit Windows, from the target facts clang reported (no triple parsing). Besides x86 that is only 32-bit ARM
    /// Windows, which has one convention: there <c>unmanaged[Cdecl]</c> and plain <c>unmanaged</c> mean the same.
    /// </summary>
    private static bool IsWindowsX86(CTarget target) => target.IsWindows && target.PointerSize == 4;
}
