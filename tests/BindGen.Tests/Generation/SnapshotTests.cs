using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Generation;

/// <summary>Every header in test-headers/ generates exactly its reviewed snapshot in snapshots/.</summary>
public class SnapshotTests
{
    [Theory]
    [MemberData(nameof(TestHeaderCases.All), MemberType = typeof(TestHeaderCases))]
    public void Output_matches_the_verified_snapshot(string header)
    {
        var c = new HeaderCase(header);
        var output = Bindgen.Generate(c, "--target", Bindgen.SnapshotTarget);
        SnapshotAssert.Matches(output, c.SnapshotBase);
    }

    [Theory]
    [MemberData(nameof(TestHeaderCases.All), MemberType = typeof(TestHeaderCases))]
    public void Output_is_byte_identical_across_runs_and_working_directories(string header)
    {
        var c = new HeaderCase(header);
        var first = Bindgen.Generate(c, "--target", Bindgen.SnapshotTarget);
        // Same header through a relative path (its bare file name) from its own folder as the working directory.
        var relative = Path.GetFileName(c.FullPath);
        Assert.False(Path.IsPathRooted(relative));
        var result = Bindgen.RunIn(Path.GetDirectoryName(c.FullPath)!, [relative, .. c.Flags, "--target", Bindgen.SnapshotTarget]);
        Assert.True(result.ExitCode == 0, $"bindgen failed on {relative} from {Path.GetDirectoryName(c.FullPath)}:\n{result}");
        var second = result.Stdout;
        Assert.Equal(first, second);
        Assert.DoesNotContain(RepoPaths.Root, first);
    }
}

/// <summary>Every header's output compiles as a consuming project would compile it: zero errors, zero warnings.</summary>
public class CompileTests
{
    [Theory]
    [MemberData(nameof(TestHeaderCases.All), MemberType = typeof(TestHeaderCases))]
    public void Single_file_output_compiles_without_warnings(string header)
    {
        var c = new HeaderCase(header);
        CSharpCompiler.AssertCompiles([(c.Name + ".cs", Bindgen.Generate(c))]);
    }

    [Theory]
    [MemberData(nameof(TestHeaderCases.All), MemberType = typeof(TestHeaderCases))]
    public void Dynamic_loading_output_compiles_without_warnings(string header)
    {
        // Every header as a function-pointer table too, its safe layer (if any) calling through Shared.
        var c = new HeaderCase(header);
        if (c.Flags.Contains("--loading")) return;
        var (_, problems) = CSharpCompiler.Compile([(c.Name + ".cs", Bindgen.Generate(c, "--loading", "dynamic-eager"))]);
        Assert.Empty(problems.Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestHeaderCases.All), MemberType = typeof(TestHeaderCases))]
    public void LibraryImport_output_compiles_without_warnings(string header)
    {
        // LibraryImport needs its source generator; without it the partial methods have no implementation (CS8795),
        // which is the only diagnostic allowed here.
        var c = new HeaderCase(header);
        var (_, problems) = CSharpCompiler.Compile([(c.Name + ".cs", Bindgen.Generate(c, "--library-import"))]);
        Assert.Empty(problems.Where(p => p.Id != "CS8795").Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestHeaderCases.All), MemberType = typeof(TestHeaderCases))]
    public void Split_output_compiles_without_warnings(string header)
    {
        var c = new HeaderCase(header);
        var dir = RepoPaths.NewTempDirectory("split");
        var result = Bindgen.Run([c.FullPath, .. c.Flags, "-o", dir + "/"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var files = Directory.GetFiles(dir, "*.cs").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 2, "split output should write one file per kind");
        CSharpCompiler.AssertCompiles(files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
    }

    [Theory]
    [InlineData("/usr/include/zlib.h", "Zlib", "z")]
    [InlineData("/usr/include/sqlite3.h", "Sqlite", "sqlite3")]
    public void System_library_bindings_compile_without_warnings(string header, string ns, string library)
    {
        Assert.True(File.Exists(header), header + " is missing: run .ci/install-deps (zlib1g-dev, libsqlite3-dev)");
        var result = Bindgen.Run(header, "--namespace", ns, "--library", library);
        Assert.True(result.ExitCode == 0, result.ToString());
        CSharpCompiler.AssertCompiles([(ns + ".cs", result.Stdout)]);
    }
}
