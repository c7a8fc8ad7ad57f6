using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using KvStore;

BenchmarkRunner.Run<StringCalls>(args: args);

/// <summary>
/// One C call taking a string (kv_contains(store, key)) four ways: BindGen's raw layer with bytes the caller already
/// holds, BindGen's safe layer taking a string, [LibraryImport] with the source-generated UTF-8 marshaller, and a
/// classic [DllImport] with the runtime's string marshalling.
/// </summary>
[MemoryDiagnoser]
public unsafe partial class StringCalls
{
    private KvStoreHandle _store = null!;
    private nint _raw;

    [Params("short key", "a key that is a good deal longer than the two hundred and fifty six bytes of stack the safe layer uses for string arguments, so it has to take the pooled path instead; padding padding padding padding padding padding padding padding padding padding padding padding padding padding padding padding padding")]
    public string Key { get; set; } = "";

    private byte[] _keyUtf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        NativeLibrary.SetDllImportResolver(typeof(StringCalls).Assembly, (name, _, _) =>
            name == "kvstore" ? NativeLibrary.Load(Environment.GetEnvironmentVariable("KVSTORE_LIB")!) : IntPtr.Zero);
        _store = Kvstore.Open("bench");
        _store.Set(Key, "value");
        _raw = _store.DangerousGetHandle();
        _keyUtf8 = System.Text.Encoding.UTF8.GetBytes(Key + "\0");
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark(Baseline = true, Description = "raw layer, UTF-8 bytes held by caller")]
    public byte Raw()
    {
        fixed (byte* key = _keyUtf8) return Native.kv_contains((kv_store*)_raw, key);
    }

    [Benchmark(Description = "safe layer, string")]
    public bool SafeString() => _store.Contains(Key);

    [Benchmark(Description = "LibraryImport, Utf8 marshaller")]
    public bool LibraryImportUtf8() => Marshalled.kv_contains_li(_raw, Key);

    [Benchmark(Description = "LibraryImport, SafeHandle + Utf8 marshaller")]
    public bool LibraryImportSafeHandleUtf8() => Marshalled.kv_contains_sh(_store, Key);

    [Benchmark(Description = "DllImport, runtime LPUTF8Str marshalling")]
    public bool DllImportMarshalled() => Marshalled.kv_contains_dll(_raw, Key);
}

internal static partial class Marshalled
{
    [LibraryImport("kvstore", EntryPoint = "kv_contains", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool kv_contains_li(nint store, string key);

    [LibraryImport("kvstore", EntryPoint = "kv_contains", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool kv_contains_sh(KvStoreHandle store, string key);

    [DllImport("kvstore", EntryPoint = "kv_contains")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static extern bool kv_contains_dll(nint store, [MarshalAs(UnmanagedType.LPUTF8Str)] string key);
}
