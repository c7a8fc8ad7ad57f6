using System.Collections.Immutable;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>
/// A pointer to a function becomes a <see cref="CsFunctionPointerType"/> (<c>delegate* unmanaged&lt;params, return&gt;</c>,
/// with the convention named only where <see cref="CsCallingConvention"/> says so); one C# cannot type (variadic, a
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
        var convention = CsCallingConvention.For(function.CallingConvention, mapper.Api.Target);
        if (function.IsVariadic || !convention.IsCallable) return TypeMapping.Of(CsPointerType.VoidPointer);

        var parameters = ImmutableArray.CreateBuilder<CsType>(function.Parameters.Length);
        foreach (var parameter in function.Parameters)
        {
            if (mapper.Map(parameter, TypePosition.Parameter).Type is not { } mapped) return TypeMapping.Of(CsPointerType.VoidPointer);
            parameters.Add(mapped);
        }
        if (mapper.Map(function.Result, TypePosition.Return).Type is not { } result) return TypeMapping.Of(CsPointerType.VoidPointer);
        return TypeMapping.Of(new CsFunctionPointerType(convention, parameters.MoveToImmutable(), result));
    }
}
