using BindGen.Cli;
using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Generation;

/// <summary>
/// A namespace or class name C# cannot declare is a usage error (exit 2, a message naming what was typed, nothing
/// written), from the command line and from bindgen.json alike; MSBuild metadata reaches the tool as the same options.
/// </summary>
public class NameOptionTests
{
    private static ProcessResult RunTool(string workingDirectory, params string[] args) =>
        ProcessRunner.Run("dotnet", [typeof(BindGenCommand).Assembly.Location, .. args], workingDirectory);

    private static string Folder()
    {
        var dir = RepoPaths.NewTempDirectory("name-options");
        File.WriteAllText(Path.Combine(dir, "good.h"), "int good(int x);\n#define GOOD_MAX 3\n");
        return dir;
    }

    [Theory]
    [InlineData("A.1b", "'1b' starts with a digit")]
    [InlineData("A..B", "empty part")]
    [InlineData(".A", "starts or ends with '.'")]
    [InlineData("A.", "starts or ends with '.'")]
    [InlineData("class", "'class' is a C# keyword")]
    [InlineData("My.namespace.Api", "'namespace' is a C# keyword")]
    [InlineData("My-Lib", "contains '-'")]
    [InlineData("", "empty")]
    public void An_invalid_namespace_is_a_usage_error_naming_it(string ns, string why)
    {
        var dir = Folder();
        var result = RunTool(dir, "good.h", "-o", "Bindings.cs", "--namespace", ns, "--library", "good");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"bindgen: error: --namespace '{ns}' is not a valid C# namespace: ", result.Stderr);
        Assert.Contains(why, result.Stderr);
        Assert.False(File.Exists(Path.Combine(dir, "Bindings.cs")));
    }

    [Theory]
    [InlineData("1b", "starts with a digit")]
    [InlineData("class", "is a C# keyword")]
    [InlineData("A.B", "no dots")]
    [InlineData("record", "CS8860")]
    public void An_invalid_class_name_is_a_usage_error_naming_it(string name, string why)
    {
        var dir = Folder();
        var result = RunTool(dir, "good.h", "-o", "Bindings.cs", "--namespace", "Good", "--class", name);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"bindgen: error: --class '{name}' is not a valid C# class name: ", result.Stderr);
        Assert.Contains(why, result.Stderr);
        Assert.False(File.Exists(Path.Combine(dir, "Bindings.cs")));
    }

    [Fact]
    public void An_invalid_namespace_in_the_config_file_is_a_usage_error_naming_the_setting()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "bindgen.json"), """{ "headers": ["good.h"], "output": "Bindings.cs", "namespace": "Vendor.2d" }""");
        var result = RunTool(dir, "--config", "bindgen.json");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("bindgen: error: 'namespace' in the config file 'Vendor.2d' is not a valid C# namespace: '2d' starts with a digit", result.Stderr);
        Assert.False(File.Exists(Path.Combine(dir, "Bindings.cs")));
    }

    [Theory]
    [InlineData("Vendor.Lib_2", "Native")]
    [InlineData("Ünïcode.Api", "Ffi")]
    [InlineData("My.record.Api", "Record")]
    public void Valid_namespaces_and_class_names_generate_code_that_compiles(string ns, string className)
    {
        var dir = Folder();
        var result = RunTool(dir, "good.h", "--namespace", ns, "--class", className, "--library", "good");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"namespace {ns};", result.Stdout);
        var (_, problems) = CSharpCompiler.Compile([("bindings.cs", result.Stdout)]);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }

    [Fact]
    public void A_header_name_that_is_no_namespace_falls_back_to_Bindings()
    {
        var dir = Folder();
        File.Copy(Path.Combine(dir, "good.h"), Path.Combine(dir, "c++.h"));
        var result = RunTool(dir, "c++.h", "--library", "good");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("namespace Bindings;", result.Stdout);
    }

    [Theory]
    [InlineData("A.1b", "Native", "namespace 'A.1b' is not a valid C# namespace: '1b' starts with a digit")]
    [InlineData("Good", "My.Class", "class 'My.Class' is not a valid C# class name: a class name has no dots")]
    public void Other_faces_calling_the_core_get_BG0007_and_no_files(string ns, string className, string message)
    {
        var dir = Folder();
        var result = Generator.Generate(new GeneratorOptions { Headers = [Path.Combine(dir, "good.h")], Namespace = ns, ClassName = className, LibraryName = "good" }, "out.cs");
        Assert.False(result.Success);
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.BadOption.Code, error.Code);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
