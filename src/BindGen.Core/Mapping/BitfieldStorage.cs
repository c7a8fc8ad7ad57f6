using System.Collections.Immutable;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Where the bits of a record's bitfields live in C#: consecutive named bitfields share one storage word. A word is a
/// single integer field when one of 1, 2, 4 or 8 bytes holds the bits without running past C's size; otherwise (a
/// packed record smaller than the word, or one bitfield spanning 9 bytes) it is assembled from smaller integer fields
/// behind a private property of type ulong or UInt128. Unnamed and zero-width bitfields only shape libclang's offsets
/// and get no storage.
/// </summary>
internal static class BitfieldStorage
{
    /// <summary>One integer field of a split storage word, <paramref name="Shift"/> bits up in the word.</summary>
    public sealed record Part(long Offset, int Size, string Type, int Shift);

    /// <summary>A storage word: its byte offset and size, its C# type, the record fields it holds, and its parts when split.</summary>
    public sealed record Run(long ByteOffset, int StorageSize, string StorageType, ImmutableArray<int> Members, ImmutableArray<Part> Parts)
    {
        /// <summary>True when the word is assembled from parts.</summary>
        public bool IsSplit => !Parts.IsDefaultOrEmpty;
        /// <summary>Width of the word in bits.</summary>
        public int Bits => StorageType == "UInt128" ? 128 : StorageSize * 8;
    }

    /// <summary>Plans the storage words of <paramref name="record"/>, keyed by the index of each word's first member.</summary>
    public static Dictionary<int, Run> Plan(CRecord record)
    {
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
            runs[first] = Place(record, startByte, (int)((endBit - startByte * 8 + 7) / 8), members.ToImmutable());
        }
        return runs;
    }

    private static bool IsStored(CField field) => field.BitWidth is > 0 && field.Name.Length > 0;

    private static Run Place(CRecord record, long startByte, int span, ImmutableArray<int> members)
    {
        if (span <= 8)
        {
            int size = span <= 1 ? 1 : span <= 2 ? 2 : span <= 4 ? 4 : 8;
            // Keep the word inside the record: slide it back when it would run past C's size.
            long offset = startByte + size <= record.Size ? startByte : record.Size - size;
            if (offset >= 0) return new Run(offset, size, IntegerType(size), members, []);
        }
        // No single integer fits: exactly the bytes the bits occupy, in parts of 8, 4, 2 and 1 bytes.
        var parts = ImmutableArray.CreateBuilder<Part>();
        int done = 0;
        while (done < span)
        {
            int size = span - done >= 8 ? 8 : span - done >= 4 ? 4 : span - done >= 2 ? 2 : 1;
            parts.Add(new Part(startByte + done, size, IntegerType(size), done * 8));
            done += size;
        }
        return new Run(startByte, span, span <= 8 ? "ulong" : "UInt128", members, parts.ToImmutable());
    }

    private static string IntegerType(int size) => size switch { 1 => "byte", 2 => "ushort", 4 => "uint", _ => "ulong" };
}
