using System.Text.RegularExpressions;
using BindGen.Tests.Infrastructure;
using BindGen.Tests.Robustness;

namespace BindGen.Tests.Generation;

/// <summary>
/// C as it is installed, reached the way users start: a wrapper header that includes an installed library. The fake
/// install tree <c>test-headers/installed/usr/include</c> (see its README) is passed with <c>-isystem</c>, so clang treats it
/// exactly like /usr/include: a multiarch folder, a sibling folder, another library, libc and POSIX.
/// </summary>
public class InstalledLibraryTests
{
    private static readonly string Tree = Path.Combine(RepoPaths.TestHeaders, "installed");
    private static readonly string Include = Path.Combine(Tree, "usr", "include");
    private static readonly string Wrapper = Path.Combine(Tree, "project", "wrapper.h");

    /// <summary>The search path as gcc and clang have it on Debian: the multiarch folder before the shared one.</summary>
    private static readonly string[] SystemFolders =
        ["--clang-arg", "-isystem", "--clang-arg", Path.Combine(Include, "x86_64-linux-gnu"), "--clang-arg", "-isystem", "--clang-arg", Include];

    private static readonly string[] ImagingFunctions =
    [
        "img_open", "img_close", "img_stride",            // imaging/core.h, same folder as the umbrella
        "img_compress_into", "img_wait", "img_dump",       // imaging/imaging.h
        "img_config_threads",                              // x86_64-linux-gnu/imaging/config.h: the multiarch folder
        "img_platform_name",                               // imaging/platform.h: first reached through the multiarch folder
        "img_ext_version",                                 // imaging_ext/types.h: a sibling folder
    ];

    private static ProcessResult Generate(string header, params string[] extra)
    {
        var result = Bindgen.Run([header, "-n", "Imaging", "-l", "imaging", "--target", Bindgen.SnapshotTarget, .. SystemFolders, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static SortedSet<string> Functions(string csharp) =>
        new(Regex.Matches(csharp, @"static extern [^(]*? @?(\w+)\(").Select(m => m.Groups[1].Value), StringComparer.Ordinal);

    private static SortedSet<string> Structs(string csharp) =>
        new(Regex.Matches(csharp, @"partial struct (\w+)").Select(m => m.Groups[1].Value), StringComparer.Ordinal);

    private static string WriteWrapper(params string[] lines)
    {
        var path = Path.Combine(RepoPaths.NewTempDirectory("wrapper"), "wrapper.h");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    [Fact]
    public void A_wrapper_header_binds_the_installed_library_it_includes()
    {
        var output = Generate(Wrapper).Stdout;
        var functions = Functions(output);
        foreach (var name in ImagingFunctions) Assert.Contains(name, functions);
        Assert.Contains("img_extras_enabled", functions); // declared only because the wrapper defines the feature macro first
        Assert.Contains("IMG_MAX_DIMENSION = 65535", output);   // "imgconf.h", found in the multiarch folder
        Assert.Contains("IMG_PLATFORM_LINUX = 1", output);
        Assert.Contains("IMG_POINTER_SIZE = 8", output);
        Assert.Contains("IMAGING_VERSION_MAJOR = 3", output);
        CSharpCompiler.AssertCompiles([("imaging.cs", output)]);
        SnapshotAssert.Matches(output, Path.Combine(RepoPaths.Snapshots, "installed", "wrapper"));
    }

    [Fact]
    public void Every_record_the_wrapper_binds_is_exact_against_cc()
    {
        // The records come from clang's cursors (the library's, libc's, the other library's squash_stream...), the sizes from cc.
        string[] cFlags = ["-isystem", Path.Combine(Include, "x86_64-linux-gnu"), "-isystem", Include];
        var report = Abi.LayoutProbe.Check(Wrapper, "Imaging", ["--library", "imaging", .. SystemFolders], cFlags);
        Assert.True(report.Records >= 7, $"only {report.Records} records were measured");
        Assert.True(report.Mismatches.Count == 0 && report.Missing.Count == 0, string.Join("\n", report.Mismatches.Concat(report.Missing)));
    }

    [Fact]
    public void Another_library_the_library_includes_is_not_bound_wholesale_and_the_platform_never()
    {
        var output = Generate(Wrapper).Stdout;
        var functions = Functions(output);
        Assert.DoesNotContain("squash_compress", functions);
        Assert.DoesNotContain("squash_version", functions);
        Assert.DoesNotContain("SQUASH_OK", output);
        Assert.DoesNotContain("printf", functions);
        Assert.DoesNotContain("select", functions);
        Assert.DoesNotContain("gettimeofday", functions);
        // The other library's record the API uses is still emitted.
        Assert.Contains("squash_stream", Structs(output));
    }

    [Fact]
    public void Naming_the_umbrella_header_gives_the_same_API_as_the_wrapper()
    {
        var umbrella = Generate(Path.Combine(Include, "imaging", "imaging.h"), "-D", "IMAGING_ENABLE_EXTRAS=1").Stdout;
        var wrapper = Generate(Wrapper).Stdout;
        Assert.Equal(Functions(wrapper), Functions(umbrella));
        Assert.Equal(Structs(wrapper), Structs(umbrella));
    }

    [Theory]
    [InlineData("absolute")]
    [InlineData("config-first")]
    [InlineData("platform-first")]
    public void The_API_does_not_depend_on_how_or_in_which_order_the_headers_were_reached(string form)
    {
        string[] lines = form switch
        {
            // #include "/abs/path/lib.h"
            "absolute" => ["#define IMAGING_ENABLE_EXTRAS 1", $"#include \"{Path.Combine(Include, "imaging", "imaging.h")}\""],
            // The multiarch config header reached before the umbrella.
            "config-first" => ["#define IMAGING_ENABLE_EXTRAS 1", "#include <imaging/config.h>", "#include <imaging/imaging.h>"],
            // The library-folder header the config includes reached first, the config later.
            _ => ["#define IMAGING_ENABLE_EXTRAS 1", "#include <imaging/platform.h>", "#include <imaging/imaging.h>"],
        };
        var output = Generate(WriteWrapper(lines)).Stdout;
        Assert.Equal(Functions(Generate(Wrapper).Stdout), Functions(output));
    }

    [Fact]
    public void A_wrapper_that_includes_two_libraries_binds_both()
    {
        var output = Generate(WriteWrapper("#include <imaging/imaging.h>", "#include <squash.h>")).Stdout;
        var functions = Functions(output);
        Assert.Contains("img_open", functions);
        Assert.Contains("squash_compress", functions);
        Assert.Contains("SQUASH_OK = 0", output);
        CSharpCompiler.AssertCompiles([("both.cs", output)]);
    }

    [Fact]
    public void Include_file_counts_a_header_the_rule_leaves_out_as_the_librarys()
    {
        var output = Generate(Wrapper, "--include-file", "*/usr/include/squash.h").Stdout;
        var functions = Functions(output);
        Assert.Contains("squash_compress", functions);
        Assert.DoesNotContain("img_open", functions); // --include-file names exactly the headers to emit
    }

    [Fact]
    public void Explain_headers_says_for_every_header_whether_and_why_it_is_the_librarys()
    {
        var report = Generate(Wrapper, "--explain-headers").Stderr.Replace('\\', '/');
        Assert.Matches(@"library  .*project/wrapper\.h: named as input", report);
        Assert.Matches(@"library  .*usr/include/imaging/imaging\.h: included by the wrapper wrapper\.h", report);
        Assert.Matches(@"library  .*x86_64-linux-gnu/imaging/config\.h: same family 'imaging' as imaging\.h", report);
        Assert.Matches(@"library  .*usr/include/imaging/platform\.h: same family 'imaging' as config\.h", report);
        Assert.Matches(@"library  .*x86_64-linux-gnu/imgconf\.h: included as ""\.\.\."" by core\.h, found in a multiarch folder", report);
        Assert.Matches(@"library  .*usr/include/imaging_ext/types\.h: same family 'imaging_ext' as imaging\.h", report);
        Assert.Matches(@"-        .*usr/include/squash\.h: another library's, included by imaging\.h", report);
        Assert.Matches(@"-        .*usr/include/squashconf\.h: included only by headers that are not the library's", report);
        Assert.Matches(@"-        \d+ C library, POSIX, kernel and compiler headers", report);
    }

    [Fact]
    public void Relative_include_folders_and_wrapper_paths_give_the_same_API()
    {
        // clang names headers found through a relative -isystem folder by relative paths; the rule sees full paths.
        var relative = RealBindgen.Run(
            ["project/wrapper.h", "-n", "Imaging", "-l", "imaging", "--target", Bindgen.SnapshotTarget,
             "--clang-arg", "-isystem", "--clang-arg", "usr/include/x86_64-linux-gnu", "--clang-arg", "-isystem", "--clang-arg", "usr/include"],
            workingDirectory: Tree);
        Assert.True(relative.ExitCode == 0, relative.ToString());
        Assert.Equal(Functions(Generate(Wrapper).Stdout), Functions(relative.Stdout));
    }

    [Fact]
    public void Nothing_to_bind_points_at_the_header_explanation()
    {
        var result = Bindgen.Run(WriteWrapper("#include <stdio.h>", "#include <sys/time.h>"), "-n", "Nothing", "-l", "c");
        Assert.Contains("BG0008", result.Stderr);
        Assert.Contains("--explain-headers", result.Stderr);
    }

    [Theory]
    [InlineData("/usr/include/zlib.h", "zlib.h")]
    [InlineData("/usr/include/sqlite3.h", "sqlite3.h")]
    public void A_wrapper_of_an_installed_system_library_gives_the_same_API_as_naming_its_header(string header, string name)
    {
        Assert.True(File.Exists(header), header + " is missing (.ci/install-deps installs zlib1g-dev and libsqlite3-dev)");
        var wrapper = WriteWrapper("#include <stdio.h>", $"#include <{name}>");
        var direct = Bindgen.Run(header, "-n", "Lib", "-l", "lib", "--target", Bindgen.SnapshotTarget);
        var wrapped = Bindgen.Run(wrapper, "-n", "Lib", "-l", "lib", "--target", Bindgen.SnapshotTarget);
        Assert.True(direct.ExitCode == 0, direct.ToString());
        Assert.True(wrapped.ExitCode == 0, wrapped.ToString());
        Assert.True(Functions(direct.Stdout).Count > 10);
        // Byte for byte, but for the line naming the input header.
        static string Body(string text) => string.Join("\n", text.Split('\n').Where(l => !l.Contains("Generated by BindGen", StringComparison.Ordinal)));
        Assert.Equal(Body(direct.Stdout), Body(wrapped.Stdout));
    }
}
