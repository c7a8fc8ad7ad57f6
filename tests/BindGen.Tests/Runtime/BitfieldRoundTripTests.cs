using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Runtime;

/// <summary>
/// Bitfields written through the generated properties read back the same in C, and the other way round; a struct
/// filled by C# is byte-identical to the same struct filled by C.
/// </summary>
public class BitfieldRoundTripTests
{
    // Values per field are derived from its width and signedness: minimum, maximum, -1/0/1 and a bit pattern.
    private const string Driver = """
        namespace BitfieldsRt;

        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;

        public delegate void Setter<T>(ref T s, long value);
        public delegate long Getter<T>(ref T s);
        public sealed record Field<T>(string Name, int Width, bool Signed, Setter<T> Set, Getter<T> Get);

        public static unsafe class Driver
        {
            private static long[] Values(int width, bool signed)
            {
                if (signed)
                {
                    long min = -(1L << (width - 1)), max = (1L << (width - 1)) - 1;
                    return [min, max, -1, 0, 1 & max, (0x5555555555555555L & max)];
                }
                ulong mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
                return [0, 1, unchecked((long)mask), unchecked((long)(0xAAAAAAAAAAAAAAAAUL & mask)), unchecked((long)(0x5555555555555555UL & mask))];
            }

            private static void Check<T>(string type, List<string> failures, delegate*<T*, int, long, void> cSet, delegate*<T*, int, long> cGet, params Field<T>[] fields) where T : unmanaged
            {
                var values = new long[fields.Length][];
                int rounds = 0;
                for (int i = 0; i < fields.Length; i++) { values[i] = Values(fields[i].Width, fields[i].Signed); rounds = Math.Max(rounds, values[i].Length); }
                for (int round = 0; round < rounds; round++)
                {
                    // Field i gets value (round + i) of its list, so neighbours hold different patterns in each round.
                    T fromCs = default, fromC = default;
                    for (int i = 0; i < fields.Length; i++) fields[i].Set(ref fromCs, values[i][(round + i) % values[i].Length]);
                    for (int i = 0; i < fields.Length; i++) cSet(&fromC, i, values[i][(round + i) % values[i].Length]);
                    for (int i = 0; i < fields.Length; i++)
                    {
                        long expected = values[i][(round + i) % values[i].Length];
                        long cRead = cGet(&fromCs, i);
                        long csRead = fields[i].Get(ref fromC);
                        if (cRead != expected) failures.Add($"{type}.{fields[i].Name}: C# wrote {expected}, C read {cRead} (round {round})");
                        if (csRead != expected) failures.Add($"{type}.{fields[i].Name}: C wrote {expected}, C# read {csRead} (round {round})");
                    }
                    var a = new ReadOnlySpan<byte>(&fromCs, sizeof(T));
                    var b = new ReadOnlySpan<byte>(&fromC, sizeof(T));
                    if (!a.SequenceEqual(b)) failures.Add($"{type}: bytes differ after round {round}: C# {Convert.ToHexString(a)}, C {Convert.ToHexString(b)}");
                }
            }

            private static void PacketSet(packet* p, int f, long v) => Native.packet_set(p, f, v);
            private static long PacketGet(packet* p, int f) => Native.packet_get(p, f);
            private static void StyledSet(styled* p, int f, long v) => Native.styled_set(p, f, v);
            private static long StyledGet(styled* p, int f) => Native.styled_get(p, f);
            private static void SpanningSet(spanning* p, int f, long v) => Native.spanning_set(p, f, v);
            private static long SpanningGet(spanning* p, int f) => Native.spanning_get(p, f);
            private static void TightSet(tight* p, int f, long v) => Native.tight_set(p, f, v);
            private static long TightGet(tight* p, int f) => Native.tight_get(p, f);
            private static void SevenSet(seven* p, int f, long v) => Native.seven_set(p, f, v);
            private static long SevenGet(seven* p, int f) => Native.seven_get(p, f);
            private static void NineSet(nine* p, int f, long v) => Native.nine_set(p, f, v);
            private static long NineGet(nine* p, int f) => Native.nine_get(p, f);
            private static void NestedSet(nested_bits* p, int f, long v) => Native.nested_bits_set(p, f, v);
            private static long NestedGet(nested_bits* p, int f) => Native.nested_bits_get(p, f);

            public static string Run()
            {
                var failures = new List<string>();
                Check<packet>("packet", failures, &PacketSet, &PacketGet,
                    new("version", 3, false, (ref packet s, long v) => s.version = (uint)v, (ref packet s) => s.version),
                    new("offset", 5, true, (ref packet s, long v) => s.offset = (int)v, (ref packet s) => s.offset),
                    new("flag", 1, false, (ref packet s, long v) => s.flag = (uint)v, (ref packet s) => s.flag),
                    new("length", 12, false, (ref packet s, long v) => s.length = (uint)v, (ref packet s) => s.length),
                    new("tiny", 3, true, (ref packet s, long v) => s.tiny = (sbyte)v, (ref packet s) => s.tiny));
                Check<styled>("styled", failures, &StyledSet, &StyledGet,
                    new("fg", 2, false, (ref styled s, long v) => s.fg = (color)v, (ref styled s) => (long)s.fg),
                    new("bg", 2, false, (ref styled s, long v) => s.bg = (color)v, (ref styled s) => (long)s.bg),
                    new("dir", 2, true, (ref styled s, long v) => s.dir = (delta)v, (ref styled s) => (long)s.dir),
                    new("bold", 1, false, (ref styled s, long v) => s.bold = (byte)v, (ref styled s) => s.bold),
                    new("italic", 1, false, (ref styled s, long v) => s.italic = (byte)v, (ref styled s) => s.italic),
                    new("level", 4, false, (ref styled s, long v) => s.level = (byte)v, (ref styled s) => s.level));
                Check<spanning>("spanning", failures, &SpanningSet, &SpanningGet,
                    new("head", 8, false, (ref spanning s, long v) => s.head = (byte)v, (ref spanning s) => s.head),
                    new("big", 44, false, (ref spanning s, long v) => s.big = (ulong)v, (ref spanning s) => (long)s.big),
                    new("rest", 20, false, (ref spanning s, long v) => s.rest = (ulong)v, (ref spanning s) => (long)s.rest),
                    new("sbig", 33, true, (ref spanning s, long v) => s.sbig = v, (ref spanning s) => s.sbig),
                    new("s", 9, true, (ref spanning s, long v) => s.s = (short)v, (ref spanning s) => s.s),
                    new("us", 7, false, (ref spanning s, long v) => s.us = (ushort)v, (ref spanning s) => s.us));
                Check<tight>("tight", failures, &TightSet, &TightGet,
                    new("a", 3, false, (ref tight s, long v) => s.a = (byte)v, (ref tight s) => s.a),
                    new("b", 17, false, (ref tight s, long v) => s.b = (uint)v, (ref tight s) => s.b),
                    new("c", 13, true, (ref tight s, long v) => s.c = (int)v, (ref tight s) => s.c),
                    new("d", 31, false, (ref tight s, long v) => s.d = (ulong)v, (ref tight s) => (long)s.d));
                Check<seven>("seven", failures, &SevenSet, &SevenGet,
                    new("v", 51, false, (ref seven s, long v) => s.v = (ulong)v, (ref seven s) => (long)s.v),
                    new("w", 5, false, (ref seven s, long v) => s.w = (byte)v, (ref seven s) => s.w));
                Check<nine>("nine", failures, &NineSet, &NineGet,
                    new("a", 3, false, (ref nine s, long v) => s.a = (byte)v, (ref nine s) => s.a),
                    new("b", 64, false, (ref nine s, long v) => s.b = (ulong)v, (ref nine s) => (long)s.b),
                    new("c", 5, true, (ref nine s, long v) => s.c = v, (ref nine s) => s.c));
                Check<nested_bits>("nested_bits", failures, &NestedSet, &NestedGet,
                    new("tag", 32, true, (ref nested_bits s, long v) => s.tag = (int)v, (ref nested_bits s) => s.tag),
                    new("lo", 4, false, (ref nested_bits s, long v) => s.lo = (uint)v, (ref nested_bits s) => s.lo),
                    new("hi", 4, false, (ref nested_bits s, long v) => s.hi = (uint)v, (ref nested_bits s) => s.hi),
                    new("pos.x", 7, true, (ref nested_bits s, long v) => s.pos.x = (int)v, (ref nested_bits s) => s.pos.x),
                    new("pos.y", 7, true, (ref nested_bits s, long v) => s.pos.y = (int)v, (ref nested_bits s) => s.pos.y));
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void Bitfields_set_in_CSharp_read_back_in_C_and_the_other_way_round()
    {
        NativeFixture.AssertDriverPasses("abi/bitfields_rt.h", Driver);
    }
}
