using System.Text;
using System.Text.RegularExpressions;
using BindGen.Cli;
using BindGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace BindGen.Tests.Robustness;

/// <summary>
/// Hostile names and shapes: the committed headers in test-headers/hostile/ go through the snapshot, compile and
/// determinism theories; the big shapes are generated here into a temp folder. Output compiles, or a diagnostic names the conflict.
/// </summary>
public partial class HostileShapesTests
{
    private static string Hostile(string name) => Path.Combine(RepoPaths.TestHeaders, "hostile", name);

    private static string WriteHeader(string name, string text)
    {
        var path = Path.Combine(RepoPaths.NewTempDirectory("hostile"), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_ten_thousand_member_enum_binds_every_member_even_past_one_MiB_of_output()
    {
        var sb = new StringBuilder("enum big {\n");
        for (int i = 0; i < 10_000; i++) sb.Append($"  BIG_ENUMERATION_MEMBER_WITH_A_LONG_NAME_SO_THAT_THE_OUTPUT_GROWS_PAST_ONE_MEBIBYTE_OF_TEXT_{i} = {i * 3},\n");
        sb.Append("};\nvoid use_big(enum big value);\n");
        var result = Bindgen.Run(WriteHeader("big_enum.h", sb.ToString()), "--namespace", "Big");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(result.Stdout.Length > 1 << 20, "the output should be larger than Scriban's default 1 MiB string limit");
        Assert.Equal(10_000, EnumMember().Count(result.Stdout));
        Assert.Contains("BIG_ENUMERATION_MEMBER_WITH_A_LONG_NAME_SO_THAT_THE_OUTPUT_GROWS_PAST_ONE_MEBIBYTE_OF_TEXT_9999 = 29997U,", result.Stdout);
        Assert.Contains("use_big(", result.Stdout);
        CSharpCompiler.AssertCompiles([("big.cs", result.Stdout)]);
    }

    private static string Nested(int depth) =>
        "struct root " + string.Concat(Enumerable.Range(0, depth).Select(_ => "{ struct ")) + "{ int leaf; }" +
        string.Concat(Enumerable.Range(0, depth).Select(i => $" f{i}; }}")) + ";\nvoid use_root(struct root *r);\n";

    [Fact]
    public void Records_nested_a_hundred_deep_are_emitted_whole_and_compile()
    {
        var result = Bindgen.Run(WriteHeader("nested100.h", Nested(100)), "--namespace", "Deep");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(101, Regex.Matches(result.Stdout, @"public unsafe partial struct ").Count);
        Assert.Contains("public int leaf;", result.Stdout);
        Assert.Contains("use_root(", result.Stdout);
        CSharpCompiler.AssertCompiles([("deep.cs", result.Stdout)]);
    }

    [Fact]
    public void Records_nested_a_thousand_deep_get_clangs_nesting_diagnostic_and_exit_code_1()
    {
        var header = WriteHeader("nested1000.h", Nested(1000));
        var result = Bindgen.Run(header, "--namespace", "Deep");
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches($@"{Regex.Escape(header)}:1:\d+: error BG0001: bracket nesting level exceeded maximum of 256", result.Stderr);
        Robust.NoStackTrace(result);
    }

    [Fact]
    public void Identifiers_up_to_the_metadata_limit_build_and_longer_ones_are_named_in_an_error()
    {
        string Name(char c, int length) => new(c, length);
        var ok = Name('a', 1023 - "Long.".Length);
        var header = WriteHeader("long_ok.h", $"struct {ok} {{ int {Name('f', 1023)}; }};\nint {Name('g', 1023)}(struct {ok} *{Name('p', 1023)});\n#define {Name('M', 1014)} \"text\"\n");
        var result = Bindgen.Run(header, "--namespace", "Long");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var built = CSharpCompiler.AssertCompiles([("long.cs", result.Stdout)], "Long").Emit(new MemoryStream());
        Assert.True(built.Success, string.Join("\n", built.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()[..200])));

        // The limit is .NET's: one byte more does not build (the compiler reports it only when emitting).
        var (compilation, _) = CSharpCompiler.Compile([("limit.cs", $"public class C {{ public int {Name('x', 1024)}; }}")]);
        Assert.Contains(compilation.Emit(new MemoryStream()).Diagnostics, d => d.Id == "CS7013");

        var bad = Bindgen.Run(WriteHeader("long_bad.h", $"int {Name('z', 1024)}(int {Name('é', 600)});\n"), "--namespace", "Long");
        Assert.Equal(BindGenCommand.InputErrors, bad.ExitCode);
        Assert.Contains("error BG0009: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz...' (1024 UTF-8 bytes in metadata) is longer than the 1023 bytes a .NET name can hold", bad.Stderr);
        Assert.Contains("(1200 UTF-8 bytes in metadata)", bad.Stderr);
        // A string macro's UTF-8 twin is a property: get_NAME_UTF8 must fit too.
        var property = Bindgen.Run(WriteHeader("long_property.h", $"#define {Name('P', 1015)} \"text\"\n"), "--namespace", "Long");
        Assert.Equal(BindGenCommand.InputErrors, property.ExitCode);
        Assert.Contains("(1024 UTF-8 bytes in metadata)", property.Stderr);
        Assert.Equal("", bad.Stdout);
    }

    [Fact]
    public void Types_named_like_what_the_output_uses_unqualified_are_renamed_so_nothing_is_shadowed()
    {
        var result = Bindgen.Run(Hostile("same_name.h"), "--namespace", "Hostile.SameName", "--target", Bindgen.SnapshotTarget);
        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var (name, kind, renamed) in new[] { ("CLong", "struct", "CLong_struct"), ("NativeTypeName", "struct", "NativeTypeName_struct"), ("Span", "union", "Span_union"), ("color", "enum", "color_enum") })
            Assert.Contains($"warning BG0017: '{name}' is already used by another declaration or by the generated code; this {kind} is emitted as '{renamed}'", result.Stderr);
        var compilation = CSharpCompiler.AssertCompiles([("same_name.cs", result.Stdout)]);
        ITypeSymbol FieldType(string type, string field) =>
            ((IFieldSymbol)compilation.GetTypeByMetadataName("Hostile.SameName." + type)!.GetMembers(field).Single()).Type;
        // C long is still System's CLong, and struct CLong is its own type: nothing silently changed meaning.
        Assert.Equal("System.Runtime.InteropServices.CLong", FieldType("uses_long", "size").ToDisplayString());
        Assert.Equal("Hostile.SameName.CLong_struct*", FieldType("uses_long", "fake").ToDisplayString());
        // The typedef 'handle' means struct handle_impl and is called handle, as C code calls it; the tag 'struct handle'
        // is another type, renamed.
        var use = compilation.GetTypeByMetadataName("Hostile.SameName.Native")!.GetMembers("use").OfType<IMethodSymbol>().Single();
        Assert.Equal(["Hostile.SameName.handle*", "Hostile.SameName.handle_struct*", "int", "Hostile.SameName.counter*"], use.Parameters.Select(p => p.Type.ToDisplayString()));
        // Two records wanting the same name: the tag-only one is renamed with its nested types, the typedef's keeps the name.
        var pairs = compilation.GetTypeByMetadataName("Hostile.SameName.Native")!.GetMembers("use_pairs").OfType<IMethodSymbol>().Single();
        Assert.Equal(["Hostile.SameName.pair*", "Hostile.SameName.pair_struct*"], pairs.Parameters.Select(p => p.Type.ToDisplayString()));
        Assert.Equal("Hostile.SameName.pair_struct._u_e__Union", FieldType("pair_struct", "u").ToDisplayString());
    }

    [Fact]
    public void A_record_and_a_constant_named_like_the_class_do_not_break_it()
    {
        var result = Bindgen.Run(Hostile("keywords.h"), "--namespace", "Hostile.Keywords");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("warning BG0017: 'Native' is already used by another declaration or by the generated code; this struct is emitted as 'Native_struct'", result.Stderr);
        Assert.Contains("take_native([NativeTypeName(\"struct Native *\")] Native_struct* n)", result.Stdout);
        Assert.Contains("public static extern int @foreach(int @in, int @out, int @ref, int @params, int @object, int @string, int @base, int @this, int value);", result.Stdout);
        CSharpCompiler.AssertCompiles([("keywords.cs", result.Stdout)]);
    }

    [Fact]
    public void Macros_named_like_the_class_or_its_LibraryName_are_skipped_with_a_warning_and_the_rest_binds()
    {
        var result = Bindgen.Run(Hostile("class_name_macros.h"), "--namespace", "Hostile.ClassNameMacros");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("warning BG0017: 'Native' is reserved in Native; constant 'Native' skipped (rename it with --rename Native=NEWNAME)", result.Stderr);
        Assert.Contains("warning BG0017: 'LibraryName' is reserved in Native; constant 'LibraryName' skipped (rename it with --rename LibraryName=NEWNAME)", result.Stderr);
        Assert.Contains("public const int NATIVE_OK = 6;", result.Stdout);
        Assert.Contains("public const string LibraryName = \"class_name_macros\";", result.Stdout);
        CSharpCompiler.AssertCompiles([("class_name_macros.cs", result.Stdout)]);
    }

    [Fact]
    public void Non_ASCII_names_and_string_literals_keep_their_exact_text_and_bytes()
    {
        var result = Bindgen.Run(Hostile("unicode.h"), "--namespace", "Hostile.Unicode");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var assembly = CSharpCompiler.CompileAndLoad([("unicode.cs", result.Stdout)], "Unicode");
        var native = assembly.GetType("Hostile.Unicode.Native")!;
        Assert.Equal("héllo wörld ✓ 😀", native.GetField("GREETING")!.GetValue(null));
        Assert.Equal("tab\t quote\" backslash\\ nul-free \u0001 é", native.GetField("ESCAPES")!.GetValue(null));
        Assert.NotNull(assembly.GetType("Hostile.Unicode.café"));
        Assert.Contains("public static extern int größe([NativeTypeName(\"const café *\")] café* π);", result.Stdout);
        // Bytes that are not UTF-8 cannot be a string, so the constant is its bytes.
        Assert.Contains("public static ReadOnlySpan<byte> NOT_UTF8 => [0xFF, 0xFE];", result.Stdout);
    }

    [GeneratedRegex(@"^    BIG_\w+ = \d+U,$", RegexOptions.Multiline)]
    private static partial Regex EnumMember();
}
