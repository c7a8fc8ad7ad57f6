using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Safe;

/// <summary>test-headers/safe/kvstore.c, built with cc, used only through the generated safe layer.</summary>
public sealed class KvStoreFixture
{
    public NativeBindings Bindings { get; }

    public KvStoreFixture()
    {
        var header = new HeaderCase("safe/kvstore.h");
        var library = NativeBuild.SharedLibrary("kvstore", [header.CSource!]);
        Bindings = new NativeBindings(Bindgen.Generate(header), Driver, "KvDriver.D", new Dictionary<string, string> { ["kvstore"] = library });
    }

    private const string Driver = """
        using System;
        using System.Collections.Generic;
        using KvStore;

        namespace KvDriver;

        public static unsafe class D
        {
            public static int Live() => Native.kv_live_objects();

            public static string SetGet(string key, string value)
            {
                using var store = Safe.kv_open("main");
                store.Set(key, value);
                return $"{store.Name()}|{store.Count()}|{store.Get(key)}|{store.Get("absent") ?? "null"}|{store.Contains(key)}|{store.Contains("absent")}";
            }

            public static string Utf8Overloads()
            {
                using var store = Safe.kv_open("u8"u8);
                store.Set("k"u8, "v"u8);
                return store.Get("k"u8) + "|" + store.Get("k");
            }

            public static string StatusError(string prefix)
            {
                using var store = Safe.kv_open("errors");
                store.Set("alpha", "1");
                try
                {
                    store.CountPrefix(prefix, out var count);
                    return "count " + count;
                }
                catch (KvStoreException e)
                {
                    return $"{e.Code}: {e.Message}";
                }
            }

            public static string InvalidArgument()
            {
                using var store = Safe.kv_open("errors");
                try
                {
                    store.Set("", "value");
                    return "no exception";
                }
                catch (KvStoreException e)
                {
                    return $"{e.Code}: {e.Message}";
                }
            }

            public static string TryVariant()
            {
                using var store = Safe.kv_open("try");
                var missing = store.TryCountPrefix("zz", out var none);
                store.Set("alpha", "1");
                var found = store.TryCountPrefix("al", out var one);
                return $"{missing}:{none}|{found}:{one}|{store.TrySet("", "x")}";
            }

            public static string RegisteredListener()
            {
                var seen = new List<string>();
                using var store = Safe.kv_open("listened");
                store.SetListener(key => seen.Add(key!));
                store.Set("a", "1");
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                store.Set("b", "2");           // the delegate is still alive after the registering call returned
                store.ClearListener();
                store.Set("c", "3");           // no longer called
                Exception? unhandled = null;
                Action<Exception> handler = e => unhandled = e;
                Safe.UnhandledCallbackException += handler;
                store.SetListener(key => throw new InvalidOperationException("listener failed on " + key));
                store.Set("d", "4");           // the exception cannot reach a caller: it goes to the event, never into C
                Safe.UnhandledCallbackException -= handler;
                return string.Join(",", seen) + "|" + unhandled?.Message + "|" + store.Get("d");
            }

            public static unsafe string BoolAndPointerOut()
            {
                using var store = Safe.kv_open("flags");
                bool empty = store.IsEmpty();
                store.Set("k", "v");
                store.NameInto(out var name);
                return $"{empty}|{store.IsEmpty()}|{Utf8Arg_ToString(name)}";
            }

            private static unsafe string? Utf8Arg_ToString(byte* p) => System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)p);

            public static string NullHandle()
            {
                try
                {
                    using var store = Safe.kv_open("");
                    return "no exception";
                }
                catch (KvStoreException e)
                {
                    return $"{e.Code}: {e.Message}";
                }
            }

            public static string OutHandle()
            {
                Safe.kv_open_ex("viaout", out var store);
                using (store)
                {
                    return store.Name() + "|" + Native.kv_live_objects();
                }
            }

            public static int DoubleDispose()
            {
                var store = Safe.kv_open("twice");
                store.Dispose();
                store.Dispose();
                return Native.kv_live_objects();
            }

            public static string Buffers()
            {
                using var store = Safe.kv_open("bytes");
                store.SetBytes("blob", new byte[] { 1, 2, 3, 4, 5 });
                store.Set("b", "xy");
                Span<byte> buffer = stackalloc byte[3];
                var copied = store.ReadBytes("blob", buffer);
                Span<int> lengths = stackalloc int[4];
                var filled = store.FillLengths(lengths);
                return $"{copied}:{buffer[0]}{buffer[1]}{buffer[2]}|{filled}:{lengths[0]},{lengths[1]}";
            }

            public static string Callback()
            {
                using var store = Safe.kv_open("each");
                store.Set("b", "2");
                store.Set("a", "1");
                store.Set("c", "3");
                var seen = new List<string>();
                int calls = store.Each((key, value) => { seen.Add(key + "=" + value); return 0; });
                int stopped = store.Each((key, value) => key == "b" ? 1 : 0);
                return string.Join(",", seen) + "|" + calls + "|" + stopped;
            }

            public static string CallbackException()
            {
                using var store = Safe.kv_open("each");
                store.Set("a", "1");
                store.Set("b", "2");
                int calls = 0;
                try
                {
                    store.Each((key, value) => { calls++; throw new InvalidOperationException("boom at " + key); });
                    return "no exception";
                }
                catch (InvalidOperationException e)
                {
                    // C kept iterating (it never saw the exception); the first one is rethrown after the call.
                    return e.Message + "|" + calls;
                }
            }

            public static string EmbeddedNul()
            {
                using var store = Safe.kv_open("nul");
                try
                {
                    store.Set("a\0b", "x");
                    return "no exception";
                }
                catch (ArgumentException e)
                {
                    return e.GetType().Name;
                }
            }

            public static string LongStrings(int length)
            {
                using var store = Safe.kv_open("long");
                var key = new string('k', length);
                var value = string.Concat(System.Linq.Enumerable.Repeat("\u00e9\u4e2d", length));
                store.Set(key, value);
                return store.Get(key) == value ? "ok" : "mismatch";
            }

            public static string RefCounting()
            {
                var blob = Safe.kv_blob_new(16);
                var clone = blob.Clone();
                var counts = $"{blob.Refcount()},{clone.Size()}";
                clone.Dispose();
                counts += $",{blob.Refcount()}";
                blob.Dispose();
                return counts + "," + Native.kv_live_objects();
            }

            public static long AllocatedPerCall(int calls)
            {
                using var store = Safe.kv_open("alloc");
                store.Set("key", "value");
                bool found = false;
                for (int i = 0; i < 100; i++) found |= store.Contains("key");
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < calls; i++) found |= store.Contains("a short key that still fits the stack buffer");
                long after = GC.GetAllocatedBytesForCurrentThread();
                return found ? after - before : -1;
            }
        }
        """;
}

[Collection("kvstore")]
public class KvStoreSafeTests(KvStoreFixture fixture) : IClassFixture<KvStoreFixture>
{
    private NativeBindings C => fixture.Bindings;

    [Fact]
    public void Strings_in_and_owned_strings_out() => Assert.Equal("main|1|v\u00e4lue|null|True|False", C.Call<string>("SetGet", "k\u00e9y", "v\u00e4lue"));

    [Fact]
    public void Utf8_span_overloads_take_bytes_without_terminator() => Assert.Equal("v|v", C.Call<string>("Utf8Overloads"));

    [Fact]
    public void Status_codes_become_exceptions_with_the_librarys_message()
    {
        Assert.Equal("count 1", C.Call<string>("StatusError", "al"));
        Assert.Equal("1: key not found", C.Call<string>("StatusError", "zz"));
        Assert.Equal("2: invalid argument", C.Call<string>("InvalidArgument"));
    }

    [Fact]
    public void Try_variants_return_the_status_instead_of_throwing() => Assert.Equal("KV_NOT_FOUND:0|KV_OK:1|KV_INVALID", C.Call<string>("TryVariant"));

    [Fact]
    public void A_NULL_handle_from_a_constructor_throws_with_the_librarys_text() => Assert.Equal("-1: a store needs a name", C.Call<string>("NullHandle"));

    [Fact]
    public void Registered_callbacks_live_until_unregistered_and_their_exceptions_go_to_an_event() =>
        Assert.Equal("a,b|listener failed on d|4", C.Call<string>("RegisteredListener"));

    [Fact]
    public void Configured_bool_returns_and_pointer_to_pointer_outputs() => Assert.Equal("True|False|flags", C.Call<string>("BoolAndPointerOut"));

    [Fact]
    public void Out_handle_parameters_own_the_object() => Assert.Equal("viaout|1", C.Call<string>("OutHandle"));

    [Fact]
    public void Double_dispose_releases_once() => Assert.Equal(0, C.Call<int>("DoubleDispose"));

    [Fact]
    public void Pointer_and_length_pairs_become_spans() => Assert.Equal("3:123|2:2,5", C.Call<string>("Buffers"));

    [Fact]
    public void Callbacks_with_user_data_take_managed_delegates() => Assert.Equal("a=1,b=2,c=3|3|2", C.Call<string>("Callback"));

    [Fact]
    public void A_callback_exception_does_not_cross_into_C_and_is_rethrown_after_the_call() => Assert.Equal("boom at a|2", C.Call<string>("CallbackException"));

    [Fact]
    public void Embedded_NUL_is_rejected() => Assert.Equal("ArgumentException", C.Call<string>("EmbeddedNul"));

    [Theory]
    [InlineData(10)]
    [InlineData(300)]
    [InlineData(5000)]
    public void Long_strings_go_through_a_pooled_buffer(int length) => Assert.Equal("ok", C.Call<string>("LongStrings", length));

    [Fact]
    public void Reference_counted_objects_clone_with_a_new_reference() => Assert.Equal("2,16,1,0", C.Call<string>("RefCounting"));

    [Fact]
    public void Short_string_calls_allocate_nothing() => Assert.Equal(0L, C.Call<long>("AllocatedPerCall", 1000));

    [Fact]
    public void Nothing_leaks() => Assert.Equal(0, C.Call<int>("Live"));
}
