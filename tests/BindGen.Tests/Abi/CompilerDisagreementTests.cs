using System.Text;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Abi;

/// <summary>
/// Where gcc and clang disagree on x86-64 Linux, BindGen follows gcc or refuses with a diagnostic naming the disagreement,
/// and what the compilers disagree on is measured with both, never assumed (test-headers/abi/atomic.h, gcc_clang_rt.h).
/// </summary>
public class CompilerDisagreementTests
{
    private static ProcessResult Generate(string header)
    {
        var c = new HeaderCase(header);
        var result = Bindgen.Run([c.FullPath, .. c.Flags, "--verbose"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    [Fact]
    public void Atomic_records_gcc_and_clang_lay_out_differently_are_exactly_the_ones_refused_with_BG0110()
    {
        var c = new HeaderCase("abi/atomic.h");
        string[] records = ["struct counters", "struct atomic_color", "struct atomic_triple", "struct holder"];
        var probe = new StringBuilder("#include <stdio.h>\n#include \"" + c.FullPath + "\"\nint main(void) {\n");
        foreach (var r in records) probe.Append("    printf(\"").Append(r).Append(" %zu %zu\\n\", sizeof(").Append(r).Append("), _Alignof(").Append(r).Append("));\n");
        probe.Append("    return 0;\n}\n");
        var gcc = NativeBuild.RunProgram(probe.ToString(), compiler: "gcc").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var clang = NativeBuild.RunProgram(probe.ToString(), compiler: "clang-14").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var disagree = records.Where((r, i) => gcc[i] != clang[i]).ToHashSet();
        Assert.Equal(["struct atomic_color", "struct atomic_triple", "struct holder"], disagree.Order());

        var result = Generate("abi/atomic.h");
        foreach (var r in records)
        {
            bool refused = result.Stderr.Contains($"warning BG0110: '{r}':", StringComparison.Ordinal);
            Assert.True(refused == disagree.Contains(r), $"{r}: gcc says {gcc[Array.IndexOf(records, r)]}, clang {clang[Array.IndexOf(records, r)]}, refused: {refused}\n{result.Stderr}");
        }
        Assert.Contains("'struct atomic_color': member 'color' is '_Atomic(struct rgb)': clang lays it out in 4 bytes aligned to 4, gcc in 3 bytes aligned to 1", result.Stderr);
        // Refused records stay usable through pointers; by value they are not bound, with a warning.
        Assert.Contains("public static extern atomic_color* color_new(", result.Stdout);
        Assert.Contains("warning BG0010: 'color_by_value' not bound: return type 'struct atomic_color' cannot be passed by value: gcc and clang disagree on its layout", result.Stderr);
    }

    [Fact]
    public void Records_gcc_and_clang_pass_differently_follow_gcc_or_are_refused_with_a_diagnostic_naming_why()
    {
        var result = Generate("abi/gcc_clang_rt.h");
        Assert.Contains("info BG0111: 'struct float_gap' passed by value: gcc passes it in registers (INTEGER, INTEGER), clang in registers (SSE, INTEGER), because of an unnamed 1-bit bitfield at byte 4", result.Stderr);
        Assert.Contains("info BG0111: 'struct float_tail' passed by value: gcc passes it in registers (SSE, INTEGER), clang in registers (SSE)", result.Stderr);
        Assert.Contains("warning BG0010: 'packed_eight_make' not bound: return type 'struct packed_eight' cannot be passed by value: gcc passes it in registers (INTEGER) and clang and .NET in memory, because 'struct eight' (aligned to 8) sits at byte 4", result.Stderr);
        Assert.DoesNotContain("'struct float_named'", result.Stderr);
        Assert.Contains("public static extern int packed_eight_sum(", result.Stdout);
    }

    private const string Driver = """
        namespace AbiGccClang;
        public static unsafe class Driver
        {
            public static string Run()
            {
                var failures = new System.Collections.Generic.List<string>();
                var gap = Native.float_gap_make(1.5f, 7);
                if (gap.f != 1.5f || gap.s != 7) failures.Add($"float_gap returned {gap.f}, {gap.s}");
                if (Native.float_gap_check(gap, 1.5f, 7) != 1) failures.Add("float_gap passed back differs");
                var tail = Native.float_tail_make(2.5f, -3f);
                if (tail.a != 2.5f || tail.b != -3f) failures.Add($"float_tail returned {tail.a}, {tail.b}");
                if (Native.float_tail_check(tail, 42, 2.5f, -3f) != 1) failures.Add("float_tail passed back differs");
                var named = Native.float_named_make(4.25f, -2);
                if (named.f != 4.25f || named.s != -2 || named.flag != 1) failures.Add($"float_named returned {named.f}, {named.s}, {named.flag}");
                if (Native.float_named_check(named, 4.25f, -2) != 1) failures.Add("float_named passed back differs");
                var p = new packed_eight { a = 40 };
                p.b.x = 2;
                if (Native.packed_eight_sum(&p) != 42) failures.Add("packed_eight through a pointer");
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void The_bindings_call_the_gcc_built_library_correctly()
    {
        var c = new HeaderCase("abi/gcc_clang_rt.h");
        var report = NativeFixture.RunDriver(c.CSource!, c.Namespace, c.Library, Bindgen.Generate(c), Driver, "gcc");
        Assert.True(report.Length == 0, report);
    }

    [Fact]
    public void Against_a_clang_built_library_exactly_the_records_BG0111_names_fail()
    {
        // The control: the same bindings and driver against clang's build of the same C file. If they passed there too,
        // the records would not be ones the compilers disagree on, and the gcc test above would prove nothing.
        var c = new HeaderCase("abi/gcc_clang_rt.h");
        var report = NativeFixture.RunDriver(c.CSource!, c.Namespace, c.Library, Bindgen.Generate(c), Driver, "clang-14");
        var failed = report.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).Distinct().Order().ToList();
        Assert.Equal(["float_gap", "float_tail"], failed);
    }
}
