using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>
/// Arrays outside records: a parameter <c>T a[N]</c> decays to <c>T*</c> as in C, and so does an array reached through
/// a pointer. Array fields are mapped by <see cref="RecordMapper"/> into inline arrays.
/// </summary>
public sealed class ArrayRule : ITypeRule
{
    /// <inheritdoc/>
    public TypeMapping? Map(CType type, TypePosition position, TypeMapper mapper)
    {
        if (type is not CArrayType a) return null;
        if (position is TypePosition.Parameter or TypePosition.Pointee)
        {
            var element = mapper.Map(a.Element, TypePosition.Pointee);
            return TypeMapping.Of(element.Type is { } e ? (position == TypePosition.Parameter ? new CsPointerType(e) : e) : CsPointerType.VoidPointer);
        }
        return TypeMapping.Fail($"array type '{a.Spelling}' cannot appear here");
    }
}
