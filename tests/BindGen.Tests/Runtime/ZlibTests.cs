using System.Runtime.InteropServices;
using System.Text;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>Bindings generated from the system's zlib.h call the system's libz.so.1 for real.</summary>
public sealed class ZlibFixture
{
    public NativeBindings Bindings { get; }
    public string Generated { get; }

    public ZlibFixture()
    {
        const string header = "/usr/include/zlib.h";
        Assert.True(File.Exists(header), "zlib.h is missing: install zlib1g-dev (.ci/install-deps does)");
        var result = Bindgen.Run(header, "--namespace", "Zlib", "--library", "z");
        Assert.True(result.ExitCode == 0, result.ToString());
        Generated = result.Stdout;
        // Only the runtime package's soname is guaranteed on a machine without zlib1g-dev's libz.so symlink.
        var library = NativeLibrary.TryLoad("libz.so.1", out var handle) ? "libz.so.1" : "libz.so";
        if (handle != IntPtr.Zero) NativeLibrary.Free(handle);
        Bindings = new NativeBindings(Generated, Driver, "ZlibDriver.D", new Dictionary<string, string> { ["z"] = library });
    }

    private const string Driver = """
        using System;
        using System.Runtime.InteropServices;
        using Zlib;

        namespace ZlibDriver;

        public static unsafe class D
        {
            public static string Version() => Marshal.PtrToStringUTF8((nint)Native.zlibVersion())!;

            public static string RoundTrip(byte[] input)
            {
                var bound = Native.compressBound(new CULong((nuint)input.Length));
                var compressed = new byte[(int)bound.Value];
                var compressedLength = new CULong((nuint)compressed.Length);
                int rc;
                fixed (byte* src = input)
                fixed (byte* dst = compressed)
                {
                    rc = Native.compress(dst, &compressedLength, src, new CULong((nuint)input.Length));
                }
                if (rc != Native.Z_OK) return "compress failed: " + rc;

                var output = new byte[input.Length];
                var outputLength = new CULong((nuint)output.Length);
                fixed (byte* src = compressed)
                fixed (byte* dst = output)
                {
                    rc = Native.uncompress(dst, &outputLength, src, compressedLength);
                }
                if (rc != Native.Z_OK) return "uncompress failed: " + rc;
                if ((int)outputLength.Value != input.Length || !output.AsSpan().SequenceEqual(input)) return "round trip changed the data";
                return $"ok {input.Length}->{compressedLength.Value}";
            }

            public static int StreamSizeCs() => sizeof(z_stream);

            public static int InflateInitWithStreamStruct()
            {
                // inflateInit_ checks the struct size we pass against its own sizeof(z_stream).
                z_stream stream = default;
                fixed (byte* version = Native.ZLIB_VERSION_UTF8)
                {
                    int rc = Native.inflateInit_(&stream, version, sizeof(z_stream));
                    if (rc != Native.Z_OK) return rc;
                    return Native.inflateEnd(&stream);
                }
            }
        }
        """;
}

public class ZlibTests(ZlibFixture fixture) : IClassFixture<ZlibFixture>
{
    [Fact]
    public void ZlibVersion_matches_the_header_macro()
    {
        var version = fixture.Bindings.Call<string>("Version");
        Assert.Matches(@"^\d+\.\d+", version);
        Assert.Contains($"const string ZLIB_VERSION = \"{version}\";", fixture.Generated);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void Compress_and_uncompress_round_trip(int length)
    {
        var data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, length / 10 + 1).Select(i => $"line {i:D4}\n")))[..length];
        var result = fixture.Bindings.Call<string>("RoundTrip", data);
        Assert.StartsWith("ok ", result);
        if (length == 100_000) Assert.True(int.Parse(result.Split("->")[1]) < length / 4, result);
    }

    [Fact]
    public void Z_stream_struct_is_accepted_by_inflateInit() => Assert.Equal(0, fixture.Bindings.Call<int>("InflateInitWithStreamStruct"));
}
