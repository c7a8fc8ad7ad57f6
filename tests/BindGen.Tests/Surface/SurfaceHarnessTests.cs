using Xunit.Sdk;

namespace BindGen.Tests.Surface;

public class SurfaceHarnessTests
{
    [Fact]
    public void The_compile_helper_rejects_a_nullable_warning() =>
        Assert.ThrowsAny<XunitException>(() => SurfaceHarness.Compile("public static class C { public static string M(string? s) => s; }"));

    [Fact]
    public void The_compile_helper_rejects_an_unused_variable_warning() =>
        Assert.ThrowsAny<XunitException>(() => SurfaceHarness.Compile("public static class C { public static void M() { int x = 1; } }"));
}
