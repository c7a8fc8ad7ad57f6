using BindGen.Core.Mapping;
using BindGen.Core.Model;

namespace BindGen.Tests.Mapping;

/// <summary>How a C# struct reproduces C's layout, from member offsets, sizes and alignments alone (no libclang, no mapping).</summary>
public class RecordLayoutTests
{
    private static CRecord Record(long size, long align, bool union = false) => new()
    {
        Key = "c:@S@r", Name = "r", Location = CLocation.None, IsUnion = union, IsComplete = true, Size = size, Align = align,
    };

    [Fact]
    public void Naturally_aligned_members_are_plain_sequential()
    {
        var choice = RecordLayout.Choose(Record(16, 8), [(0, 4, 4), (8, 8, 8)], hasBitfields: false);
        Assert.Equal(("Sequential", 0, 0L), (choice.Kind, choice.Pack, choice.Size));
    }

    [Fact]
    public void A_packed_record_is_sequential_with_the_pack_that_reproduces_its_offsets()
    {
        var choice = RecordLayout.Choose(Record(5, 1), [(0, 1, 1), (1, 4, 4)], hasBitfields: false);
        Assert.Equal(("Sequential", 1, 5L, 1L), (choice.Kind, choice.Pack, choice.NetSize, choice.NetAlign));
    }

    [Fact]
    public void Tail_padding_C_adds_keeps_sequential_with_an_explicit_size()
    {
        var choice = RecordLayout.Choose(Record(32, 32), [(0, 4, 4)], hasBitfields: false);
        Assert.Equal(("Sequential", 0, 32L), (choice.Kind, choice.Pack, choice.Size));
    }

    [Fact]
    public void A_union_is_explicit()
    {
        var choice = RecordLayout.Choose(Record(8, 8, union: true), [(0, 4, 4), (0, 8, 8)], hasBitfields: false);
        Assert.Equal(("Explicit", 8L), (choice.Kind, choice.NetSize));
    }

    [Fact]
    public void A_record_with_bitfields_is_explicit()
    {
        Assert.Equal("Explicit", RecordLayout.Choose(Record(4, 4), [(0, 4, 4)], hasBitfields: true).Kind);
    }

    [Fact]
    public void A_zero_byte_record_is_one_byte_in_CSharp()
    {
        var choice = RecordLayout.Choose(Record(0, 1), [], hasBitfields: false);
        Assert.Equal((1L, 1L), (choice.NetSize, choice.NetAlign));
    }
}
