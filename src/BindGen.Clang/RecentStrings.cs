namespace BindGen.Clang;

/// <summary>
/// The strings libclang last printed for a few thousand entities (a declaration's USR or name, a type's spelling), in a
/// table of fixed size indexed by the entity's address: libclang prints them afresh at every call, and the walk asks
/// again for the same few ("int", a typedef every function names) all the time. A fixed table keeps the answers asked
/// for most without growing with the header (a dictionary of every entity met cost more to fill and search than the
/// calls it saved) and without allocating after it is made; an entity pushed out is simply asked again.
/// </summary>
internal sealed class RecentStrings
{
    private const int Bits = 12;
    private readonly Entry[] _entries = new Entry[1 << Bits];

    private struct Entry
    {
        public int Kind;
        public nint Address;
        public string? Value;
    }

    /// <summary>The string remembered for the entity of <paramref name="kind"/> at <paramref name="address"/>, or null.</summary>
    public string? Find(int kind, nint address)
    {
        ref var entry = ref _entries[Slot(kind, address)];
        return entry.Kind == kind && entry.Address == address ? entry.Value : null;
    }

    /// <summary>Remembers <paramref name="value"/> for the entity, in place of the one that had its slot; returns it.</summary>
    public string Remember(int kind, nint address, string value)
    {
        ref var entry = ref _entries[Slot(kind, address)];
        entry.Kind = kind;
        entry.Address = address;
        entry.Value = value;
        return value;
    }

    // Fibonacci hashing of the address (its low bits are alignment, or a type's qualifiers), mixed with the kind.
    private static int Slot(int kind, nint address) => (int)((((ulong)address ^ (ulong)kind) * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
}
