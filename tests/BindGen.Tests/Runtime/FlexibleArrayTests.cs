using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>A flexible array member's accessor reaches the tail C allocated and filled, and C reads what C# writes there.</summary>
public class FlexibleArrayTests
{
    private const string Driver = """
        namespace FlexibleRt;

        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;

        public static unsafe class Driver
        {
            public static string Run()
            {
                var failures = new List<string>();
                void Expect<T>(string what, T expected, T actual) where T : IEquatable<T>
                {
                    if (!expected.Equals(actual)) failures.Add($"{what}: expected {expected}, got {actual}");
                }

                var s = Native.samples_new(5);
                var values = s->values(s->count);
                for (int i = 0; i < 5; i++) Expect($"samples.values[{i}]", i * 1.5, values[i]);
                values[4] = 100;
                Expect("samples_sum after a C# write", 0 + 1.5 + 3 + 4.5 + 100, Native.samples_sum(s));
                Native.release(s);

                var m = Native.message_new(6);
                Expect("message.stamp", 2.5, m->stamp);
                Expect("message.kind", (byte)'k', m->kind);
                var data = m->data(6);
                Expect("message.data", "abcdef", System.Text.Encoding.ASCII.GetString(data));
                data[0] = (byte)'z';
                int checksum = 0;
                foreach (var b in "zbcdef") checksum = checksum * 31 + b;
                Expect("message_checksum after a C# write", checksum, Native.message_checksum(m, 6));
                Native.release(m);

                var p = Native.polyline_new(4);
                var pts = p->pts((int)p->n);
                for (int i = 0; i < 4; i++) { Expect($"pts[{i}].x", i, pts[i].x); Expect($"pts[{i}].y", -i, pts[i].y); }
                pts[3].x = 7;
                Expect("polyline_sum after a C# write", (0L + 1000 + 2000 + 7000) - (0 + 1 + 2 + 3), (long)Native.polyline_sum(p).Value);
                Native.release(p);

                var a = Native.argv_new(3);
                var argv = a->argv();
                for (int i = 0; i < 3; i++) Expect($"argv[{i}]", "arg", Marshal.PtrToStringUTF8((nint)argv[i]) ?? "");
                Native.release(a);

                var r = Native.rows_new(4);
                var cells = r->cells(r->n);
                for (int i = 0; i < 4; i++) for (int j = 0; j < 3; j++) Expect($"cells[{i}][{j}]", (byte)(10 * i + j), cells[i][j]);
                cells[2][1] = 0;
                int expected = 0;
                for (int i = 0; i < 4; i++) for (int j = 0; j < 3; j++) expected += (i == 2 && j == 1 ? 0 : 10 * i + j) * (j + 1);
                Expect("rows_sum after a C# write", expected, Native.rows_sum(r));
                Native.release(r);
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void Flexible_array_accessors_reach_the_tail_C_allocated()
    {
        NativeFixture.AssertDriverPasses("abi/flexible_rt.h", Driver);
    }
}
