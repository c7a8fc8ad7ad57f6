using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>
/// Records passed to and returned from C by value, in registers (integer, SSE, mixed) and through memory (a hidden
/// return pointer): every member arrives and comes back intact.
/// </summary>
public class ByValueTests
{
    private const string Driver = """
        namespace ByValueRt;

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

                var ii = Native.ii_twice(new ii { a = 3, b = -7 });
                Expect("ii.a", 6, ii.a); Expect("ii.b", -14, ii.b);
                var ff = Native.ff_twice(new ff { x = 1.25f, y = -3.5f });
                Expect("ff.x", 2.5f, ff.x); Expect("ff.y", -7f, ff.y);
                var fff = Native.fff_twice(new fff { x = 1, y = 2, z = 3.5f });
                Expect("fff.x", 2f, fff.x); Expect("fff.y", 4f, fff.y); Expect("fff.z", 7f, fff.z);
                var d1 = Native.d1_twice(new d1 { v = Math.PI });
                Expect("d1.v", 2 * Math.PI, d1.v);
                var cs = Native.cs_twice(new cs { c = 21, s = -1234 });
                Expect("cs.c", (byte)42, cs.c); Expect("cs.s", (short)-2468, cs.s);
                var ll = Native.ll_twice(new ll { a = new CLong(unchecked((nint)(1L << 40))), b = new CLong(-5) });
                Expect("ll.a", (long)(1L << 41), (long)ll.a.Value); Expect("ll.b", (nint)(-10), ll.b.Value);
                var fi = Native.fi_twice(new fi { f = 0.75f, i = 1 << 20 });
                Expect("fi.f", 1.5f, fi.f); Expect("fi.i", 1 << 21, fi.i);
                var mixed = Native.mixed_twice(new mixed { i = -9, f = 2.5f, d = 1e100 });
                Expect("mixed.i", -18, mixed.i); Expect("mixed.f", 5f, mixed.f); Expect("mixed.d", 2e100, mixed.d);
                var d8in = new d8();
                for (int k = 0; k < 8; k++) d8in.v[k] = k + 0.5;
                var d8 = Native.d8_twice(d8in);
                for (int k = 0; k < 8; k++) Expect($"d8.v[{k}]", 2 * k + 1.0, d8.v[k]);
                var big = Native.big_mixed_twice(new big_mixed { c = 50, d = -0.125, l = long.MaxValue / 4, i = 12345 });
                Expect("big_mixed.c", (byte)100, big.c); Expect("big_mixed.d", -0.25, big.d); Expect("big_mixed.l", long.MaxValue / 4 * 2, big.l); Expect("big_mixed.i", 24690, big.i);
                var bitsIn = new bits { c = -4 };
                bitsIn.a = 3; bitsIn.b = 0x0ABCDEF;
                var bits = Native.bits_twice(bitsIn);
                Expect("bits.a", 6u, bits.a); Expect("bits.b", 0x0ABCDEFu * 2, bits.b); Expect("bits.c", -8, bits.c);
                var num = Native.num_twice_int(new num { i = 1 << 29 });
                Expect("num.i", 1 << 30, num.i);
                var af = Native.af_twice(new af { x = 1.5f });
                Expect("af.x", 3f, af.x);
                var ad = Native.ad_twice(new ad { x = 1.5f, y = -4f });
                Expect("ad.x", 3f, ad.x); Expect("ad.y", -8f, ad.y);
                var ebIn = new eb { f = 0.25f };
                ebIn.pad[4] = 9; ebIn.a = 0x1234;
                var eb = Native.eb_twice(ebIn);
                Expect("eb.pad[4]", (byte)18, eb.pad[4]); Expect("eb.a", 0x2468u, eb.a); Expect("eb.f", 0.5f, eb.f);

                double expected = 3 + -7 + 1.25 + -3.5 + Math.PI + 21 + -1234 + (1L << 40) + -5 + -9 + 2.5 + 1e100 + 0.75 + (1 << 20)
                    + 50 + -0.125 + (double)(long.MaxValue / 4) + 12345 + 1 + 2 + 3.5;
                for (int k = 0; k < 8; k++) expected += (k + 0.5) * (k + 1);
                double got = Native.many(new ii { a = 3, b = -7 }, new ff { x = 1.25f, y = -3.5f }, new d1 { v = Math.PI }, new cs { c = 21, s = -1234 },
                    new ll { a = new CLong(unchecked((nint)(1L << 40))), b = new CLong(-5) }, d8in, new mixed { i = -9, f = 2.5f, d = 1e100 }, new fi { f = 0.75f, i = 1 << 20 },
                    new big_mixed { c = 50, d = -0.125, l = long.MaxValue / 4, i = 12345 }, new fff { x = 1, y = 2, z = 3.5f });
                Expect("many", expected, got);
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void Records_pass_and_return_by_value_in_registers_and_in_memory()
    {
        NativeFixture.AssertDriverPasses("abi/byvalue_rt.h", Driver);
    }
}
