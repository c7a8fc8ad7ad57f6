using System.Runtime.InteropServices;
using BindGen.Clang;

namespace BindGen.Tests.Clang;

/// <summary>
/// What libclang frees goes back to the system when BindGen asks (HeaderParser does, once its translation units are
/// disposed): glibc otherwise keeps freed chunks below the top of an arena mapped for the rest of the run.
/// </summary>
public class NativeHeapTests
{
    [Fact]
    public unsafe void Freed_C_heap_memory_below_a_live_block_goes_back_to_the_system_when_asked()
    {
        if (!OperatingSystem.IsLinux()) return;
        Assert.True(NativeHeap.CanReturnFreedMemory, "glibc's malloc_trim was not found");

        // 64 MiB in 4 KiB blocks, each touched so it is resident; all freed but the last, which pins the arena's top, so
        // free() itself gives nothing back.
        const int count = 16384, size = 4096;
        var blocks = new nint[count];
        for (int i = 0; i < count; i++)
        {
            blocks[i] = (nint)NativeMemory.Alloc(size);
            new Span<byte>((void*)blocks[i], size).Fill(1);
        }
        try
        {
            for (int i = 0; i < count - 1; i++) NativeMemory.Free((void*)blocks[i]);
            long before = ResidentBytes();
            Assert.True(NativeHeap.ReturnFreedMemory());
            long after = ResidentBytes();
            // Other tests run in this process meanwhile: at least a quarter of the 64 MiB must have left.
            Assert.True(before - after >= 16L << 20, $"resident before {before >> 20} MiB, after {after >> 20} MiB");
        }
        finally
        {
            NativeMemory.Free((void*)blocks[^1]);
        }
    }

    // Resident set size from /proc/self/statm (second field, in pages).
    private static long ResidentBytes() => long.Parse(File.ReadAllText("/proc/self/statm").Split(' ')[1]) * Environment.SystemPageSize;
}
