using BindGen.Cli;
using BindGen.Core;
using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Surface;

public class FilteringTests
{
    private static GenerationResult Generate(string[] include, string[] exclude, string[] opaque) =>
        SurfaceHarness.Generate("filtering/filter.h", "Filtering", "filter", o => o with { Include = [.. include], Exclude = [.. exclude], Opaque = [.. opaque] });

    [Fact]
    public void Include_keeps_only_matching_declarations_of_every_kind()
    {
        var text = SurfaceHarness.Text(Generate(["lib_*", "LIB_*"], [], []));
        Assert.Contains("lib_open(", text);
        Assert.Contains("public static ref int lib_version", text);
        Assert.Contains("public const int LIB_MAX = 10;", text);
        Assert.DoesNotContain("other_function", SurfaceHarness.Code(text));
        Assert.DoesNotContain("other_global", SurfaceHarness.Code(text));
        Assert.DoesNotContain("OTHER_MAX", SurfaceHarness.Code(text));
        Assert.DoesNotContain("unrelated", SurfaceHarness.Code(text));
    }

    [Fact]
    public void Types_a_kept_function_needs_are_kept_even_when_they_do_not_match()
    {
        var text = SurfaceHarness.Text(Generate(["lib_origin"], [], []));
        Assert.Contains("public unsafe partial struct lib_point", text);
        Assert.DoesNotContain("lib_open", SurfaceHarness.Code(text));
        Assert.DoesNotContain("enum lib_mode", SurfaceHarness.Code(text));
    }

    [Fact]
    public void Exclude_wins_over_include()
    {
        var text = SurfaceHarness.Text(Generate(["lib_*"], ["lib_internal_*"], []));
        Assert.DoesNotContain("lib_internal_debug", SurfaceHarness.Code(text));
        Assert.Contains("lib_close(", text);
        // Left out on purpose, and still listed: nothing disappears silently.
        Assert.Contains("//   filter.h:12: BG0045 function 'lib_internal_debug' left out: excluded by the exclude filter 'lib_internal_*'", text);
    }

    [Fact]
    public void Regex_patterns_are_written_between_slashes()
    {
        var text = SurfaceHarness.Text(Generate(["/^lib_(open|close)$/"], [], []));
        Assert.Contains("lib_open(", text);
        Assert.Contains("lib_close(", text);
        Assert.DoesNotContain("lib_origin", SurfaceHarness.Code(text));
    }

    [Fact]
    public void Opaque_records_keep_C_size_without_fields_and_their_field_types_are_not_pulled_in()
    {
        var text = SurfaceHarness.Text(Generate(["lib_open", "lib_close"], [], ["lib_context"]));
        // struct lib_context { int secret; struct lib_settings *settings; }: 16 bytes aligned to 8 on LP64, as two ulongs.
        Assert.Contains("public unsafe partial struct lib_context\n{\n    private _data_e__FixedBuffer _data;\n\n    [InlineArray(2)]\n    public partial struct _data_e__FixedBuffer\n    {\n        public ulong e0;", text);
        Assert.DoesNotContain("secret", SurfaceHarness.Code(text));
        Assert.DoesNotContain("lib_settings", SurfaceHarness.Code(text));
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void Excluding_a_type_a_kept_function_uses_is_an_error_naming_both()
    {
        var result = SurfaceHarness.Generate("filtering/excluded_used.h", "Filtering", "filter", o => o with { Exclude = ["point"] });
        Assert.False(result.Success);
        var error = Assert.Single(SurfaceHarness.WithCode(result, DiagnosticCodes.ExcludedTypeUsed));
        Assert.Contains("'point' is excluded but 'make_point' uses it", error.Message);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Making_a_type_opaque_that_is_used_by_value_is_an_error()
    {
        var result = SurfaceHarness.Generate("filtering/excluded_used.h", "Filtering", "filter", o => o with { Opaque = ["box"] });
        var error = Assert.Single(SurfaceHarness.WithCode(result, DiagnosticCodes.OpaqueTypeUsedByValue));
        Assert.Contains("'box' is made opaque but 'make_box' uses it by value", error.Message);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_a_warning()
    {
        var result = Generate(["lib_*", "lib_typo_*"], [], []);
        Assert.True(result.Success);
        var warning = Assert.Single(SurfaceHarness.WithCode(result, DiagnosticCodes.PatternMatchedNothing));
        // The core words options neutrally (MSBuild and bindgen.json users typed no flag); the command line spells --include.
        Assert.Contains("the include filter 'lib_typo_*'", warning.Message);
        Assert.DoesNotContain("--", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_regex_is_a_bad_option_error()
    {
        var result = Generate(["/(/"], [], []);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.BadOption), d => d.Message.Contains("the include filter '/(/'"));
    }

    [Fact]
    public void The_command_line_passes_include_exclude_and_opaque()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BindGenCommand.Run(
            [SurfaceHarness.Header("filtering/filter.h"), "-n", "Filtering", "-l", "filter", "--target", SurfaceHarness.Triple,
             "--include", "lib_*", "--exclude", "lib_internal_*", "--opaque", "lib_context"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var text = stdout.ToString();
        Assert.Contains("lib_open(", text);
        Assert.DoesNotContain("lib_internal_debug", SurfaceHarness.Code(text));
        Assert.DoesNotContain("other_function", SurfaceHarness.Code(text));
        Assert.DoesNotContain("secret", SurfaceHarness.Code(text));
    }
}

public class FileFilteringTests
{
    private static string Generate(string[] includeFiles, string[] excludeFiles) =>
        SurfaceHarness.Text(SurfaceHarness.Generate("umbrella/mylib.h", "MyLib", "mylib", o => o with { IncludeFiles = [.. includeFiles], ExcludeFiles = [.. excludeFiles] }));

    [Fact]
    public void Exclude_file_drops_the_declarations_of_one_header_of_the_library()
    {
        var all = Generate([], []);
        Assert.Contains("mylib_dump(", all);
        var text = Generate([], ["*/mylib/util.h"]);
        Assert.DoesNotContain("mylib_dump(", SurfaceHarness.Code(text));
        Assert.Contains("mylib_ctx", text);
    }

    [Fact]
    public void Include_file_keeps_only_the_declarations_of_matching_headers_plus_what_they_need()
    {
        var text = Generate(["*/util.h"], []);
        Assert.Contains("mylib_dump(", text);
        // mylib_ctx comes from core.h: kept because mylib_dump uses it; the rest of core.h is not.
        Assert.Contains("mylib_ctx", text);
        Assert.DoesNotContain("mylib_open(", SurfaceHarness.Code(text));
        Assert.DoesNotContain("MYLIB_VERSION_MAJOR", SurfaceHarness.Code(text));
        Assert.Contains("BG0045 macro 'MYLIB_VERSION_MAJOR' left out: its header matches no pattern of the include-file filter", text);
        Assert.DoesNotContain("mylib_options", SurfaceHarness.Code(text));
        SurfaceHarness.Compile(text);
    }
}
