using System.Collections.Immutable;
using System.Text;

namespace BindGen.Core.Mapping;

/// <summary>
/// A function pointer: <c>delegate* unmanaged&lt;params, return&gt;</c>, with <c>[Conv]</c> only where C's convention is not
/// what plain <c>unmanaged</c> means on the target (see <see cref="CsCallingConvention"/>).
/// </summary>
public sealed record CsFunctionPointerType(CsCallingConvention Convention, ImmutableArray<CsType> Parameters, CsType Return) : CsType
{
    /// <inheritdoc/>
    public override string Text
    {
        get
        {
            var sb = new StringBuilder("delegate* unmanaged");
            if (Convention.ExplicitName is { } conv) sb.Append('[').Append(conv).Append(']');
            sb.Append('<');
            foreach (var parameter in Parameters) sb.Append(parameter.Text).Append(", ");
            return sb.Append(Return.Text).Append('>').ToString();
        }
    }

    /// <inheritdoc/>
    public override bool IsPointer => true;
}
