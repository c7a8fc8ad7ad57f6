using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Macros;

/// <summary>
/// Every constant BindGen evaluates from a macro has the value, width and type the C compiler gives the same expression,
/// and every string constant has its bytes (a probe compiled with cc prints them; <c>_Generic</c> names the type).
/// </summary>
public partial class MacroDifferentialTests
{
    [Theory]
    [InlineData("macros/macros.h")]
    [InlineData("macros/through_macros.h")]
    [InlineData("runtime/runtime.h")]
    [InlineData("umbrella/mylib.h")]
    public void Numeric_macros_match_the_C_compiler(string header) => Check(new HeaderCase(header).FullPath, new HeaderCase(header).Namespace);

    [Fact]
    public void Zlib_macros_match_the_C_compiler() => Check("/usr/include/zlib.h", "Zlib");

    [Fact]
    public void Sqlite_macros_match_the_C_compiler() => Check("/usr/include/sqlite3.h", "Sqlite");

    [Fact]
    public void Openssl_macros_match_the_C_compiler()
    {
        // Thousands of macros: function-like expansions (SSL_OP_BIT), uint64_t casts, strings joined through macros.
        if (!File.Exists("/usr/include/openssl/ssl.h")) return;
        Check("/usr/include/openssl/ssl.h", "Openssl");
    }

    [Fact]
    public void Every_object_like_macro_of_through_macros_h_is_bound_except_those_C_cannot_evaluate()
    {
        var header = new HeaderCase("macros/through_macros.h");
        // An independent listing: the header's own object-like definitions, read as text.
        var defined = ObjectLikeDefine().Matches(File.ReadAllText(header.FullPath)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var native = Generate(header.FullPath, header.Namespace, out var output);
        var bound = native.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name)
            .Concat(native.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
        // Listed as not bound, with the reason: a type, an identifier nothing declares, __LINE__, a list; lib_alias renames a
        // function, so it is a function of that name (RenamedByMacroTests), not a constant.
        string[] notConstants = ["LIB_SIZE", "LIB_BROKEN", "LIB_HERE", "LIB_LIST", "lib_alias"];
        Assert.Equal(defined.Except(notConstants).Order(StringComparer.Ordinal), defined.Intersect(bound).Order(StringComparer.Ordinal));
        Assert.Contains("BG0013 macro 'LIB_BROKEN' does not evaluate to a constant: LIB_TWICE ( lib_undeclared_thing ) (use of undeclared identifier 'lib_undeclared_thing')", output, StringComparison.Ordinal);
        Assert.Contains("BG0013 macro 'LIB_SIZE' does not evaluate to a constant: size_t (a type, not a value)", output, StringComparison.Ordinal);
        Assert.Contains("BG0013 macro 'LIB_HERE' does not evaluate to a constant: LIB_HERE_ ( __LINE__ ) (its value depends on where it is expanded (__LINE__))", output, StringComparison.Ordinal);
        Assert.Contains("BG0013 macro 'LIB_LIST' does not evaluate to a constant: 1 , 2 (a list, not one expression)", output, StringComparison.Ordinal);
        Assert.Contains("EntryPoint = \"lib_function\"", output, StringComparison.Ordinal);
        Assert.Matches(@"static extern \S+ lib_alias\(", output);
    }

    [Fact]
    public void Macros_through_function_like_macros_are_evaluated_when_a_wrapper_includes_the_library_and_for_several_inputs()
    {
        var work = RepoPaths.NewTempDirectory("macros-wrapper");
        Directory.CreateDirectory(Path.Combine(work, "inc", "lib"));
        Directory.CreateDirectory(Path.Combine(work, "proj"));
        File.WriteAllText(Path.Combine(work, "inc", "lib", "lib.h"), "#include <stdint.h>\n#define LIB_ENC(a, b) (((a) << 8) | (b))\n#define LIB_VERSION LIB_ENC(2, 5)\n#define LIB_MAX UINT64_C(0xFFFF0000FFFF0000)\n");
        File.WriteAllText(Path.Combine(work, "inc", "lib", "extra.h"), "#include \"lib.h\"\n#define LIB_EXTRA (LIB_ENC(1, 0) + 1)\n");
        File.WriteAllText(Path.Combine(work, "proj", "wrapper.h"), "#include <lib/lib.h>\n");

        var wrapped = Bindgen.Run(Path.Combine(work, "proj", "wrapper.h"), "--namespace", "W", "--library", "x", "--clang-arg", "-isystem", "--clang-arg", Path.Combine(work, "inc"));
        Assert.True(wrapped.ExitCode == 0, wrapped.ToString());
        Assert.Contains("public const int LIB_VERSION = 517;", wrapped.Stdout, StringComparison.Ordinal);
        Assert.Contains("public const ulong LIB_MAX = 18446462603027742720UL;", wrapped.Stdout, StringComparison.Ordinal);

        var several = Bindgen.Run(Path.Combine(work, "inc", "lib", "lib.h"), Path.Combine(work, "inc", "lib", "extra.h"), "--namespace", "S", "--library", "x");
        Assert.True(several.ExitCode == 0, several.ToString());
        Assert.Contains("public const int LIB_VERSION = 517;", several.Stdout, StringComparison.Ordinal);
        Assert.Contains("public const int LIB_EXTRA = 257;", several.Stdout, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^#define\s+(\w+)[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex ObjectLikeDefine();

    private static Type Generate(string header, string ns, out string output)
    {
        var result = Bindgen.Run(header, "--namespace", ns, "--library", "x");
        Assert.True(result.ExitCode == 0, result.ToString());
        output = result.Stdout;
        var assembly = CSharpCompiler.CompileAndLoad([("bindings.cs", result.Stdout)], "Macros" + ns);
        return assembly.GetType(ns + ".Native")!;
    }

    private static void Check(string header, string ns)
    {
        var native = Generate(header, ns, out _);

        var constants = new List<(string Name, object Value)>();
        // A const nuint is stored in metadata with its 32-bit raw value: read every constant through its declared type.
        foreach (var f in native.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.Name != "LibraryName"))
            constants.Add((f.Name, f.FieldType == typeof(nuint) ? (nuint)Convert.ToUInt64(f.GetRawConstantValue()!, CultureInfo.InvariantCulture)
                                 : f.FieldType == typeof(nint) ? (nint)Convert.ToInt64(f.GetRawConstantValue()!, CultureInfo.InvariantCulture)
                                 : f.FieldType.IsEnum ? Convert.ChangeType(f.GetRawConstantValue()!, Enum.GetUnderlyingType(f.FieldType), CultureInfo.InvariantCulture)
                                 : f.GetRawConstantValue()!));
        foreach (var p in native.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(nuint) || p.PropertyType == typeof(nint)))
            constants.Add((p.Name, p.GetValue(null)!));
        constants = [.. constants.OrderBy(c => c.Name, StringComparer.Ordinal)];
        Assert.NotEmpty(constants);

        var c = new StringBuilder().Append("#include <stdio.h>\n#include \"").Append(header).Append("\"\n").Append("""
            #define BG_TYPE(x) _Generic((x), _Bool: "_Bool", char: "char", signed char: "signed_char", unsigned char: "unsigned_char", \
                short: "short", unsigned short: "unsigned_short", int: "int", unsigned int: "unsigned_int", long: "long", \
                unsigned long: "unsigned_long", long long: "long_long", unsigned long long: "unsigned_long_long", \
                float: "float", double: "double", default: "other")
            int main(void) {
              static char buf[64];

            """);
        var expected = new Dictionary<string, (string Line, string[] Types)>(StringComparer.Ordinal);
        foreach (var (name, value) in constants)
        {
            if (value is string s)
            {
                // C: the bytes of the string literal (sizeof includes the terminating NUL).
                c.Append($"  {{ const unsigned char* p = (const unsigned char*)({name}); printf(\"{name} \"); for (size_t i = 0; i + 1 < sizeof({name}); i++) printf(\"%02x\", p[i]); printf(\" %s\\n\", BG_TYPE(({name})[0])); }}\n");
                expected[name] = ($"{name} {Convert.ToHexStringLower(Encoding.UTF8.GetBytes(s))}", ["char"]);
                continue;
            }
            // C: the value, the byte width and the name of the expression's type.
            if (value is float or double)
            {
                c.Append($"  printf(\"{name} %.9g %zu %s\\n\", (double)({name}), sizeof({name}), BG_TYPE({name}));\n");
                expected[name] = ($"{name} {Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("G9", CultureInfo.InvariantCulture)} {(value is float ? 4 : 8)}", [value is float ? "float" : "double"]);
                continue;
            }
            c.Append($"  printf(\"{name} %s %zu %s\\n\", ((({name}) - ({name}) - 1) < 0) ? (sprintf(buf, \"%lld\", (long long)({name})), buf) : (sprintf(buf, \"%llu\", (unsigned long long)({name})), buf), sizeof({name}), BG_TYPE({name}));\n");
            var (text, size, types) = Describe(value);
            expected[name] = ($"{name} {text} {size}", types);
        }
        c.Append("  return 0;\n}\n");
        var actual = NativeBuild.RunProgram(c.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var mismatches = new List<string>();
        foreach (var line in actual)
        {
            int typeAt = line.LastIndexOf(' ');
            var name = line[..line.IndexOf(' ')];
            var (expectedLine, types) = expected[name];
            if (line[..typeAt] != expectedLine || !types.Contains(line[(typeAt + 1)..]))
                mismatches.Add($"C: {line}    C#: {expectedLine} {string.Join("|", types)}");
        }
        Assert.Equal(expected.Count, actual.Length);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>The value's text, byte width and the C types (as BG_TYPE names them) the C# type stands for on LP64.</summary>
    private static (string Text, int Size, string[] Types) Describe(object value) => value switch
    {
        sbyte v => (v.ToString(CultureInfo.InvariantCulture), 1, ["signed_char", "char"]),
        byte v => (v.ToString(CultureInfo.InvariantCulture), 1, ["unsigned_char", "char", "_Bool"]),
        short v => (v.ToString(CultureInfo.InvariantCulture), 2, ["short"]),
        ushort v => (v.ToString(CultureInfo.InvariantCulture), 2, ["unsigned_short"]),
        int v => (v.ToString(CultureInfo.InvariantCulture), 4, ["int"]),
        uint v => (v.ToString(CultureInfo.InvariantCulture), 4, ["unsigned_int"]),
        long v => (v.ToString(CultureInfo.InvariantCulture), 8, ["long", "long_long"]),
        ulong v => (v.ToString(CultureInfo.InvariantCulture), 8, ["unsigned_long", "unsigned_long_long"]),
        nint v => (v.ToString(CultureInfo.InvariantCulture), IntPtr.Size, ["long"]),
        nuint v => (v.ToString(CultureInfo.InvariantCulture), UIntPtr.Size, ["unsigned_long"]),
        char v => (((int)v).ToString(CultureInfo.InvariantCulture), 2, ["unsigned_short"]),
        _ => throw new InvalidOperationException("unexpected constant type " + value.GetType()),
    };
}
