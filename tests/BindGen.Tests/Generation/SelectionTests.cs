using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Generation;

/// <summary>Which declarations are emitted: the library's own headers, the types they use, and --traverse.</summary>
public class SelectionTests
{
    private static readonly string Umbrella = Path.Combine(RepoPaths.TestHeaders, "umbrella", "mylib.h");

    [Fact]
    public void Umbrella_header_yields_every_sibling_header_of_the_library()
    {
        var result = Bindgen.Run(Umbrella, "-n", "MyLib", "-l", "mylib");
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var declaration in new[] { "mylib_open(", "mylib_close(", "mylib_dump(", "struct mylib_options", "MYLIB_VERSION_MAJOR = 2" })
            Assert.Contains(declaration, result.Stdout);
    }

    [Fact]
    public void Libc_declarations_are_never_the_librarys_own()
    {
        var result = Bindgen.Run(Umbrella, "-n", "MyLib", "-l", "mylib");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(" printf(", result.Stdout);
        Assert.DoesNotContain(" fopen(", result.Stdout);
        Assert.DoesNotContain("EOF", result.Stdout);
        // FILE is used by mylib_dump, so it is emitted with C's size: complete, although only used through a pointer.
        Assert.Matches(@"\[NativeTypeName\(""struct _IO_FILE""\)\]\s*\[StructLayout\(LayoutKind.Sequential\)\]\s*public unsafe partial struct FILE\s*\{\s*public int _flags;", result.Stdout);
    }

    [Fact]
    public void Traverse_narrows_the_set_to_the_named_files()
    {
        var core = Path.Combine(RepoPaths.TestHeaders, "umbrella", "mylib", "core.h");
        var result = Bindgen.Run(Umbrella, "-n", "MyLib", "-l", "mylib", "--traverse", core);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("mylib_open(", result.Stdout);
        Assert.DoesNotContain("mylib_dump(", result.Stdout);
        Assert.DoesNotContain("_IO_FILE", result.Stdout);
    }

    [Fact]
    public void Traverse_widens_the_set_to_a_system_header()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "system", "libc_types.h");
        var result = Bindgen.Run(header, "-n", "Libc", "-l", "c", "--traverse", header, "--traverse", "/usr/include/time.h");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" mktime(", result.Stdout);
        Assert.Contains(" format_time(", result.Stdout);
        CSharpCompiler.AssertCompiles([("libc.cs", result.Stdout)]);
    }
}

/// <summary>--templates overrides built-in templates by name; template errors point into the template.</summary>
public class TemplateOverrideTests
{
    private static readonly string Header = Path.Combine(RepoPaths.TestHeaders, "records", "struct_basic.h");

    [Fact]
    public void A_template_in_the_override_folder_replaces_the_built_in_one()
    {
        var dir = RepoPaths.NewTempDirectory("templates");
        var original = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "file.scriban"));
        File.WriteAllText(Path.Combine(dir, "file.scriban"), original.Replace("#nullable enable", "#nullable enable\n// custom template for {{ namespace }}"));
        var result = Bindgen.Run(Header, "-n", "Records", "-l", "records", "--templates", dir);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("// custom template for Records", result.Stdout);
        CSharpCompiler.AssertCompiles([("records.cs", result.Stdout)]);
    }

    [Fact]
    public void A_template_error_is_reported_at_its_file_line_and_column()
    {
        var dir = RepoPaths.NewTempDirectory("templates");
        File.WriteAllText(Path.Combine(dir, "enums.scriban"), "// enums\n\n  {{ no_such_variable }}\n");
        var output = Path.Combine(dir, "out.cs");
        var result = Bindgen.Run(Header, "-n", "Records", "-l", "records", "--templates", dir, "-o", output);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"enums\.scriban:3:\d+: error BG0020: .*no_such_variable", result.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_its_file_line_and_column()
    {
        var dir = RepoPaths.NewTempDirectory("templates");
        File.WriteAllText(Path.Combine(dir, "structs.scriban"), "{{ for s in structs }}\n{{ s.name + }}\n{{ end }}\n");
        var result = Bindgen.Run(Header, "-n", "Records", "-l", "records", "--templates", dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"structs\.scriban:2:\d+: error BG0020: ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
