using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>
/// Records C aligns to 32 and 64 bytes (test-headers/abi/overaligned_rt.{h,c}): C# keeps their exact size and offsets, also
/// inside other records, and their AllocateAligned helpers give memory C finds aligned, for one instance and for arrays.
/// </summary>
public class OveralignedTests
{
    private const string Header = "abi/overaligned_rt.h";

    [Fact]
    public void Records_aligned_above_16_bytes_are_reported_with_what_cannot_be_guaranteed()
    {
        var c = new HeaderCase(Header);
        var result = Bindgen.Run([c.FullPath, .. c.Flags]);
        Assert.Contains("warning BG0019: 'struct cacheline' is aligned to 64 bytes in C; .NET aligns it to 16: its size and field offsets are exact and cacheline.AllocateAligned gives memory aligned to 64, but an instance on the stack, in a managed array or inside a managed object may be under-aligned", result.Stderr);
        Assert.Contains("warning BG0019: 'struct vec8' is aligned to 32 bytes", result.Stderr);
        Assert.Contains("warning BG0019: 'struct holder' is aligned to 64 bytes", result.Stderr);
    }

    [Fact]
    public void Aligned_allocation_gives_C_memory_aligned_as_it_requires_and_every_member_where_C_puts_it()
    {
        NativeFixture.AssertDriverPasses(Header, """
            namespace AbiOveraligned;
            public static unsafe class Driver
            {
                public static string Run()
                {
                    var failures = new System.Collections.Generic.List<string>();
                    int[] alignments = [cacheline.NativeAlignment, vec8.NativeAlignment, holder.NativeAlignment];
                    if (string.Join(",", alignments) != "64,32,64") failures.Add("NativeAlignment " + string.Join(",", alignments));
                    if (sizeof(cacheline) != 64 || sizeof(vec8) != 64 || sizeof(holder) != 256) failures.Add($"sizes {sizeof(cacheline)} {sizeof(vec8)} {sizeof(holder)}");

                    var line = cacheline.AllocateAligned();
                    line->seq = 42;
                    line->tag = (byte)'x';
                    if (Native.cacheline_check(line) != 1) failures.Add("one cacheline: C found it misaligned or its fields elsewhere");
                    cacheline.FreeAligned(line);

                    // An array: C's size is a multiple of its alignment, so every element is aligned.
                    var lines = cacheline.AllocateAligned(5);
                    for (int i = 0; i < 5; i++) lines[i].seq = (ulong)i;
                    if (Native.cachelines_check(lines, 5) != 1) failures.Add("array of cachelines");
                    cacheline.FreeAligned(lines);

                    var h = holder.AllocateAligned();
                    if (h->c != 0 || h->after != 0) failures.Add("AllocateAligned does not zero");
                    if (Native.holder_fill(h) != 1) failures.Add("holder: C found it misaligned");
                    float v = 0;
                    for (int i = 0; i < 8; i++) v += h->vec.v[i];
                    if (h->c != (byte)'c' || h->line.seq != 7 || h->line.tag != (byte)'t' || h->after != -3 || v != 14f || h->vec.count != 8 || h->tail != 99)
                        failures.Add($"holder as C filled it, read from C#: {h->c} {h->line.seq} {h->line.tag} {h->after} {v} {h->vec.count} {h->tail}");
                    h->after = 1000;
                    h->vec.v[7] = 100f;
                    double expected = 'c' + 7 + 't' + 1000 + 8 + 99 + (14 - 3.5 + 100);
                    if (Native.holder_sum(h) != expected) failures.Add($"holder written from C#, read by C: {Native.holder_sum(h)}, expected {expected}");
                    holder.FreeAligned(h);
                    return string.Join("\n", failures);
                }
            }
            """);
    }
}
