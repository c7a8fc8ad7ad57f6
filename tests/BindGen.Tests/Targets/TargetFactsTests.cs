using BindGen.Clang;
using BindGen.Core;
using BindGen.Core.Model;
using BindGen.Core.Parsing;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Targets;

/// <summary>The target facts come from clang (the probe translation unit), and the clang binary confirms each of them.</summary>
public sealed class TargetFactsTests
{
    public static TheoryData<string> Triples()
    {
        var data = new TheoryData<string>();
        // riscv64 and ppc64le: plain char is unsigned there, which the old triple guess got wrong for bitfields.
        foreach (var triple in ClangCross.Triples.Concat(["riscv64-unknown-linux-gnu", "powerpc64le-unknown-linux-gnu", "i686-unknown-linux-gnu", "armv7-unknown-linux-gnueabihf", "x86_64-w64-windows-gnu"]))
            data.Add(triple);
        return data;
    }

    private static CTarget Read(string triple)
    {
        var args = ClangArgumentsBuilder.Build(new GeneratorOptions { TargetTriple = triple }, LibClangLoader.Load());
        var target = TargetProbe.Read(args, Path.GetTempPath());
        Assert.NotNull(target);
        return target;
    }

    [Theory]
    [MemberData(nameof(Triples))]
    public void Every_fact_read_from_libclang_is_what_the_clang_compiler_asserts_for_that_target(string triple)
    {
        var t = Read(triple);
        // clang normalizes the triple (aarch64-apple-darwin becomes arm64-apple-macosx11.0.0: AppleDeploymentTarget).
        Assert.NotEmpty(t.Triple);
        string B(bool b) => b ? "1" : "0";
        var probe = $$"""
            #include <stddef.h>
            struct ll { char c; long long v; };
            struct bf { char a : 4; int b : 4; };
            _Static_assert(sizeof(void *) == {{t.PointerSize}}, "pointer size");
            _Static_assert(sizeof(long) == {{t.LongSize}}, "long size");
            _Static_assert(((char)-1 < 0) == {{B(t.CharIsSigned)}}, "plain char signedness");
            _Static_assert(sizeof(wchar_t) == {{t.WCharSize}}, "wchar_t size");
            _Static_assert(((wchar_t)-1 < 0) == {{B(t.WCharIsSigned)}}, "wchar_t signedness");
            _Static_assert(offsetof(struct ll, v) == {{t.LongLongAlign}}, "long long alignment in records");
            _Static_assert(sizeof(long double) == {{t.LongDoubleSize}}, "long double size");
            _Static_assert((sizeof(struct bf) > 4) == {{B(t.MicrosoftBitfields)}}, "bitfield rules");
            #if defined(_WIN32) != {{B(t.IsWindows)}}
            #error windows
            #endif
            #if defined(__APPLE__) != {{B(t.IsApple)}}
            #error apple
            #endif
            """;
        var result = ClangCross.SyntaxCheck(triple, probe);
        Assert.True(result.ExitCode == 0, $"{triple}: {t}\n{result}");
    }

    [Fact]
    public void Plain_char_is_unsigned_where_the_ABI_says_so_and_signed_elsewhere()
    {
        Assert.False(Read("riscv64-unknown-linux-gnu").CharIsSigned);
        Assert.False(Read("powerpc64le-unknown-linux-gnu").CharIsSigned);
        Assert.False(Read("aarch64-unknown-linux-gnu").CharIsSigned);
        Assert.True(Read("aarch64-apple-darwin").CharIsSigned);
        Assert.True(Read("x86_64-pc-windows-msvc").CharIsSigned);
    }

    [Fact]
    public void Windows_msvc_has_a_4_byte_long_a_2_byte_unsigned_wchar_t_and_Microsoft_bitfields()
    {
        var t = Read("x86_64-pc-windows-msvc");
        Assert.Equal((4, 2, false, true, true), (t.LongSize, t.WCharSize, t.WCharIsSigned, t.MicrosoftBitfields, t.IsWindows));
        var mingw = Read("x86_64-w64-windows-gnu");
        Assert.True(mingw.IsWindows);
        Assert.Equal(4, mingw.LongSize);
    }

    [Fact]
    public void A_user_macro_does_not_change_the_target_facts()
    {
        // The user's macros describe their code, not the ABI: -Dlong=int must not make long 4 bytes in the layout.
        var args = ClangArgumentsBuilder.Build(new GeneratorOptions { TargetTriple = "x86_64-unknown-linux-gnu", Defines = ["long=int"] }, LibClangLoader.Load());
        var target = TargetProbe.Read(args, Path.GetTempPath());
        Assert.NotNull(target);
        Assert.Equal(8, target.LongSize);
    }
}
