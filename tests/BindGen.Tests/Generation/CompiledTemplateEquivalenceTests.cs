using BindGen.Core.Emit;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Generation;

/// <summary>
/// The compiled forms of the built-in item templates (function, library_import/function, dynamic/function, constant, enum,
/// struct_item: src/BindGen.Core/Emit/Compiled) print byte for byte what Scriban prints from the same templates, over every
/// test header and zlib.h / sqlite3.h in every function flavour; and user templates still decide whenever they override one
/// of those templates, a template they call, or the template that renders the list.
/// </summary>
public sealed class CompiledTemplateEquivalenceTests
{
    /// <summary>Every function flavour, so each compiled function template is compared on every header.</summary>
    private static readonly string[][] Flavours = [[], ["--library-import"], ["--loading", "dynamic"]];

    public static TheoryData<string> Headers() => TestHeaderCases.All();

    [Theory]
    [MemberData(nameof(Headers))]
    public void Every_test_header_renders_the_same_compiled_and_interpreted(string relativePath)
    {
        var header = new HeaderCase(relativePath);
        bool chosenFlavour = header.Flags.Contains("--loading") || header.Flags.Contains("--library-import");
        foreach (var flavour in chosenFlavour ? [[]] : Flavours)
        {
            string[] args = [header.FullPath, .. header.Flags, "--target", Bindgen.SnapshotTarget, .. flavour];
            AssertSame(args, $"{relativePath} {string.Join(' ', flavour)}");
        }
    }

    [Theory]
    [InlineData("/usr/include/zlib.h")]
    [InlineData("/usr/include/sqlite3.h")]
    public void Real_library_headers_render_the_same_compiled_and_interpreted(string header)
    {
        Assert.True(File.Exists(header), $"{header} is missing: .ci/install-deps installs it");
        foreach (var flavour in Flavours)
        {
            var compiledItems = AssertSame([header, "--target", Bindgen.SnapshotTarget, "--safe-wrappers", .. flavour], $"{header} {string.Join(' ', flavour)}");
            Assert.True(compiledItems > 100, $"{header}: only {compiledItems} items went through compiled templates");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("--library-import")]
    public void Per_target_variants_render_the_same_compiled_and_interpreted(string flavour)
    {
        // Several --target: functions only some OS families declare carry [SupportedOSPlatform] / [UnsupportedOSPlatform],
        // and targets that differ get files of their own; compared file by file.
        var dir = RepoPaths.NewTempDirectory("compiled-targets");
        var header = Path.Combine(dir, "os.h");
        File.WriteAllText(header, "/** Opens. */\n#ifdef _WIN32\nint os_open_w(const unsigned short *path);\n#else\nint os_open_fd(int fd);\n#endif\nint os_common(void);\nstruct os_s { long l; int a[2]; };\n#define OS_K 3\n");
        string[] targets = [.. ClangCross.Triples.SelectMany(t => new[] { "--target", t })];
        Dictionary<string, string> Files(bool scribanOnly, out int compiledItems)
        {
            var output = Path.Combine(dir, scribanOnly ? "interpreted" : "compiled");
            using var scope = TemplateRenderer.Observe(scribanOnly);
            var run = Bindgen.Run([header, "-o", output + "/", .. targets, .. flavour.Length > 0 ? new[] { flavour } : []]);
            Assert.True(run.ExitCode == 0, run.ToString());
            compiledItems = scope.CompiledItems;
            return Directory.GetFiles(output, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        }
        var interpreted = Files(scribanOnly: true, out _);
        var compiled = Files(scribanOnly: false, out int items);
        Assert.True(items > 0, "the compiled templates did not run");
        Assert.Equal(interpreted.Keys.Order(StringComparer.Ordinal), compiled.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(interpreted.Values, text => text.Contains("[System.Runtime.Versioning.SupportedOSPlatform(", StringComparison.Ordinal));
        foreach (var (name, text) in interpreted)
            Assert.True(text == compiled[name], $"{name}: the compiled templates printed different C#:\n{FirstDifference(text, compiled[name])}");
    }

    [Fact]
    public void An_overridden_item_template_is_rendered_by_Scriban()
    {
        var templates = Overrides(("function.scriban", Builtin("function.scriban").Replace("    [DllImport(", "    // user template\n    [DllImport(", StringComparison.Ordinal)));
        var (output, compiled) = Generate("/usr/include/zlib.h", "--templates", templates);
        Assert.Contains("// user template\n    [DllImport(LibraryName, CallingConvention = CallingConvention.Cdecl, EntryPoint = \"deflate\"", output, StringComparison.Ordinal);
        Assert.True(compiled > 0, "the constants, enums and structs still use their compiled templates");
    }

    [Fact]
    public void An_overridden_helper_template_turns_the_compiled_forms_that_call_it_off()
    {
        var templates = Overrides(("_doc.scriban", Builtin("_doc.scriban").Replace("/// <summary>", "/// <summary> (user doc)", StringComparison.Ordinal)));
        var (output, compiled) = Generate(DocumentedHeader, "--templates", templates);
        Assert.Contains("    /// <summary> (user doc)\n", output, StringComparison.Ordinal);
        Assert.Equal(0, compiled);
    }

    [Fact]
    public void An_overridden_list_template_keeps_the_helpers_it_defines()
    {
        // The calling template redefines render_doc after including _doc.scriban: the item templates must call its version.
        var methods = Builtin("methods.scriban").Replace("{{~ include '_doc.scriban' ~}}\n",
            "{{~ include '_doc.scriban' ~}}\n{{~ func render_doc(lines, indent) ~}}\n{{ indent }}// user render_doc\n{{~ end ~}}\n", StringComparison.Ordinal);
        Assert.Contains("user render_doc", methods, StringComparison.Ordinal);
        var (output, _) = Generate(DocumentedHeader, "--templates", Overrides(("methods.scriban", methods)));
        Assert.Contains("    // user render_doc\n", output, StringComparison.Ordinal);
    }

    /// <summary>A header with doc comments on functions, structs, fields, enums and members.</summary>
    private static string DocumentedHeader => Path.Combine(RepoPaths.TestHeaders, "docs", "doc_comments.h");

    private static int AssertSame(string[] args, string what)
    {
        ProcessResult interpreted, compiled;
        int compiledItems;
        using (var scope = TemplateRenderer.Observe(scribanOnly: true))
        {
            interpreted = Bindgen.Run(args);
            Assert.Equal(0, scope.CompiledItems);
        }
        using (var scope = TemplateRenderer.Observe(scribanOnly: false))
        {
            compiled = Bindgen.Run(args);
            compiledItems = scope.CompiledItems;
        }
        Assert.True(interpreted.ExitCode == compiled.ExitCode, $"{what}: exit {interpreted.ExitCode} interpreted, {compiled.ExitCode} compiled\n{compiled}");
        Assert.True(interpreted.Stdout == compiled.Stdout, $"{what}: the compiled templates printed different C#:\n{FirstDifference(interpreted.Stdout, compiled.Stdout)}");
        Assert.Equal(interpreted.Stderr, compiled.Stderr);
        return compiledItems;
    }

    private static (string Output, int CompiledItems) Generate(string header, params string[] extra)
    {
        using var scope = TemplateRenderer.Observe(scribanOnly: false);
        var result = Bindgen.Run([header, "--target", Bindgen.SnapshotTarget, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return (result.Stdout, scope.CompiledItems);
    }

    private static string Builtin(string name) => TemplateLoader.Builtin(name) ?? throw new InvalidOperationException(name);

    private static string Overrides(params (string Name, string Text)[] templates)
    {
        var dir = RepoPaths.NewTempDirectory("compiled-overrides");
        foreach (var (name, text) in templates) File.WriteAllText(Path.Combine(dir, name), text);
        return dir;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<end>";
            var y = i < b.Length ? b[i] : "<end>";
            if (x != y) return $"line {i + 1}:\n  interpreted: {x}\n  compiled:    {y}";
        }
        return "(same lines)";
    }
}
