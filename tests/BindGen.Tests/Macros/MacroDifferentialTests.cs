using System.Globalization;
using System.Reflection;
using System.Text;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Macros;

/// <summary>
/// Every numeric constant BindGen evaluates from a macro has the value, width and signedness the C compiler gives the
/// same expression (a probe compiled with cc prints them).
/// </summary>
public class MacroDifferentialTests
{
    [Theory]
    [InlineData("macros/macros.h")]
    [InlineData("runtime/runtime.h")]
    [InlineData("umbrella/mylib.h")]
    public void Numeric_macros_match_the_C_compiler(string header) => Check(new HeaderCase(header).FullPath, new HeaderCase(header).Namespace);

    [Fact]
    public void Zlib_macros_match_the_C_compiler() => Check("/usr/include/zlib.h", "Zlib");

    [Fact]
    public void Sqlite_macros_match_the_C_compiler() => Check("/usr/include/sqlite3.h", "Sqlite");

    private static void Check(string header, string ns)
    {
        var result = Bindgen.Run(header, "--namespace", ns, "--library", "x");
        Assert.True(result.ExitCode == 0, result.ToString());
        var assembly = CSharpCompiler.CompileAndLoad([("bindings.cs", result.Stdout)], "Macros" + ns);
        var native = assembly.GetType(ns + ".Native")!;

        var constants = new List<(string Name, object Value)>();
        // A const nuint is stored in metadata with its 32-bit raw value: read every constant through its declared type.
        foreach (var f in native.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.Name != "LibraryName"))
            constants.Add((f.Name, f.FieldType == typeof(nuint) ? (nuint)Convert.ToUInt64(f.GetRawConstantValue()!, CultureInfo.InvariantCulture)
                                 : f.FieldType == typeof(nint) ? (nint)Convert.ToInt64(f.GetRawConstantValue()!, CultureInfo.InvariantCulture)
                                 : f.FieldType.IsEnum ? Convert.ChangeType(f.GetRawConstantValue()!, Enum.GetUnderlyingType(f.FieldType), CultureInfo.InvariantCulture)
                                 : f.GetRawConstantValue()!));
        foreach (var p in native.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(nuint) || p.PropertyType == typeof(nint)))
            constants.Add((p.Name, p.GetValue(null)!));
        constants = [.. constants.Where(c => c.Value is not string).OrderBy(c => c.Name, StringComparer.Ordinal)];
        Assert.NotEmpty(constants);

        var c = new StringBuilder().Append("#include <stdio.h>\n#include \"").Append(header).Append("\"\nint main(void) {\n");
        var cs = new StringBuilder();
        foreach (var (name, value) in constants)
        {
            // C: the value, the byte width and the signedness of the expression's type.
            if (value is float or double)
            {
                c.Append($"  printf(\"{name} %.9g %zu\\n\", (double)({name}), sizeof({name}));\n");
                cs.Append(CultureInfo.InvariantCulture, $"{name} {Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("G9", CultureInfo.InvariantCulture)} {(value is float ? 4 : 8)}\n");
                continue;
            }
            c.Append($"  printf(\"{name} %s %zu %d\\n\", ((({name}) - ({name}) - 1) < 0) ? (sprintf(buf, \"%lld\", (long long)({name})), buf) : (sprintf(buf, \"%llu\", (unsigned long long)({name})), buf), sizeof({name}), (({name}) - ({name}) - 1) < 0);\n");
            var (text, size, signed) = Describe(value);
            cs.Append(CultureInfo.InvariantCulture, $"{name} {text} {size} {(signed ? 1 : 0)}\n");
        }
        c.Insert(c.ToString().IndexOf("int main(void) {\n", StringComparison.Ordinal) + "int main(void) {\n".Length, "  static char buf[64];\n");
        c.Append("  return 0;\n}\n");
        var expected = NativeBuild.RunProgram(c.ToString());
        Assert.Equal(expected.Split('\n', StringSplitOptions.RemoveEmptyEntries), cs.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (string Text, int Size, bool Signed) Describe(object value) => value switch
    {
        sbyte v => (v.ToString(CultureInfo.InvariantCulture), 1, true),
        byte v => (v.ToString(CultureInfo.InvariantCulture), 1, false),
        short v => (v.ToString(CultureInfo.InvariantCulture), 2, true),
        ushort v => (v.ToString(CultureInfo.InvariantCulture), 2, false),
        int v => (v.ToString(CultureInfo.InvariantCulture), 4, true),
        uint v => (v.ToString(CultureInfo.InvariantCulture), 4, false),
        long v => (v.ToString(CultureInfo.InvariantCulture), 8, true),
        ulong v => (v.ToString(CultureInfo.InvariantCulture), 8, false),
        nint v => (v.ToString(CultureInfo.InvariantCulture), IntPtr.Size, true),
        nuint v => (v.ToString(CultureInfo.InvariantCulture), UIntPtr.Size, false),
        char v => (((int)v).ToString(CultureInfo.InvariantCulture), 2, false),
        _ => throw new InvalidOperationException("unexpected constant type " + value.GetType()),
    };
}
