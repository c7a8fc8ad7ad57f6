using System.Reflection;
using System.Runtime.InteropServices;

namespace BindGen.Tests.Infrastructure;

/// <summary>
/// Generated bindings plus a C# driver, compiled together and loaded, with the bindings' library name resolved to a
/// real native library. Tests call the driver's static methods, which call C through the generated declarations only.
/// </summary>
public sealed class NativeBindings
{
    private readonly Assembly _assembly;
    private readonly string _driverType;

    public NativeBindings(string generated, string driverSource, string driverType, IReadOnlyDictionary<string, string> libraries)
    {
        _assembly = CSharpCompiler.CompileAndLoad([("bindings.cs", generated), ("driver.cs", driverSource)], "Runtime" + driverType.Replace('.', '_'));
        _driverType = driverType;
        NativeLibrary.SetDllImportResolver(_assembly, (name, _, _) =>
            libraries.TryGetValue(name, out var path) ? NativeLibrary.Load(path) : IntPtr.Zero);
    }

    /// <summary>Calls a static driver method.</summary>
    public object? Call(string method, params object?[] args)
    {
        var type = _assembly.GetType(_driverType) ?? throw new InvalidOperationException(_driverType + " not found");
        var m = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException(method + " not found");
        try
        {
            return m.Invoke(null, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    public T Call<T>(string method, params object?[] args) => (T)Call(method, args)!;
}
