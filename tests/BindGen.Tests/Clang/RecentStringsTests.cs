using BindGen.Clang;

namespace BindGen.Tests.Clang;

/// <summary>The fixed table of libclang's recent answers (src/BindGen.Clang/RecentStrings.cs): it forgets, it never mixes up.</summary>
public class RecentStringsTests
{
    [Fact]
    public void A_remembered_string_is_found_by_the_kind_and_address_it_was_remembered_for()
    {
        var strings = new RecentStrings();
        Assert.Null(strings.Find(20, 0x7f00_1000));
        strings.Remember(20, 0x7f00_1000, "size_t");
        Assert.Equal("size_t", strings.Find(20, 0x7f00_1000));
        Assert.Null(strings.Find(2, 0x7f00_1000));
        Assert.Null(strings.Find(20, 0x7f00_1008));
    }

    [Fact]
    public void Far_more_entities_than_slots_each_find_their_own_string_or_none()
    {
        var strings = new RecentStrings();
        const int count = 50_000; // the table has 4,096 slots: most of these push another out
        for (int i = 0; i < count; i++) strings.Remember(i % 3 == 0 ? 2 : 20, Address(i), "e" + i);
        int found = 0;
        for (int i = 0; i < count; i++)
        {
            if (strings.Find(i % 3 == 0 ? 2 : 20, Address(i)) is not { } value) continue;
            Assert.Equal("e" + i, value);
            found++;
        }
        Assert.InRange(found, 1, 4096);
    }

    // Addresses as libclang's allocator hands them out: 16-byte steps, with a qualifier bit now and then (a const type).
    private static nint Address(int i) => (nint)(0x5555_0000_0000L + i * 16L + (i % 7 == 0 ? 1 : 0));
}
