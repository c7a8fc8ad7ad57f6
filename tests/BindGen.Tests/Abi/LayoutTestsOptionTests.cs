using System.Reflection;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Abi;

/// <summary>
/// <c>--layout-tests FILE.cs</c>: the generated class, compiled with the bindings, passes on this machine for test headers
/// of every layout kind, fails with a message naming the member when the bindings are made wrong, and says so when the
/// process runs on none of the recorded targets.
/// </summary>
public class LayoutTestsOptionTests
{
    private static (string Bindings, string Tests) Generate(string headerPath, string ns, params string[] extra)
    {
        var dir = RepoPaths.NewTempDirectory("layout-tests");
        var testsFile = Path.Combine(dir, "LayoutTests.cs");
        var result = Bindgen.Run([headerPath, "--namespace", ns, "--library", "x", "-o", Path.Combine(dir, "Bindings.cs"), "--layout-tests", testsFile, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var generated = (File.ReadAllText(Path.Combine(dir, "Bindings.cs")), File.ReadAllText(testsFile));
        Directory.Delete(dir, recursive: true);
        return generated;
    }

    private static Exception? Verify(string ns, string bindings, string tests, string assemblyName)
    {
        var assembly = CSharpCompiler.CompileAndLoad([("Bindings.cs", bindings), ("LayoutTests.cs", tests)], assemblyName);
        try
        {
            assembly.GetType(ns + ".NativeLayoutTests")!.GetMethod("Verify")!.Invoke(null, null);
            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    [Theory]
    [InlineData("abi/nesting.h")]
    [InlineData("abi/types.h")]
    [InlineData("abi/bitfields_rt.h")]
    [InlineData("abi/overaligned_rt.h")]
    [InlineData("abi/gcc_clang_rt.h")]
    [InlineData("records/zero_length.h")]
    [InlineData("hostile/anonymous_everything.h")]
    public void Generated_layout_tests_pass_against_the_bindings_they_were_generated_with(string header)
    {
        var c = new HeaderCase(header);
        var (bindings, tests) = Generate(c.FullPath, c.Namespace);
        Assert.Contains("Offset(", tests);
        var failure = Verify(c.Namespace, bindings, tests, "LayoutTests_" + Path.GetFileNameWithoutExtension(header));
        Assert.True(failure is null, failure?.ToString());
    }

    [Fact]
    public void Expected_values_are_Cs_and_a_struct_made_wrong_fails_Verify_naming_the_member()
    {
        var c = new HeaderCase("abi/gcc_clang_rt.h");
        var (bindings, tests) = Generate(c.FullPath, c.Namespace);
        Assert.Contains("Offset(\"struct float_gap\", \"s\", 8, (byte*)&v.s - start);", tests);
        const string right = "    [FieldOffset(8)]\n    public short s;";
        Assert.Contains(right, bindings);
        var tampered = bindings.Replace(right, "    [FieldOffset(10)]\n    public short s;", StringComparison.Ordinal);
        var failure = Verify(c.Namespace, tampered, tests, "LayoutTests_tampered");
        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains("struct float_gap.s: offset 8 in C (x86_64", failure!.Message);
        Assert.Contains(", 10 in C#", failure.Message);
        Assert.StartsWith("1 layout mismatches", failure.Message);
    }

    [Fact]
    public void A_struct_of_the_wrong_size_fails_its_own_check()
    {
        var c = new HeaderCase("abi/gcc_clang_rt.h");
        var (bindings, tests) = Generate(c.FullPath, c.Namespace);
        // The packed record's 8-byte member becomes 4 bytes: 8 bytes instead of 12.
        Assert.Contains("    public eight b;", bindings);
        var tampered = bindings.Replace("    public eight b;", "    public int b;", StringComparison.Ordinal);
        var failure = Verify(c.Namespace, tampered, tests, "LayoutTests_size");
        Assert.Contains("struct packed_eight: size 12 in C", failure?.Message);
    }

    [Fact]
    public void Verify_says_when_the_process_runs_on_none_of_the_recorded_targets()
    {
        var dir = RepoPaths.NewTempDirectory("layout-tests-target");
        var header = Path.Combine(dir, "other.h");
        File.WriteAllText(header, "struct s { long a; char b; };\n");
        var (bindings, tests) = Generate(header, "Other", "--target", "aarch64-apple-darwin");
        Directory.Delete(dir, recursive: true);
        // The triple is the one clang reports for the target.
        Assert.Contains("Targets { get; } = [\"arm64-apple-", tests);
        var failure = Verify("Other", bindings, tests, "LayoutTests_other_target");
        Assert.IsType<PlatformNotSupportedException>(failure);
        Assert.Contains("record C's layouts for arm64-apple-", failure!.Message);
        Assert.Contains("which is none of them", failure.Message);
    }

    [Fact]
    public void The_config_file_names_the_layout_tests_file_too()
    {
        var dir = RepoPaths.NewTempDirectory("layout-tests-config");
        File.WriteAllText(Path.Combine(dir, "lib.h"), "struct point { int x, y; };\n");
        File.WriteAllText(Path.Combine(dir, "bindgen.json"), """{ "headers": ["lib.h"], "output": "Lib.cs", "layoutTests": "tests/LibLayout.cs" }""");
        var result = Bindgen.Run("--config", Path.Combine(dir, "bindgen.json"));
        Assert.True(result.ExitCode == 0, result.ToString());
        var tests = File.ReadAllText(Path.Combine(dir, "tests", "LibLayout.cs"));
        Assert.Contains("Offset(\"struct point\", \"y\", 4, (byte*)&v.y - start);", tests);
        Directory.Delete(dir, recursive: true);
    }
}

/// <summary>The layout tests hold several targets' expectations side by side and check the one the process runs on.</summary>
public class LayoutTestsSeveralTargetsTests
{
    [Fact]
    public void Each_record_checks_the_layout_of_the_target_the_process_runs_on_among_several()
    {
        var dir = RepoPaths.NewTempDirectory("layout-tests-targets");
        var header = Path.Combine(dir, "lib.h");
        File.WriteAllText(header, "struct item { long id; char tag; };\n");
        var result = Bindgen.Run(header, "--namespace", "Several", "--library", "x", "-o", Path.Combine(dir, "Bindings.cs"));
        Assert.True(result.ExitCode == 0, result.ToString());
        var bindings = File.ReadAllText(Path.Combine(dir, "Bindings.cs"));
        Directory.Delete(dir, recursive: true);

        // This machine's expectations as C has them, and another target's (a 4-byte long, as on Windows) beside them.
        BindGen.Core.Mapping.CsLayoutRecord Item(string triple, long size, long align, long tagOffset) =>
            new("item", "struct item", [new(triple, size, align, [new("id", "id", 0), new("tag", "tag", tagOffset)])]);
        var combined = BindGen.Core.Mapping.LayoutExpectations.Combine([[Item("x86_64-pc-windows-msvc", 8, 4, 4)], [Item("x86_64-pc-linux-gnu", 16, 8, 8)]]);
        var api = new BindGen.Core.Mapping.CsApi { Namespace = "Several", ClassName = "Native", LibraryName = "x", Sources = ["lib.h"], LayoutRecords = combined };
        var renderer = new BindGen.Core.Emit.TemplateRenderer(new BindGen.Core.Emit.TemplateLoader(null), new BindGen.Core.Diagnostics.DiagnosticBag());
        var tests = BindGen.Core.Emit.Emitter.EmitLayoutTests(api, "LayoutTests.cs", renderer)!.Content;
        Assert.Contains("case \"x86_64-pc-windows-msvc\":", tests);
        Assert.Contains("case \"x86_64-pc-linux-gnu\":", tests);

        var assembly = CSharpCompiler.CompileAndLoad([("Bindings.cs", bindings), ("LayoutTests.cs", tests)], "LayoutTests_several");
        var type = assembly.GetType("Several.NativeLayoutTests")!;
        Assert.Equal("x86_64-pc-linux-gnu", type.GetProperty("CurrentTarget")!.GetValue(null));
        type.GetMethod("Verify")!.Invoke(null, null);
    }
}

/// <summary>A run for several targets writes one layout tests file holding every target's expectations.</summary>
public class LayoutTestsMultiTargetRunTests
{
    [Fact]
    public void A_run_for_several_targets_records_each_and_the_tests_pass_on_this_machine()
    {
        var dir = RepoPaths.NewTempDirectory("layout-tests-multi");
        var header = Path.Combine(dir, "lib.h");
        File.WriteAllText(header, "struct item { long id; char tag; };\nstruct point { int x, y; };\nvoid use(struct item *i, struct point *p);\n");
        var result = Bindgen.Run(header, "--namespace", "Multi", "--library", "x", "--target", "x86_64-unknown-linux-gnu", "--target", "x86_64-pc-windows-msvc",
            "-o", Path.Combine(dir, "out") + "/", "--layout-tests", Path.Combine(dir, "Layout.cs"));
        Assert.True(result.ExitCode == 0, result.ToString());
        var tests = File.ReadAllText(Path.Combine(dir, "Layout.cs"));
        // C's sizes of struct item: 16 with an 8-byte long, 8 with Windows' 4-byte long.
        Assert.Contains("case \"x86_64-unknown-linux-gnu\":\n            {\n                Size<item>(\"struct item\", 16);", tests);
        Assert.Contains("Size<item>(\"struct item\", 8);", tests);
        var sources = Directory.GetFiles(Path.Combine(dir, "out"), "*.cs").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        Directory.Delete(dir, recursive: true);
        var assembly = CSharpCompiler.CompileAndLoad([.. sources, ("Layout.cs", tests)], "LayoutTests_multi");
        var type = assembly.GetType("Multi.NativeLayoutTests")!;
        Assert.Equal("x86_64-unknown-linux-gnu", type.GetProperty("CurrentTarget")!.GetValue(null));
        type.GetMethod("Verify")!.Invoke(null, null);
    }
}
