using System.Runtime.InteropServices;

namespace BindGen.Clang;

/// <summary>
/// The C heap libclang allocates from. Disposing a <see cref="TranslationUnit"/> frees its memory to the C allocator, but
/// glibc keeps most of it mapped (freed chunks below the top of each arena, and the arena of libclang's parsing thread):
/// after a large parse the process keeps tens of megabytes it will never use again, and they add to its peak.
/// </summary>
public static unsafe class NativeHeap
{
    // glibc's malloc_trim(pad): returns the free pages of every arena to the system; 1 when it released any. Looked up at
    // run time: other C libraries (musl, macOS, Windows) have no such function, and there is nothing to do there.
    private static readonly delegate* unmanaged<nuint, int> MallocTrim = Find();

    private static delegate* unmanaged<nuint, int> Find()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libc.so.6", out var libc)) return null;
        return NativeLibrary.TryGetExport(libc, "malloc_trim", out var trim) ? (delegate* unmanaged<nuint, int>)trim : null;
    }

    /// <summary>True when the C library can return freed memory on request (glibc).</summary>
    public static bool CanReturnFreedMemory => MallocTrim != null;

    /// <summary>
    /// Returns the C heap's free pages to the system, after the translation units are disposed. True when some memory was
    /// returned; false when there was none to return or the C library cannot (<see cref="CanReturnFreedMemory"/>).
    /// </summary>
    public static bool ReturnFreedMemory() => MallocTrim != null && MallocTrim(0) != 0;
}
