namespace BindGen.Tests.Infrastructure;

/// <summary>
/// Runtime tests: a test header's bindings, compiled with a C# driver and bound to the shared library built by <c>cc</c>
/// from the C file beside the header. The driver is a static class <c>Driver</c> with a method <c>string Run()</c> that
/// returns the failures it found, one per line (empty when all is well).
/// </summary>
public static class NativeFixture
{
    /// <summary>Builds everything and runs the driver; returns its report.</summary>
    public static string RunDriver(string headerRelativePath, string driverSource)
    {
        var c = new HeaderCase(headerRelativePath);
        Assert.True(c.CSource is not null, $"{c} has no C file beside it");
        return RunDriver(c.CSource!, c.Namespace, c.Library, Bindgen.Generate(c), driverSource);
    }

    /// <summary>
    /// Builds <paramref name="cFile"/> into lib<paramref name="library"/> (with <paramref name="compiler"/>, else cc), binds
    /// <paramref name="bindings"/> to it and runs the driver.
    /// </summary>
    public static string RunDriver(string cFile, string ns, string library, string bindings, string driverSource, string? compiler = null)
    {
        var path = NativeBuild.SharedLibrary(compiler is null ? library : library + "-" + compiler, [cFile], ["-I", Path.GetDirectoryName(Path.GetFullPath(cFile))!], compiler);
        return new NativeBindings(bindings, driverSource, ns + ".Driver", new Dictionary<string, string> { [library] = path }).Call<string>("Run");
    }

    /// <summary>Fails with the driver's report unless it is empty.</summary>
    public static void AssertDriverPasses(string headerRelativePath, string driverSource)
    {
        var report = RunDriver(headerRelativePath, driverSource);
        Assert.True(report.Length == 0, "the runtime driver reported:\n" + report);
    }
}
