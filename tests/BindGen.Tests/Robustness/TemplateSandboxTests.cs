using System.Text.RegularExpressions;
using BindGen.Cli;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Robustness;

/// <summary>User templates: errors point at the template's file:line:col; templates cannot reach files or .NET types.</summary>
public class TemplateSandboxTests
{
    private static readonly string Header = Path.Combine(RepoPaths.TestHeaders, "enums", "enums.h");

    private string? _lastTemplate;

    private (ProcessResult Result, string TemplatePath) RunWithTemplate(string name, string text)
    {
        var dir = RepoPaths.NewTempDirectory("templates");
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        _lastTemplate = path;
        var outDir = RepoPaths.NewTempDirectory("template-out");
        var output = Path.Combine(outDir, "Bindings.cs");
        var result = Bindgen.Run(Header, "--namespace", "Enums", "--templates", dir, "-o", output);
        Assert.False(File.Exists(output) && result.ExitCode != 0, "a failed run must not write output");
        Robust.NoStackTrace(result);
        return (result, path);
    }

    [Fact]
    public void A_syntax_error_in_a_user_template_is_reported_at_its_file_line_and_column()
    {
        var (result, path) = RunWithTemplate("enums.scriban", "// enums\n{{~ for enum in enums ~}}\n{{ enum.name }\n{{~ end ~}}\n");
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches($@"^{Regex.Escape(path)}:3:\d+: error BG0020: ", result.Stderr);
    }

    [Fact]
    public void A_misspelt_variable_in_a_user_template_is_reported_at_its_file_line_and_column()
    {
        var (result, path) = RunWithTemplate("enums.scriban", "{{~ for enum in enums ~}}\n// {{ enum.name }}\n// {{ enmu.name }}\n{{~ end ~}}\n");
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches($@"{Regex.Escape(path)}:3:\d+: error BG0020: .*enmu", result.Stderr);
    }

    [Fact]
    public void A_misspelt_member_of_the_model_is_reported_at_its_file_line_and_column()
    {
        var (result, path) = RunWithTemplate("enums.scriban", "{{~ for enum in enums ~}}\n// {{ enum.name }}\n// {{ enum.nmae }}\n{{~ end ~}}\n");
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches($@"^{Regex.Escape(path)}:3:12: error BG0020: Cannot get member with name nmae", result.Stderr);
    }

    [Theory]
    [InlineData("{{ enums[0].name = 'other' }}", "Cannot set a value for the readonly member")]
    [InlineData("{{ enums[0].members = [] }}", "Cannot set a value for the readonly member")]
    [InlineData("{{ enums[0].members.size = 0 }}", "Cannot set a value for the readonly member")]
    [InlineData("{{ enums[0] = 1 }}", "the model is read-only")]
    [InlineData("{{ enums[0].members[0] = 1 }}", "the model is read-only")]
    public void The_model_is_read_only_to_templates(string statement, string message)
    {
        // Rendered in parallel sections and chunks, the model is shared: a write must fail, not change what others render.
        var (result, path) = RunWithTemplate("enums.scriban", "// before\n" + statement + "\n");
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches($@"^{Regex.Escape(path)}:2:\d+: error BG0020: .*{Regex.Escape(message)}", result.Stderr);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../../../../../etc/passwd")]
    [InlineData("..\\\\..\\\\etc\\\\passwd")]
    public void Include_cannot_read_a_file_outside_the_templates(string target)
    {
        var (result, path) = RunWithTemplate("enums.scriban", $"// {{{{ include '{target}' }}}}\n");
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches($@"{Regex.Escape(path)}:1:\d+: error BG0020: .*not found", result.Stderr);
        Assert.DoesNotContain("root:", result.Stdout + result.Stderr);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Include_cannot_follow_a_symbolic_link_out_of_the_templates()
    {
        var dir = RepoPaths.NewTempDirectory("templates-link");
        File.CreateSymbolicLink(Path.Combine(dir, "passwd.scriban"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(dir, "etc"), "/etc");
        foreach (var name in new[] { "passwd.scriban", "etc/passwd" })
        {
            File.WriteAllText(Path.Combine(dir, "enums.scriban"), $"// {{{{ include '{name}' }}}}\n");
            var result = Bindgen.Run(Header, "--namespace", "Enums", "--templates", dir);
            Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
            Assert.Contains("error BG0020: ", result.Stderr);
            Assert.DoesNotContain("root:", result.Stdout + result.Stderr);
        }
    }

    [Theory]
    [InlineData("{{ import 'System.IO.File' }}")]
    [InlineData("{{ bg.indent.GetType }}")]
    [InlineData("{{ enums[0].GetType }}")]
    [InlineData("{{ object.eval 'System.IO.File.ReadAllText(\"/etc/passwd\")' }}")]
    [InlineData("{{ System.IO.File.ReadAllText '/etc/passwd' }}")]
    public void Templates_cannot_reach_dotnet_types(string expression)
    {
        var (result, path) = RunWithTemplate("enums.scriban", "// " + expression + "\n");
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);
        Assert.Matches($@"{Regex.Escape(path)}:1:\d+: error BG0020: ", result.Stderr);
        Assert.DoesNotContain("root:", result.Stdout + result.Stderr);
    }

    [Fact]
    public void A_valid_user_template_overrides_the_builtin_one()
    {
        var (result, _) = RunWithTemplate("enums.scriban", "{{~ for enum in enums ~}}\n// custom: {{ enum.name }}\n{{~ end ~}}\n");
        Assert.True(result.ExitCode == 0, result.ToString());
        // The generated file has the override's text where the built-in template's enums were, and nothing of theirs.
        var builtin = Bindgen.Run(Header, "--namespace", "Enums");
        var custom = Bindgen.Run(Header, "--namespace", "Enums", "--templates", Path.GetDirectoryName(_lastTemplate!)!);
        Assert.True(builtin.ExitCode == 0 && custom.ExitCode == 0, builtin + "\n" + custom);
        Assert.Contains("public enum ", builtin.Stdout);
        Assert.Matches(@"(?m)^// custom: \w+$", custom.Stdout);
        Assert.DoesNotContain("public enum ", custom.Stdout);
        Assert.DoesNotContain("// custom:", builtin.Stdout);
    }
}
