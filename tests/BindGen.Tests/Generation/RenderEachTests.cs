using System.Text;
using System.Text.RegularExpressions;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Generation;

/// <summary>
/// bg.render_each: item templates rendered once per element, long lists in parallel chunks, joined in order. Checked against
/// the same templates rendered by a plain sequential <c>for</c> loop through --templates overrides.
/// </summary>
public sealed partial class RenderEachTests
{
    private const int Count = 1000;
    private static readonly string BuiltIn = Path.Combine(RepoPaths.Root, "templates");

    private readonly string _dir = RepoPaths.NewTempDirectory("render-each");
    private readonly string _header;
    /// <summary>The generated constant names, in the order of the header (shuffled).</summary>
    private readonly List<string> _constants = [];
    private readonly List<string> _functions = [];

    public RenderEachTests()
    {
        // Names of mixed case and length, written in a shuffled order, so the model's ordinal sort is visible.
        var random = new Random(1234);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < Count)
        {
            var length = random.Next(3, 10);
            var chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = (char)(random.Next(2) == 0 ? 'A' + random.Next(26) : 'a' + random.Next(26));
            names.Add(new string(chars));
        }
        var shuffled = names.OrderBy(_ => random.Next()).ToList();
        var text = new StringBuilder("#include <stdint.h>\n");
        foreach (var name in shuffled)
        {
            var constant = "K_" + name;
            var function = "fn_" + name;
            _constants.Add(constant);
            _functions.Add(function);
            text.Append($"#define {constant} {random.Next(1000000)}\n");
            text.Append($"/** Returns {name}.\n * @param value the input of {name}\n * @return the result of {name}\n */\nint32_t {function}(int32_t value);\n");
        }
        for (int i = 0; i < 600; i++)
        {
            text.Append($"/** Enum {i}. */\nenum e_{i:D4} {{ E_{i:D4}_A, E_{i:D4}_B = {i} }};\n");
            text.Append($"/** Struct {i}. */\nstruct s_{i:D4} {{ int32_t x; double y; enum e_{i:D4} e; }};\n");
            text.Append($"void use_{i:D4}(struct s_{i:D4}* s);\n");
        }
        _header = Path.Combine(_dir, "many.h");
        File.WriteAllText(_header, text.ToString());
    }

    private ProcessResult Generate(string? templates, string output, params string[] extra)
    {
        string[] args = [_header, "-n", "Many", "-l", "many", "--target", Bindgen.SnapshotTarget, "-o", output, .. extra];
        return Bindgen.Run(templates is null ? args : [.. args, "--templates", templates]);
    }

    private string NewTemplates(params (string Name, string Text)[] files)
    {
        var dir = RepoPaths.NewTempDirectory("render-each-templates");
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(dir, name), text);
        return dir;
    }

    // The item template is a name in quotes, or a variable naming it (function_template: the import flavour's).
    [GeneratedRegex(@"\{\{ bg\.render_each (\w+) ('[\w./]+'|\w+) '(\w+)' ~\}\}\n")]
    private static partial Regex RenderEachLine();

    /// <summary>The built-in template with every bg.render_each line replaced by a plain sequential for loop including the item template.</summary>
    private static (string Name, string Text) Sequential(string name)
    {
        var original = File.ReadAllText(Path.Combine(BuiltIn, name));
        // The built-in template must use render_each, or comparing with the sequential variant would test nothing.
        Assert.Matches(RenderEachLine(), original);
        var sequential = RenderEachLine().Replace(original, "{{~ for $3 in $1 ~}}\n{{ include $2 ~}}\n{{~ end ~}}\n");
        Assert.DoesNotContain("render_each", sequential);
        return (name, sequential);
    }

    [Fact]
    public void Many_items_render_the_same_text_as_a_sequential_for_loop()
    {
        var parallel = Path.Combine(_dir, "parallel.cs");
        var builtIn = Generate(null, parallel);
        Assert.True(builtIn.ExitCode == 0, builtIn.ToString());

        var templates = NewTemplates(Sequential("methods.scriban"), Sequential("enums.scriban"), Sequential("structs.scriban"));
        var sequential = Path.Combine(_dir, "sequential.cs");
        var forLoop = Generate(templates, sequential);
        Assert.True(forLoop.ExitCode == 0, forLoop.ToString());

        var text = File.ReadAllText(parallel);
        // Every item made it in: not a vacuous comparison of two empty files.
        Assert.Equal(Count, Regex.Count(text, @"public const int K_\w+ = -?\d+;"));
        Assert.Equal(Count, Regex.Count(text, @"public static extern int fn_\w+\(\[NativeTypeName\(""int32_t""\)\] int value\);"));
        Assert.Equal(600, Regex.Count(text, @"public enum e_\d{4} : "));
        Assert.Equal(600, Regex.Count(text, @"partial struct s_\d{4}\b"));
        Assert.Equal(File.ReadAllText(sequential), text);
    }

    [Fact]
    public void Order_is_the_models_sorted_order_across_chunks()
    {
        var output = Path.Combine(_dir, "out.cs");
        var result = Generate(null, output);
        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(output);

        var constants = Regex.Matches(text, @"public const int (K_\w+) = ").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(_constants.Order(StringComparer.Ordinal), constants);
        var functions = Regex.Matches(text, @"public static extern int (fn_\w+)\(").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(_functions.Order(StringComparer.Ordinal), functions);
        var enums = Regex.Matches(text, @"public enum (e_\d{4}) ").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"e_{i:D4}"), enums);
        // Each item stays whole: a function's doc comment is right above its own import.
        foreach (Match m in Regex.Matches(text, @"/// <returns>the result of (\w+)</returns>\n(?:    \[.*\]\n)*    public static extern int fn_(\w+)\("))
            Assert.Equal(m.Groups[1].Value, m.Groups[2].Value);
        Assert.Equal(Count, Regex.Count(text, @"/// <returns>the result of (\w+)</returns>\n(?:    \[.*\]\n)*    public static extern int fn_\1\("));
    }

    [Fact]
    public void Item_templates_see_the_callers_included_functions_and_the_shared_model()
    {
        // The built-in function.scriban calls render_function_doc, defined by _doc.scriban, which methods.scriban includes.
        var output = Path.Combine(_dir, "docs.cs");
        var result = Generate(null, output);
        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(output);
        Assert.Equal(Count, Regex.Count(text, @"/// <param name=""value"">the input of \w+</param>"));

        // An item template reading the shared model (class_name, library_name) and a function of the caller's include.
        var constant = File.ReadAllText(Path.Combine(BuiltIn, "constant.scriban"))
            + "    // {{ c.name }} of {{ class_name }} in {{ library_name }}{{ render_tag 'x' '' [c.name] '' }}\n";
        var templates = NewTemplates(("constant.scriban", constant));
        var custom = Path.Combine(_dir, "custom.cs");
        result = Generate(templates, custom, "--class", "Api");
        Assert.True(result.ExitCode == 0, result.ToString());
        text = File.ReadAllText(custom);
        var lines = Regex.Matches(text, @"// (K_\w+) of Api in many/// <x>\1</x>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(_constants.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public void An_error_in_an_item_template_is_reported_at_the_item_templates_file_line_and_column()
    {
        // Fails only for one constant far from the first chunk: the error of that chunk must surface.
        var late = _constants.Order(StringComparer.Ordinal).ElementAt(Count - 10);
        var templates = NewTemplates(("constant.scriban", $"// constant\n{{{{ c.name }}}}\n{{{{ if c.name == '{late}' }}}}\n   {{{{ no_such_variable }}}}\n{{{{ end }}}}\n"));
        var output = Path.Combine(_dir, "error.cs");
        var result = Generate(templates, output);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"constant\.scriban:4:\d+: error BG0020: .*no_such_variable", result.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_error_in_every_item_is_reported_once_at_the_item_template()
    {
        var templates = NewTemplates(("constant.scriban", "{{ c.name }}\n{{ no_such_variable }}\n"));
        var output = Path.Combine(_dir, "error.cs");
        var result = Generate(templates, output);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"constant\.scriban:2:\d+: error BG0020: .*no_such_variable", result.Stderr);
        Assert.Single(Regex.Matches(result.Stderr, "BG0020"));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_syntax_error_in_an_item_template_is_reported_at_its_own_file_line_and_column()
    {
        var templates = NewTemplates(("function.scriban", "// function\n\n{{ f.name + }}\n"));
        var output = Path.Combine(_dir, "syntax.cs");
        var result = Generate(templates, output);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"function\.scriban:3:\d+: error BG0020: ", result.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_missing_item_template_is_template_not_found()
    {
        var methods = File.ReadAllText(Path.Combine(BuiltIn, "methods.scriban"));
        Assert.Contains("'constant.scriban'", methods);
        var templates = NewTemplates(("methods.scriban", methods.Replace("'constant.scriban'", "'no_such_item.scriban'")));
        var output = Path.Combine(_dir, "missing.cs");
        var result = Generate(templates, output);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error BG0021", result.Stderr);
        Assert.Contains("no_such_item.scriban", result.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_list_a_template_filtered_from_the_model_renders_like_the_models_own()
    {
        // The model's lists are its own arrays; array.filter makes a Scriban range of them: render_each takes either.
        var methods = File.ReadAllText(Path.Combine(BuiltIn, "methods.scriban"));
        const string Line = "{{ bg.render_each constants 'constant.scriban' 'c' ~}}";
        Assert.Contains(Line, methods);
        var templates = NewTemplates(("methods.scriban", methods.Replace(Line,
            "{{ bg.render_each (constants | array.filter @(do; ret $0.name.size % 2 == 0; end)) 'constant.scriban' 'c' ~}}")));
        var output = Path.Combine(_dir, "filtered.cs");
        var result = Generate(templates, output);
        Assert.True(result.ExitCode == 0, result.ToString());
        var constants = Regex.Matches(File.ReadAllText(output), @"public const int (K_\w+) = ").Select(m => m.Groups[1].Value).ToList();
        var expected = _constants.Where(c => c.Length % 2 == 0).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > MinChunkOfRenderEach, "enough items for several chunks");
        Assert.Equal(expected, constants);
    }

    // bg.render_each's smallest chunk (TemplateRenderer.RenderEachFunction).
    private const int MinChunkOfRenderEach = 64;

    [Fact]
    public void The_item_variable_defaults_to_item_and_an_empty_list_renders_nothing()
    {
        var methods = File.ReadAllText(Path.Combine(BuiltIn, "methods.scriban"));
        var replaced = methods.Replace("{{ bg.render_each constants 'constant.scriban' 'c' ~}}", "{{ bg.render_each constants 'named.scriban' ~}}{{ bg.render_each [] 'no_such_template_needed_if_empty.scriban' 'x' }}");
        Assert.NotEqual(methods, replaced);
        var templates = NewTemplates(("methods.scriban", replaced), ("named.scriban", "    // {{ item.name }}\n"));
        var output = Path.Combine(_dir, "default.cs");
        var result = Generate(templates, output);
        // The template is looked up even for an empty list: a missing one is an error whatever the data.
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no_such_template_needed_if_empty.scriban", result.Stderr);

        replaced = methods.Replace("{{ bg.render_each constants 'constant.scriban' 'c' ~}}", "{{ bg.render_each constants 'named.scriban' ~}}{{ bg.render_each [] 'named.scriban' 'x' }}");
        templates = NewTemplates(("methods.scriban", replaced), ("named.scriban", "    // {{ item.name }}\n"));
        result = Generate(templates, output);
        Assert.True(result.ExitCode == 0, result.ToString());
        var names = Regex.Matches(File.ReadAllText(output), @"    // (K_\w+)\n").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(_constants.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Output_is_deterministic_across_runs()
    {
        var first = Path.Combine(_dir, "first.cs");
        var second = Path.Combine(_dir, "second.cs");
        var a = Generate(null, first);
        var b = Generate(null, second);
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a + "\n" + b);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(a.Stderr, b.Stderr);
    }
}
