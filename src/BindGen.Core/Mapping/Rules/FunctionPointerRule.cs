using System.Text;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>
/// A pointer to a function becomes <c>delegate* unmanaged[Conv]&lt;params, return&gt;</c>; one C# cannot type
/// (variadic, a convention .NET cannot call, an unsupported parameter) becomes <c>void*</c>.
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

        var sb = new StringBuilder("delegate* unmanaged[").Append(CallConv(function.CallingConvention)).Append("]<");
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

    /// <summary>The unmanaged calling convention name for a function pointer.</summary>
    public static string CallConv(CCallingConvention convention) => convention switch
    {
        CCallingConvention.StdCall => "Stdcall",
        CCallingConvention.FastCall => "Fastcall",
        CCallingConvention.ThisCall => "Thiscall",
        _ => "Cdecl",
    };
}
