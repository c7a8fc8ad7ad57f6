using System.Runtime.InteropServices;
using BindGen.Tests.Infrastructure;
using BindGen.Tests.Surface;

namespace BindGen.Tests.Shim;

/// <summary>zlib's deflateInit and inflateInit are macros over deflateInit_/inflateInit_: called by their C names through the built shim.</summary>
public class ZlibShimTests
{
    private const string Driver = """
        using System;
        using Zlib;

        public static unsafe class Probe
        {
            public static string Run()
            {
                var input = new byte[4096];
                for (int i = 0; i < input.Length; i++) input[i] = (byte)("shim "[i % 5]);
                var compressed = new byte[8192];
                var output = new byte[input.Length];
                int compressedLength, outputLength;
                fixed (byte* inp = input, comp = compressed, outp = output)
                {
                    z_stream deflater = default;
                    if (Native.deflateInit(&deflater, Native.Z_BEST_COMPRESSION) != Native.Z_OK) return "deflateInit failed";
                    deflater.next_in = inp;
                    deflater.avail_in = (uint)input.Length;
                    deflater.next_out = comp;
                    deflater.avail_out = (uint)compressed.Length;
                    if (Native.deflate(&deflater, Native.Z_FINISH) != Native.Z_STREAM_END) return "deflate failed";
                    compressedLength = (int)deflater.total_out.Value;
                    Native.deflateEnd(&deflater);

                    z_stream inflater = default;
                    if (Native.inflateInit(&inflater) != Native.Z_OK) return "inflateInit failed";
                    inflater.next_in = comp;
                    inflater.avail_in = (uint)compressedLength;
                    inflater.next_out = outp;
                    inflater.avail_out = (uint)output.Length;
                    if (Native.inflate(&inflater, Native.Z_FINISH) != Native.Z_STREAM_END) return "inflate failed";
                    outputLength = (int)inflater.total_out.Value;
                    Native.inflateEnd(&inflater);
                }
                return $"{compressedLength < input.Length / 10} {outputLength} {output.AsSpan().SequenceEqual(input)}";
            }
        }
        """;

    [Fact]
    public void Deflate_and_inflate_round_trip_through_deflateInit_and_inflateInit_called_by_their_C_names()
    {
        Assert.True(File.Exists("/usr/include/zlib.h"), "zlib.h is missing: install zlib1g-dev (.ci/install-deps does)");
        var (result, folder) = ShimHarness.Generate("/usr/include/zlib.h", "Zlib", "z", o => o with { LibraryFileNames = ["linux=libz.so.1"] });
        var text = SurfaceHarness.Text(result);
        Assert.Contains("EntryPoint = \"deflateInit__bindgen_wrap\"", text);
        Assert.Contains("public static extern int deflateInit([NativeTypeName(\"z_streamp\")] z_stream* strm, int level);", text);
        Assert.Contains("return deflateInit(p0, p1);", result.WrapperFile!.Content);
        var libz = NativeLibrary.TryLoad("libz.so.1", out var handle) ? "libz.so.1" : "libz.so";
        if (handle != 0) NativeLibrary.Free(handle);
        var bindings = new NativeBindings(text, Driver, "Probe", new Dictionary<string, string>
        {
            ["z"] = libz,
            ["z_shim"] = Path.Combine(folder, "libz_shim.so"),
        });
        Assert.Equal("True 4096 True", bindings.Call<string>("Run"));
    }
}
