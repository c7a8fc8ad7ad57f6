// Calls zlib's deflateInit and inflateInit, macros in C, by their C names: BindGen.MSBuild built libz_shim.so with one
// exported wrapper per macro (obj/.../bindgen/zlib_wrapper_shim.c) and copied it beside this program.
using System.Text;
using Zlib;

unsafe
{
    byte[] input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("deflateInit is a macro; BindGen calls it through a shim. ", 40)));
    byte[] compressed = new byte[input.Length + 128];
    byte[] restored = new byte[input.Length];
    fixed (byte* source = input, packed = compressed, dest = restored)
    {
        z_stream deflater = default;
        if (Native.deflateInit(&deflater, Native.Z_DEFAULT_COMPRESSION) != Native.Z_OK) return Fail("deflateInit");
        deflater.next_in = source;
        deflater.avail_in = (uint)input.Length;
        deflater.next_out = packed;
        deflater.avail_out = (uint)compressed.Length;
        if (Native.deflate(&deflater, Native.Z_FINISH) != Native.Z_STREAM_END) return Fail("deflate");
        var packedLength = deflater.total_out.Value;
        Native.deflateEnd(&deflater);

        z_stream inflater = default;
        if (Native.inflateInit(&inflater) != Native.Z_OK) return Fail("inflateInit");
        inflater.next_in = packed;
        inflater.avail_in = (uint)packedLength;
        inflater.next_out = dest;
        inflater.avail_out = (uint)restored.Length;
        if (Native.inflate(&inflater, Native.Z_FINISH) != Native.Z_STREAM_END) return Fail("inflate");
        Native.inflateEnd(&inflater);
        if (!restored.AsSpan().SequenceEqual(input)) return Fail("round trip");
        Console.WriteLine($"deflateInit/inflateInit round trip OK: {input.Length} bytes -> {packedLength} compressed");
    }
    return 0;
}

static int Fail(string what)
{
    Console.Error.WriteLine(what + " failed");
    return 1;
}
