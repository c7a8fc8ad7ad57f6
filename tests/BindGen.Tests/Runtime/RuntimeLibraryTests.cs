using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>Builds test-headers/runtime/runtime.c with cc and calls it through bindings generated from runtime.h.</summary>
public sealed class RuntimeLibraryFixture
{
    public NativeBindings Bindings { get; }

    public RuntimeLibraryFixture()
    {
        var header = new HeaderCase("runtime/runtime.h");
        var library = NativeBuild.SharedLibrary("runtime", [header.CSource!]);
        Bindings = new NativeBindings(Bindgen.Generate(header), Driver, "RuntimeDriver.D", new Dictionary<string, string> { ["runtime"] = library });
    }

    private const string Driver = """
        using System;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using RuntimeLib;

        namespace RuntimeDriver;

        public static unsafe class D
        {
            public static int Add(int a, int b) => Native.rt_add(a, b);
            public static double Scale(double v, float f) => Native.rt_scale(v, f);
            public static ulong Mix() => Native.rt_mix(200, -3, 4_000_000_000u, 1L << 40);
            public static long LongNegate(long v) => (long)Native.rt_long_negate(new CLong((nint)v)).Value;
            public static int RecordSizeC() => (int)Native.rt_size_of_record();
            public static int RecordSizeCs() => sizeof(rt_record);
            public static bool IsEven(int v) => Native.rt_is_even(v) != 0;

            public static string PointAdd()
            {
                var r = Native.rt_point_add(new rt_point { x = 1, y = 2 }, new rt_point { x = 30, y = 40 });
                return $"{r.x},{r.y}";
            }

            public static string BigFill()
            {
                var big = Native.rt_big_fill(1.5);
                var parts = new string[8];
                for (int i = 0; i < 8; i++) parts[i] = big.v[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
                return string.Join(",", parts);
            }

            public static double BigSum()
            {
                rt_big big = default;
                for (int i = 0; i < 8; i++) big.v[i] = i * 10;
                return Native.rt_big_sum(big);
            }

            public static string RectGrow()
            {
                var rect = new rt_rect { origin = new rt_point { x = 5, y = 6 }, width = 1.5f, height = 2.5f };
                Native.rt_rect_grow(&rect, 2);
                return FormattableString.Invariant($"{rect.origin.x},{rect.origin.y},{rect.width},{rect.height}");
            }

            public static string RecordInit(string name, long id)
            {
                rt_record record = default;
                var utf8 = System.Text.Encoding.UTF8.GetBytes(name + "\0");
                rt_status status;
                fixed (byte* p = utf8) status = Native.rt_record_init(&record, p, id);
                if (status != rt_status.RT_OK) return status.ToString();
                var text = System.Text.Encoding.UTF8.GetString(((ReadOnlySpan<byte>)record.name).Slice(0, ((ReadOnlySpan<byte>)record.name).IndexOf((byte)0)));
                return $"{text}|{record.id}|{record.scores[0]},{record.scores[1]},{record.scores[2]},{record.scores[3]}|{record.active}";
            }

            public static int Sum(int[] values)
            {
                fixed (int* p = values) return Native.rt_sum(p, (nuint)values.Length);
            }

            public static long StrLen(string text)
            {
                fixed (byte* p = System.Text.Encoding.UTF8.GetBytes(text + "\0")) return (long)Native.rt_strlen(p);
            }

            public static string Greeting() => Marshal.PtrToStringUTF8((nint)Native.rt_greeting())!;

            public static string Upper(string text)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(text + "\0");
                fixed (byte* p = bytes) Native.rt_upper(p);
                return System.Text.Encoding.UTF8.GetString(bytes, 0, bytes.Length - 1);
            }

            [UnmanagedCallersOnly]
            private static int Visit(void* user, int value)
            {
                *(int*)user += 1;
                return value * value;
            }

            public static string VisitAll(int[] values)
            {
                int calls = 0;
                int total;
                fixed (int* p = values) total = Native.rt_visit(p, (nuint)values.Length, &Visit, &calls);
                return $"{total}/{calls}";
            }

            public static string Version() => Native.RT_VERSION + "|" + System.Text.Encoding.UTF8.GetString(Native.RT_VERSION_UTF8) + "|" + Native.RT_MAX_NAME;
        }
        """;
}

public class RuntimeLibraryTests(RuntimeLibraryFixture fixture) : IClassFixture<RuntimeLibraryFixture>
{
    private NativeBindings C => fixture.Bindings;

    [Theory]
    [InlineData(2, 40, 42)]
    [InlineData(-7, 3, -4)]
    [InlineData(int.MaxValue, 1, int.MinValue)]
    public void Scalars_pass_and_return(int a, int b, int sum) => Assert.Equal(sum, C.Call<int>("Add", a, b));

    [Fact]
    public void Floating_point_arguments_keep_their_width() => Assert.Equal(7.5, C.Call<double>("Scale", 3.0, 2.5f));

    [Fact]
    public void Mixed_width_integers_are_extended_as_C_extends_them() =>
        Assert.Equal(unchecked(200UL + (ulong)-3L + 4_000_000_000UL + (1UL << 40)), C.Call<ulong>("Mix"));

    [Fact]
    public void C_long_round_trips_through_CLong() => Assert.Equal(-1234567890123L, C.Call<long>("LongNegate", 1234567890123L));

    [Fact]
    public void Bool_results_are_C_bytes()
    {
        Assert.True(C.Call<bool>("IsEven", 4));
        Assert.False(C.Call<bool>("IsEven", 5));
    }

    [Fact]
    public void Struct_sizes_agree_with_C() => Assert.Equal(C.Call<int>("RecordSizeC"), C.Call<int>("RecordSizeCs"));

    [Fact]
    public void Small_struct_by_value_in_registers() => Assert.Equal("31,42", C.Call<string>("PointAdd"));

    [Fact]
    public void Large_struct_returned_through_hidden_pointer() => Assert.Equal("1.5,2.5,3.5,4.5,5.5,6.5,7.5,8.5", C.Call<string>("BigFill"));

    [Fact]
    public void Large_struct_passed_by_value() => Assert.Equal(280.0, C.Call<double>("BigSum"));

    [Fact]
    public void Struct_by_pointer_is_modified_in_place() => Assert.Equal("4,5,3.5,4.5", C.Call<string>("RectGrow"));

    [Fact]
    public void Struct_with_arrays_filled_by_C() => Assert.Equal("widget|7|7,14,21,28|1", C.Call<string>("RecordInit", "widget", 7L));

    [Theory]
    [InlineData("", "RT_EMPTY")]
    [InlineData("a name far too long for the buffer", "RT_TOO_LONG")]
    public void Enum_results_including_negative_values(string name, string status) => Assert.Equal(status, C.Call<string>("RecordInit", name, 1L));

    [Fact]
    public void Arrays_by_pointer_and_length() => Assert.Equal(15, C.Call<int>("Sum", new[] { 1, 2, 3, 4, 5 }));

    [Fact]
    public void Strings_as_UTF8_bytes_in() => Assert.Equal(6L, C.Call<long>("StrLen", "h\u00e9llo"));

    [Fact]
    public void Strings_as_UTF8_bytes_out() => Assert.Equal("h\u00e9llo from C", C.Call<string>("Greeting"));

    [Fact]
    public void Buffers_modified_by_C() => Assert.Equal("ABC XYZ", C.Call<string>("Upper", "abc xyz"));

    [Fact]
    public void Callback_through_function_pointer_with_user_data() => Assert.Equal("14/3", C.Call<string>("VisitAll", new[] { 1, 2, 3 }));

    [Fact]
    public void Macro_constants_have_Cs_values() => Assert.Equal("1.2.3|1.2.3|16", C.Call<string>("Version"));
}
