using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>
/// GNU zero-length arrays (<c>T x[0]</c>) and members of 0-byte records reach what C wrote at C's offsets, in the middle
/// of a record, at its end, in unions and anonymous members, without moving the members after them.
/// </summary>
public class ZeroLengthArrayTests
{
    private const string Driver = """
        namespace ZeroLength;

        using System;
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
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
                long Offset(void* record, void* member) => (byte*)member - (byte*)record;

                // A marker in the middle overlaps the next member: its bytes are b's, as C wrote them.
                var m = Native.marked_new();
                Expect("marked.a", 1, m->a);
                Expect("marked.b", 0x04030201, m->b);
                Expect("marked.c", (byte)3, m->c);
                var start = m->start(4);
                for (int i = 0; i < 4; i++) Expect($"marked.start[{i}]", (byte)(i + 1), start[i]);
                Expect("marked.end_marker offset", 8L, Offset(m, Unsafe.AsPointer(ref MemoryMarshal.GetReference(m->end_marker(0)))));
                Native.zero_release(m);

                var p = Native.packet_new(5);
                var data = p->data(p->len);
                Expect("packet.data", "abcde", System.Text.Encoding.ASCII.GetString(data));
                data[4] = (byte)'z';
                int checksum = 0;
                foreach (var b in "abcdz") checksum = checksum * 31 + b;
                Expect("packet_checksum after a C# write", checksum, Native.packet_checksum(p));
                Native.zero_release(p);

                var s = Native.samples0_new(4);
                var values = s->values(s->count);
                for (int i = 0; i < 4; i++) Expect($"samples0.values[{i}]", i * 0.5, values[i]);
                values[0] = 10;
                Expect("samples0_sum after a C# write", 10 + 0.5 + 1 + 1.5, Native.samples0_sum(s));
                Native.zero_release(s);

                var a = Native.argv0_new(2);
                var argv = a->argv();
                for (int i = 0; i < 2; i++) Expect($"argv0.argv[{i}]", "zero", Marshal.PtrToStringUTF8((nint)argv[i]) ?? "");
                Native.zero_release(a);

                var g = Native.grid_new(3);
                var cells = g->cells(g->rows);
                for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) Expect($"grid.cells[{i}][{j}]", (byte)(10 * i + j), cells[i][j]);
                Native.zero_release(g);

                // In a union: the bytes of i (little-endian), as C wrote them.
                var v = Native.variant_new();
                var bytes = v->bytes(4);
                Expect("variant.bytes", "0D-0C-0B-0A", BitConverter.ToString(bytes.ToArray()));
                Native.zero_release(v);

                // 0-byte members take no room: b and c are where C wrote them, and the members are at C's offsets.
                var h = Native.holder_new();
                Expect("holder.a", 1, h->a);
                Expect("holder.b", 2, h->b);
                Expect("holder.c", (short)3, h->c);
                Expect("holder.e offset", 4L, Offset(h, Unsafe.AsPointer(ref h->e)));
                Expect("holder.m offset", 8L, Offset(h, Unsafe.AsPointer(ref h->m)));
                Expect("holder.last offset", 10L, Offset(h, Unsafe.AsPointer(ref h->last)));
                Expect("sizeof(holder)", 12, sizeof(holder));
                Native.zero_release(h);
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void Zero_length_arrays_and_zero_size_members_reach_what_C_wrote_at_Cs_offsets()
    {
        NativeFixture.AssertDriverPasses("records/zero_length.h", Driver);
    }
}
