using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Surface;

public class VariadicAndInlineTests
{
    [Fact]
    public void Variadic_and_static_functions_are_reported_and_never_imported()
    {
        var result = SurfaceHarness.Generate("functions/variadic_inline.h", "VariadicInline", "vi");
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("log_message", text);
        Assert.DoesNotContain("twice", text);
        Assert.DoesNotContain("hidden", text);
        Assert.Contains("public static extern int exported(int x);", text);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.VariadicFunction), d => d.Message.Contains("'log_message'") && d.Location!.Line == 2);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.StaticFunction), d => d.Message.Contains("'twice' is static inline"));
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.StaticFunction), d => d.Message.Contains("'hidden' is static:"));
        SurfaceHarness.Compile(text);
    }
}
