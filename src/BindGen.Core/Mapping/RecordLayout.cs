using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Chooses how a C# struct reproduces C's layout from its members' offsets, sizes and alignments: Sequential when .NET's
/// sequential layout reproduces libclang's offsets, Sequential with Pack when packing does, Explicit with offsets
/// otherwise (always for unions and bitfields).
/// </summary>
internal static class RecordLayout
{
    /// <summary>The layout kind and pack, the explicit size (0: none), and the size and alignment .NET gives the struct.</summary>
    public sealed record Choice(string Kind, int Pack, long Size, long NetSize, long NetAlign);

    /// <summary>The layout of <paramref name="record"/> whose members C# places at <paramref name="items"/>.</summary>
    public static Choice Choose(CRecord record, List<(long Offset, long Size, long Align)> items, bool hasBitfields)
    {
        // A 0-byte record (GNU C) cannot be 0 bytes in C#: the smallest struct, 1 byte.
        if (record.Size == 0 && items.Count == 0) return new Choice("Sequential", 0, 0, 1, 1);
        long maxAlign = items.Count == 0 ? 1 : items.Max(i => i.Align);
        if (!record.IsUnion && !hasBitfields)
        {
            foreach (int pack in new[] { 0, 1, 2, 4, 8, 16 })
            {
                if (pack != 0 && pack >= maxAlign) break;
                var (ok, size, align) = Simulate(items, pack);
                if (ok && size == record.Size && (align == record.Align || record.Size == 0 && items.Count == 0))
                    return new Choice("Sequential", pack, 0, size, align);
                if (ok && size <= record.Size && align <= record.Align && record.Size % align == 0 && pack == 0)
                {
                    // Offsets match but C pads or over-aligns the end (aligned attribute): keep Sequential, fix the size.
                    return new Choice("Sequential", 0, record.Size, record.Size, align);
                }
            }
        }
        long effectiveAlign = Math.Min(maxAlign, Math.Max(1, record.Align));
        int explicitPack = record.Align < maxAlign ? (int)record.Align : 0;
        long natural = items.Count == 0 ? 0 : items.Max(i => i.Offset + i.Size);
        natural = AlignUp(natural, effectiveAlign);
        long emittedSize = record.Size != natural ? record.Size : 0;
        return new Choice("Explicit", explicitPack, emittedSize, Math.Max(record.Size, natural), effectiveAlign);
    }

    private static (bool Ok, long Size, long Align) Simulate(List<(long Offset, long Size, long Align)> items, int pack)
    {
        long offset = 0, maxAlign = 1;
        foreach (var item in items)
        {
            long a = pack == 0 ? item.Align : Math.Min(item.Align, pack);
            offset = AlignUp(offset, a);
            if (offset != item.Offset) return (false, 0, 0);
            offset += item.Size;
            maxAlign = Math.Max(maxAlign, a);
        }
        return (true, items.Count == 0 ? 1 : AlignUp(offset, maxAlign), maxAlign);
    }

    public static long AlignUp(long value, long align) => align <= 1 ? value : (value + align - 1) / align * align;
}
