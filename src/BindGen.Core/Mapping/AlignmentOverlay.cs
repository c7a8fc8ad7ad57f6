using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// The private field that gives an over-aligned record its C alignment: .NET has no alignment attribute, but a struct is
/// as aligned as its most aligned field, so a field of the required alignment overlays offset 0 (Int128 is 16-aligned on
/// every 64-bit target .NET supports, and the most .NET gives a record C aligns to 32 or 64). The overlay must not change how the record travels by value: over bytes C fills
/// only with float or double members (an SSE eightbyte in the SysV ABI), a floating-point overlay keeps the class.
/// </summary>
internal sealed class AlignmentOverlay(TypeMapper types)
{
    /// <summary>The overlay field's type for <paramref name="record"/>, or null when no C# type gives its alignment.</summary>
    public CsPrimitiveType? TypeFor(CRecord record)
    {
        if (record.Align is not (2 or 4 or 8 or >= 16) || record.Size % record.Align != 0) return null;
        bool floating = record.Align is 4 or 8 && FloatOnly(record, 0, record.Align);
        return record.Align switch
        {
            2 => CsPrimitiveType.Short,
            4 => floating ? CsPrimitiveType.Float : CsPrimitiveType.Int,
            8 => floating ? CsPrimitiveType.Double : CsPrimitiveType.Long,
            _ => CsPrimitiveType.Int128,
        };
    }

    /// <summary>True when the C members overlapping bytes [from, to) of the record are all float or double, and there is one.</summary>
    private bool FloatOnly(CRecord record, long from, long to)
    {
        bool any = false;
        foreach (var field in record.Fields)
        {
            long start = field.OffsetBits / 8;
            if (field.BitWidth is not null)
            {
                if (field.BitWidth > 0 && start < to && (field.OffsetBits + field.BitWidth.Value + 7) / 8 > from) return false;
                continue;
            }
            var type = types.StripTypedefs(field.Type);
            long elementSize = 0, count = 1;
            while (type is CArrayType a)
            {
                count *= a.Length ?? 0;
                type = types.StripTypedefs(a.Element);
            }
            elementSize = types.NativeLayout(type).Size;
            for (long k = 0; k < count; k++)
            {
                long s = start + k * elementSize, e = s + elementSize;
                if (e <= from || s >= to) continue;
                switch (type)
                {
                    case CPrimitiveType { Kind: CPrimitiveKind.Float or CPrimitiveKind.Double }:
                        any = true;
                        break;
                    case CRecordRef r when types.Api.Record(r.Key) is { IsComplete: true } inner:
                        if (!FloatOnly(inner, Math.Max(0, from - s), to - s)) return false;
                        any = true;
                        break;
                    default:
                        return false;
                }
            }
        }
        return any;
    }
}
