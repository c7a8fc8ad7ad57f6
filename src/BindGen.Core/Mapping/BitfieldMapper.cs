using System.Globalization;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// A bitfield's accessor property: its C# type (the target's integer for <c>long</c>, <c>sbyte</c> for a signed plain
/// char), signedness (sign-extended or not, enums by their underlying type), shift and mask in its storage word (see
/// <see cref="BitfieldStorage"/>).
/// </summary>
internal sealed class BitfieldMapper(TypeMapper types)
{
    /// <summary>The accessor of bitfield <paramref name="field"/>, stored in <paramref name="storage"/> of word <paramref name="run"/>.</summary>
    public CsBitfield Map(CField field, string storage, BitfieldStorage.Run run)
    {
        int shift = (int)(field.OffsetBits - run.ByteOffset * 8);
        int width = field.BitWidth!.Value;
        var mask = "0x" + (width >= 64 ? ulong.MaxValue : (1UL << width) - 1).ToString("X", CultureInfo.InvariantCulture) + "UL";
        var type = types.StripTypedefs(field.Type);
        string kind;
        CsType csType;
        CsPrimitiveType? underlying = null;
        switch (type)
        {
            case CEnumRef e:
                csType = types.Map(type, TypePosition.Field).Type!;
                underlying = types.EnumUnderlying(e.Key);
                kind = underlying.IsSigned ? "signed_enum" : "enum";
                break;
            case CPrimitiveType { Kind: CPrimitiveKind.Bool }:
                csType = CsPrimitiveType.Byte;
                kind = "unsigned";
                break;
            case CPrimitiveType p:
            {
                // A bitfield's property has arithmetic: long is the target's integer, not the CLong struct.
                var mapped = types.Map(type, TypePosition.Field).Type!;
                if (mapped == CsPrimitiveType.CLong || mapped == CsPrimitiveType.CULong) mapped = types.IntegerType(p.Kind);
                bool signed = mapped is CsPrimitiveType { IsInteger: true, IsSigned: true } || p.Kind == CPrimitiveKind.Char && types.Api.Target.CharIsSigned;
                kind = signed ? "signed" : "unsigned";
                csType = p.Kind == CPrimitiveKind.Char && signed ? CsPrimitiveType.SByte : mapped;
                break;
            }
            default:
                csType = types.Map(type, TypePosition.Field).Type ?? CsPrimitiveType.UInt;
                kind = "unsigned";
                break;
        }
        return new CsBitfield
        {
            Name = CsNames.Escape(field.Name),
            Type = csType.Text,
            NativeTypeName = $"{field.Type.Spelling} : {width}",
            Storage = storage,
            StorageType = run.StorageType.Text,
            Shift = shift,
            Width = width,
            StorageBits = run.Bits,
            Mask = mask,
            Kind = kind,
            Underlying = underlying?.Text,
        };
    }
}
