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
                using var store = Kvstore.Open("main");
                store.Set(key, value);
                return $"{store.Name()}|{store.Count()}|{store.Get(key)}|{store.Get("absent") ?? "null"}|{store.Contains(key)}|{store.Contains("absent")}";
            }

            public static string Utf8Overloads()
            {
                using var store = Kvstore.Open("u8"u8);
                store.Set("k"u8, "v"u8);
                return store.Get("k"u8) + "|" + store.Get("k");
            }

            public static string StatusError(string prefix)
            {
                using var store = Kvstore.Open("errors");
                store.Set("alpha", "1");
                try
                {
                    store.CountPrefix(prefix, out var count);
                    return "count " + count;
                }
                catch (KvstoreException e)
                {
                    return $"{e.Code}: {e.Message}";
                }
            }

            public static string InvalidArgument()
            {
                using var store = Kvstore.Open("errors");
                try
                {
                    store.Set("", "value");
                    return "no exception";
                }
                catch (KvstoreException e)
                {
                    return $"{e.Code}: {e.Message}";
                }
            }

            public static string TryVariant()
            {
                using var store = Kvstore.Open("try");
                var missing = store.TryCountPrefix("zz", out var none);
                store.Set("alpha", "1");
                var found = store.TryCountPrefix("al", out var one);
                return $"{missing}:{none}|{found}:{one}|{store.TrySet("", "x")}";
            }

            public static string RegisteredListener()
            {
                var seen = new List<string>();
                using var store = Kvstore.Open("listened");
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
                Kvstore.UnhandledCallbackException += handler;
                store.SetListener(key => throw new InvalidOperationException("listener failed on " + key));
                store.Set("d", "4");           // the exception cannot reach a caller: it goes to the event, never into C
                Kvstore.UnhandledCallbackException -= handler;
                return string.Join(",", seen) + "|" + unhandled?.Message + "|" + store.Get("d");
            }

            public static unsafe string BoolAndPointerOut()
            {
                using var store = Kvstore.Open("flags");
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
                    using var store = Kvstore.Open("");
                    return "no exception";
                }
                catch (KvstoreException e)
                {
                    return $"{e.Code}: {e.Message}";
                }
            }

            public static string OutHandle()
            {
                Kvstore.OpenEx("viaout", out var store);
                using (store)
                {
                    return store.Name() + "|" + Native.kv_live_objects();
                }
            }

            public static int DoubleDispose()
            {
                var store = Kvstore.Open("twice");
                store.Dispose();
                store.Dispose();
                return Native.kv_live_objects();
            }

            public static string Buffers()
            {
                using var store = Kvstore.Open("bytes");
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
                using var store = Kvstore.Open("each");
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
                using var store = Kvstore.Open("each");
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
                using var store = Kvstore.Open("nul");
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
                using var store = Kvstore.Open("long");
                var key = new string('k', length);
                var value = string.Concat(System.Linq.Enumerable.Repeat("\u00e9\u4e2d", length));
                store.Set(key, value);
                return store.Get(key) == value ? "ok" : "mismatch";
            }

            public static string RefCounting()
            {
                var blob = Kvstore.BlobNew(16);
                var clone = blob.Clone();
                var counts = $"{blob.Refcount()},{clone.Size()}";
                clone.Dispose();
                counts += $",{blob.Refcount()}";
                blob.Dispose();
                return counts + "," + Native.kv_live_objects();
            }

            public static string RetainedText(int length)
            {
                using var store = Kvstore.Open("notes");
                var text = string.Concat(System.Linq.Enumerable.Repeat("n\u00f6te ", length)).Substring(0, length);
                int destroyedBefore = Native.kv_notes_destroyed();
                store.SetNote(text);
                Scribble();
                var afterGc = store.Note();
                store.SetNote("second"u8);
                Scribble();
                var second = store.Note();
                store.Dispose();
                return (afterGc == text ? "kept" : "corrupted: " + afterGc) + "|" + second + "|" + (Native.kv_notes_destroyed() - destroyedBefore);
            }

            // What a temporary buffer would suffer after the call: a GC, the pool handing the array out again, the stack reused.
            private static void Scribble()
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                for (int size = 16; size <= 1 << 16; size *= 2)
                {
                    var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
                    rented.AsSpan().Fill((byte)'X');
                    System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                }
                Span<byte> stack = stackalloc byte[1024];
                stack.Fill((byte)'Y');
                using var other = Kvstore.Open("scribble");
                other.Set(new string('Z', 200), new string('W', 3000));
            }

            public static string ReleaseIsOnlyDispose()
            {
                var methods = new List<string>();
                foreach (var type in new[] { typeof(KvStoreHandle), typeof(KvBlobHandle), typeof(KvPairHandle) })
                    foreach (var m in type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
                        if (m.Name is "Close" or "Free" or "Unref" or "BlobUnref" or "PairFree" or "FreeString") methods.Add(type.Name + "." + m.Name);
                foreach (var m in typeof(Kvstore).GetMethods())
                    if (m.Name is "Close" or "BlobUnref" or "PairFree") methods.Add("Kvstore." + m.Name);
                return methods.Count == 0 ? "none" : string.Join(",", methods);
            }

            public static string CompleteStructHandle()
            {
                using var pair = Kvstore.PairNew("answer", 42);
                var value = pair.Value;
                return System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)value.key) + "=" + value.number + "|" + Native.kv_live_objects();
            }

            public static string OwnedOutString()
            {
                using var store = Kvstore.Open("check");
                store.Set("here", "1");
                var ok = store.TryCheck("here", out var none);
                var failed = store.TryCheck("gone", out var message);
                return $"{ok}:{none ?? "null"}|{failed}:{message}";
            }

            public static string TailOffset()
            {
                using var store = Kvstore.Open("tail");
                var text = "\u00e9=1;b=2;";
                store.SetFirst(text, out int tail);
                store.SetFirst(text.Substring(tail), out int tail2);
                store.SetFirst("x=3;rest"u8, out int bytes);
                return $"{tail}|{tail2}|{bytes}|{store.Get("\u00e9")},{store.Get("b")},{store.Get("x")}";
            }

            public static string RecordsByReference()
            {
                using var store = Kvstore.Open("ranges");
                store.Set("a", "1");
                store.Set("b", "22");
                store.Set("c", "333");
                var range = new kv_range { shortest = 2, longest = 3 };
                var inRange = store.CountInRange(in range);
                var wide = new kv_range { shortest = 100, longest = 0 };
                store.WidenRange(ref wide);
                return $"{inRange}|{wide.shortest}-{wide.longest}|{store.Length("bb")}{store.Length("b")}";
            }

            public static string Errno()
            {
                using var store = Kvstore.Open("errno");
                var path = System.IO.Path.GetTempFileName();
                System.IO.File.WriteAllText(path, "a=1\nb=2\n");
                store.Load(path);
                System.IO.File.Delete(path);
                try
                {
                    store.Load("/nonexistent/kvstore/file");
                    return "no exception";
                }
                catch (KvstoreException e)
                {
                    return store.Count() + "|" + e.Code + "|" + e.Message;
                }
            }

            public static string RetainedWithoutDestructorStaysRaw()
            {
                var m = typeof(KvStoreHandle).GetMethod("SetLabel")!;
                return string.Join(",", System.Linq.Enumerable.Select(m.GetParameters(), p => p.ParameterType.Name + " " + p.Name))
                    + "|" + (typeof(KvStoreHandle).GetMethod("SetLabel", new[] { typeof(string) }) is null ? "no string overload" : "string overload");
            }

            public static long AllocatedPerCall(int calls)
            {
                using var store = Kvstore.Open("alloc");
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

    [Theory]
    [InlineData(10)]
    [InlineData(300)]
    [InlineData(5000)]
    public void Text_C_keeps_survives_a_GC_and_the_reuse_of_every_temporary_buffer_and_is_freed_through_its_destructor(int length) =>
        Assert.Equal("kept|second|2", C.Call<string>("RetainedText", length));

    [Fact]
    public void Handles_have_no_releasing_method_Dispose_is_the_only_release() => Assert.Equal("none", C.Call<string>("ReleaseIsOnlyDispose"));

    [Fact]
    public void A_configured_release_function_gives_a_complete_struct_a_handle_whose_fields_can_be_read() =>
        Assert.Equal("answer=42|1", C.Call<string>("CompleteStructHandle"));

    [Fact]
    public void Char_pointer_pointer_outputs_become_out_strings_freed_with_the_configured_function() =>
        Assert.Equal("KV_OK:null|KV_NOT_FOUND:no such key: gone", C.Call<string>("OwnedOutString"));

    [Fact]
    public void Tail_outputs_become_the_offset_of_the_rest_in_chars_for_strings_and_bytes_for_spans() =>
        Assert.Equal("4|4|4|1,2,3", C.Call<string>("TailOffset"));

    [Fact]
    public void Pointers_to_complete_records_become_in_and_ref() => Assert.Equal("2|1-3|02", C.Call<string>("RecordsByReference"));

    [Fact]
    public void A_function_reporting_through_errno_throws_with_errnos_text() =>
        Assert.Equal("2|-1|kv_load failed with code -1: No such file or directory", C.Call<string>("Errno"));

    [Fact]
    public void A_retained_parameter_without_a_destructor_stays_raw() =>
        Assert.Equal("Byte* label|no string overload", C.Call<string>("RetainedWithoutDestructorStaysRaw"));

    [Fact]
    public void Short_string_calls_allocate_nothing() => Assert.Equal(0L, C.Call<long>("AllocatedPerCall", 1000));

    [Fact]
    public void Nothing_leaks() => Assert.Equal(0, C.Call<int>("Live"));
}
