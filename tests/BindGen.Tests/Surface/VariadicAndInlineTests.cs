using BindGen.Core.Diagnostics;
using Xunit.Sdk;

namespace BindGen.Tests.Surface;

public class VariadicAndInlineTests
{
    private static string Generate() => SurfaceHarness.Text(SurfaceHarness.Generate("functions/variadic_inline.h", "VariadicInline", "vi"));

    [Fact]
    public void Variadic_and_static_functions_are_reported_and_never_imported()
    {
        var result = SurfaceHarness.Generate("functions/variadic_inline.h", "VariadicInline", "vi");
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("EntryPoint = \"log_message\"", text);
        Assert.DoesNotContain("EntryPoint = \"twice\"", text);
        Assert.DoesNotContain("EntryPoint = \"hidden\"", text);
        Assert.Contains("public static extern int exported(int x);", text);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.VariadicFunction), d => d.Message.Contains("'log_message'") && d.Location!.Line == 2);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.StaticFunction), d => d.Message.Contains("'twice' is static inline"));
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.StaticFunction), d => d.Message.Contains("'hidden' is static:"));
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void Unbound_functions_are_kept_as_stubs_marked_obsolete_as_error()
    {
        var text = Generate();
        Assert.Contains("""
                [Obsolete("not bound: 'log_message' is variadic: P/Invoke cannot pass C varargs", error: true)]
                public static int log_message(int level, byte* format, params object?[] varargs) =>
            """.Replace("\r\n", "\n").TrimEnd(), text);
        Assert.Contains("public static int twice(int x) => throw new NotSupportedException(", text);
        Assert.Contains("//   variadic_inline.h:2: BG0011 'log_message' is variadic: P/Invoke cannot pass C varargs", text);
    }

    [Fact]
    public void Calling_a_stub_fails_to_compile_with_the_reason()
    {
        const string caller = """
            using VariadicInline;
            public static class Caller { public static int Call() => Native.twice(2); }
            """;
        var error = Assert.ThrowsAny<XunitException>(() => SurfaceHarness.Compile(Generate(), caller));
        Assert.Contains("error CS0619: 'Native.twice(int)' is obsolete: 'not bound: 'twice' is static inline: the library exports no symbol for it'", error.Message);
    }

    [Fact]
    public void Calling_a_variadic_stub_with_extra_arguments_fails_with_the_reason()
    {
        const string caller = """
            using VariadicInline;
            public static unsafe class Caller { public static int Call(byte* f) => Native.log_message(1, f, 2, "x"); }
            """;
        var error = Assert.ThrowsAny<XunitException>(() => SurfaceHarness.Compile(Generate(), caller));
        Assert.Contains("CS0619", error.Message);
        Assert.Contains("'log_message' is variadic", error.Message);
    }
}
