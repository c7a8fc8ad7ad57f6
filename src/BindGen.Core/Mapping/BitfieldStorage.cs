using System.Collections.Immutable;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Where the bits of a record's bitfields live in C#: consecutive named bitfields share one storage word. A word is a
/// single integer field when an integer of 1, 2, 4 or 8 bytes at its natural alignment holds the bits without running
/// past C's size or over another member; otherwise (packed records, bits straddling an alignment boundary, a bitfield
/// spanning 9 bytes) it is assembled from naturally aligned integer fields covering exactly its bytes, behind a private
/// property of type ulong or UInt128. Natural alignment and no overlap keep the SysV classification of a record passed
/// by value the same as C's (.NET passes a record with a misaligned field in memory, and an integer word over a float
/// turns an SSE eightbyte into an INTEGER one). Zero-width bitfields only shape libclang's offsets and get no storage;
/// unnamed ones of nonzero width get a private byte where no word covers them (<see cref="UnnamedBytes"/>).
/// </summary>
internal static class BitfieldStorage
{
    /// <summary>One integer field of a split storage word, <paramref name="Shift"/> bits up in the word.</summary>
    public sealed record Part(long Offset, int Size, CsPrimitiveType Type, int Shift);

    /// <summary>A storage word: its byte offset and size, its C# type, the record fields it holds, and its parts when split.</summary>
    public sealed record Run(long ByteOffset, int StorageSize, CsPrimitiveType StorageType, ImmutableArray<int> Members, ImmutableArray<Part> Parts)
    {
        /// <summary>True when the word is assembled from parts.</summary>
        public bool IsSplit => !Parts.IsDefaultOrEmpty;
        /// <summary>Width of the word in bits.</summary>
        public int Bits => StorageType == CsPrimitiveType.UInt128 ? 128 : StorageSize * 8;
    }

    /// <summary>
    /// Where an unnamed bitfield of nonzero width gets a private byte, so that .NET passes the record by value as gcc does
    /// (gcc counts it as an integer member, see <see cref="Rules.SysVPassing"/>): the first byte it covers in each
    /// eightbyte it spans, unless a storage word of named bitfields already covers bytes of it there.
    /// </summary>
    public static IEnumerable<long> UnnamedBytes(CField field, IEnumerable<Run> words)
    {
        var covered = words.SelectMany(w => w.IsSplit ? w.Parts.Select(p => (p.Offset, (long)p.Size)) : [(w.ByteOffset, (long)w.StorageSize)]).ToList();
        long first = field.OffsetBits / 8, last = (field.OffsetBits + field.BitWidth!.Value - 1) / 8;
        for (long at = first; at <= last; at = (at / 8 + 1) * 8)
        {
            long end = Math.Min(last, at / 8 * 8 + 7);
            if (!covered.Any(c => c.Item1 <= end && c.Item1 + c.Item2 > at)) yield return at;
        }
    }

    /// <summary>Plans the storage words of <paramref name="record"/>, keyed by the index of each word's first member.</summary>
    /// <param name="record">The record.</param>
    /// <param name="sizeOf">C's size of a field type, to keep words off other members.</param>
    public static Dictionary<int, Run> Plan(CRecord record, Func<CType, long> sizeOf)
    {
        // Bytes that non-bitfield members occupy (a union's members all overlap anyway).
        var occupied = record.IsUnion ? [] : record.Fields.Where(f => f.BitWidth is null).Select(f => (Start: f.OffsetBits / 8, End: f.OffsetBits / 8 + sizeOf(f.Type))).ToList();
        var runs = new Dictionary<int, Run>();
        int i = 0;
        while (i < record.Fields.Length)
        {
            if (!IsStored(record.Fields[i])) { i++; continue; }
            int first = i;
            long startByte = record.Fields[i].OffsetBits / 8;
            long endBit = record.Fields[i].OffsetBits + record.Fields[i].BitWidth!.Value;
            var members = ImmutableArray.CreateBuilder<int>();
            members.Add(i);
            i++;
            // Later bitfields join the word while they fit in 64 bits from its first byte; unnamed ones are skipped over.
            while (i < record.Fields.Length && record.Fields[i].BitWidth is { } w)
            {
                if (IsStored(record.Fields[i]))
                {
                    long end = record.Fields[i].OffsetBits + w;
                    if (end - startByte * 8 > 64) break;
                    endBit = Math.Max(endBit, end);
                    members.Add(i);
                }
                i++;
            }
            runs[first] = Place(record, occupied, startByte, (int)((endBit - startByte * 8 + 7) / 8), members.ToImmutable());
        }
        return runs;
    }

    private static bool IsStored(CField field) => field.BitWidth is > 0 && field.Name.Length > 0;

    private static Run Place(CRecord record, List<(long Start, long End)> occupied, long startByte, int span, ImmutableArray<int> members)
    {
        long endByte = startByte + span;
        foreach (int size in new[] { 1, 2, 4, 8 })
        {
            if (size < span) continue;
            long offset = startByte / size * size;
            if (offset + size < endByte || offset + size > record.Size) continue;
            if (occupied.Any(o => o.Start < offset + size && o.End > offset)) continue;
            return new Run(offset, size, CsPrimitiveType.UnsignedOfSize(size), members, []);
        }
        // No single integer fits: exactly the bytes the bits occupy, in naturally aligned parts.
        var parts = ImmutableArray.CreateBuilder<Part>();
        long at = startByte;
        while (at < endByte)
        {
            int size = 8;
            while (at % size != 0 || at + size > endByte) size /= 2;
            parts.Add(new Part(at, size, CsPrimitiveType.UnsignedOfSize(size), (int)(at - startByte) * 8));
            at += size;
        }
        return new Run(startByte, span, span <= 8 ? CsPrimitiveType.ULong : CsPrimitiveType.UInt128, members, parts.ToImmutable());
    }
}
