using System.Reflection;
using System.Runtime.InteropServices;

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
        var library = NativeBuild.SharedLibrary(c.Library, [c.CSource!], ["-I", Path.GetDirectoryName(c.FullPath)!]);
        var bindings = Bindgen.Generate(c);
        var assembly = CSharpCompiler.CompileAndLoad([(c.Name + ".cs", bindings), ("driver.cs", driverSource)], c.Name + "_runtime");
        NativeLibrary.SetDllImportResolver(assembly, (name, _, _) => name == c.Library ? NativeLibrary.Load(library) : IntPtr.Zero);
        var driver = assembly.GetType(c.Namespace + ".Driver") ?? throw new InvalidOperationException("the driver must be " + c.Namespace + ".Driver");
        var run = driver.GetMethod("Run", BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException("Driver.Run() is missing");
        try
        {
            return (string)run.Invoke(null, null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    /// <summary>Fails with the driver's report unless it is empty.</summary>
    public static void AssertDriverPasses(string headerRelativePath, string driverSource)
    {
        var report = RunDriver(headerRelativePath, driverSource);
        Assert.True(report.Length == 0, "the runtime driver reported:\n" + report);
    }
}
