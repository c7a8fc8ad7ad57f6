// Calls zlib through the bindings BindGen.MSBuild generated at build time from native/zlib_wrapper.h, a wrapper header that includes <zlib.h> (obj/.../bindgen/zlib_wrapper.g.cs).
using System.Runtime.InteropServices;
using System.Text;
using Zlib;

unsafe
{
    string version = Marshal.PtrToStringUTF8((nint)Native.zlibVersion()) ?? "";
    Console.WriteLine($"zlib {version}");

    byte[] input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("BindGen calls zlib through generated bindings. ", 40)));
    byte[] compressed = new byte[(int)Native.compressBound(new CULong((nuint)input.Length)).Value];
    CULong compressedLength = new((nuint)compressed.Length);
    int status;
    fixed (byte* source = input)
    fixed (byte* dest = compressed)
    {
        status = Native.compress(dest, &compressedLength, source, new CULong((nuint)input.Length));
    }
    if (status != 0)
    {
        Console.Error.WriteLine($"compress failed: {status}");
        return 1;
    }

    byte[] restored = new byte[input.Length];
    CULong restoredLength = new((nuint)restored.Length);
    fixed (byte* source = compressed)
    fixed (byte* dest = restored)
    {
        status = Native.uncompress(dest, &restoredLength, source, compressedLength);
    }
    if (status != 0 || restoredLength.Value != (nuint)input.Length || !restored.AsSpan().SequenceEqual(input))
    {
        Console.Error.WriteLine($"uncompress failed: status {status}, {restoredLength.Value} bytes");
        return 1;
    }

    Console.WriteLine($"round trip OK: {input.Length} bytes -> {compressedLength.Value} compressed -> {restoredLength.Value} restored");
    return 0;
}
