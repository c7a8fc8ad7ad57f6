using BindGen.Cli;
using BindGen.Core;
using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Surface;

public class NamingTests
{
    private static GenerationResult Generate(string header, string[] strip, string[] renames) =>
        SurfaceHarness.Generate(header, "Naming", "naming", o => o with { StripPrefixes = [.. strip], Renames = [.. renames] });

    [Fact]
    public void Without_options_C_names_are_kept()
    {
        var text = SurfaceHarness.Text(Generate("naming/naming.h", [], []));
        Assert.Contains("public static extern ng_stream* ng_open(", text);
        Assert.Contains("public enum ng_color : uint", text);
    }

    [Fact]
    public void Strip_prefix_renames_every_kind_of_declaration_and_keeps_entry_points()
    {
        var text = SurfaceHarness.Text(Generate("naming/naming.h", ["ng_", "NG_"], []));
        Assert.Contains("EntryPoint = \"ng_open\", ExactSpelling = true)]\n    [return: NativeTypeName(\"ng_stream *\")]\n    public static extern stream* open(", text);
        Assert.Contains("[NativeTypeName(\"ng_stream\")]\n[StructLayout(LayoutKind.Sequential)]\npublic unsafe partial struct stream", text);
        Assert.Contains("[NativeTypeName(\"enum ng_color\")]\npublic enum color : uint", text);
        Assert.Contains("    RED = 0U,", text);
        Assert.Contains("public const int MAX_STREAMS = 16;", text);
        Assert.Contains("public static ref int count => ref *(int*)BindGenSymbols.Address(ref BindGenSymbolCache.count, \"ng_count\");", text);
        // A stripped name that is a C# keyword is escaped; one that would start with a digit keeps its prefix.
        Assert.Contains("public static extern int @event();", text);
        Assert.Contains("    NG_1ST = 2U,", text);
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void An_explicit_rename_wins_over_strip_prefix()
    {
        var text = SurfaceHarness.Text(Generate("naming/naming.h", ["ng_"], ["ng_legacy_open=OpenLegacy"]));
        Assert.Contains("EntryPoint = \"ng_legacy_open\"", text);
        Assert.Contains("public static extern stream* OpenLegacy(", text);
        Assert.DoesNotContain("legacy_open(", text);
    }

    [Fact]
    public void A_collision_caused_by_renaming_is_an_error_naming_both_declarations()
    {
        var result = Generate("naming/collision.h", ["ng_"], []);
        Assert.False(result.Success);
        var error = Assert.Single(SurfaceHarness.WithCode(result, DiagnosticCodes.RenameCollision));
        Assert.Contains("'open' and 'ng_open' both get the C# name 'open'", error.Message);
    }

    [Fact]
    public void A_malformed_rename_is_a_bad_option()
    {
        var result = Generate("naming/naming.h", [], ["ng_open"]);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.BadOption), d => d.Message.Contains("a rename 'ng_open'"));
    }

    [Fact]
    public void The_command_line_passes_strip_prefix_and_rename()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BindGenCommand.Run(
            [SurfaceHarness.Header("naming/naming.h"), "-n", "Naming", "-l", "naming", "--target", SurfaceHarness.Triple,
             "--strip-prefix", "ng_", "--rename", "ng_close=Close"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("public static extern void Close(", stdout.ToString());
        Assert.Contains("public static extern stream* open(", stdout.ToString());
    }
}

public class PascalCaseTests
{
    [Theory]
    [InlineData("z_stream_s", "ZStreamS")]
    [InlineData("SQLITE_OK", "SqliteOk")]
    [InlineData("zlibVersion", "ZlibVersion")]
    [InlineData("sqlite3_open_v2", "Sqlite3OpenV2")]
    [InlineData("gzgetc_", "Gzgetc_")]
    [InlineData("__va_list_tag", "__VaListTag")]
    public void Names_are_written_in_PascalCase(string c, string expected) =>
        Assert.Equal(expected, BindGen.Core.Mapping.PascalCase.Of(c));

    [Fact]
    public void A_name_that_would_start_with_a_digit_is_left_alone() =>
        Assert.Null(BindGen.Core.Mapping.PascalCase.Of("_1st"[1..]));

    [Fact]
    public void PascalCase_applies_to_types_functions_and_enum_members_but_not_variables_or_constants()
    {
        var text = SurfaceHarness.Text(SurfaceHarness.Generate("naming/naming.h", "Naming", "naming",
            o => o with { PascalCase = true, StripPrefixes = ["ng_", "NG_"], Renames = ["ng_legacy_open=openLegacy"] }));
        Assert.Contains("public unsafe partial struct Stream", text);
        Assert.Contains("public enum Color : uint", text);
        Assert.Contains("    Red = 0U,", text);
        Assert.Contains("EntryPoint = \"ng_open\", ExactSpelling = true)]\n    [return: NativeTypeName(\"ng_stream *\")]\n    public static extern Stream* Open(", text);
        Assert.Contains("public static extern Stream* openLegacy(", text); // an explicit rename is kept as given
        Assert.Contains("public const int MAX_STREAMS = 16;", text);
        Assert.Contains("public static ref int count =>", text);
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void Zlib_in_PascalCase_compiles()
    {
        var result = BindGen.Core.Generator.Generate(new BindGen.Core.GeneratorOptions
        {
            Headers = ["/usr/include/zlib.h"], Namespace = "Zlib", LibraryName = "z", TargetTriple = SurfaceHarness.Triple, PascalCase = true,
        }, "Zlib.cs");
        var text = SurfaceHarness.Text(result);
        Assert.Contains("public static extern int DeflateInit_(", text);
        Assert.Contains("public static extern int Gzgetc_(", text);
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void Sqlite_in_PascalCase_reports_the_two_records_that_collide_and_keeps_both()
    {
        var result = BindGen.Core.Generator.Generate(new BindGen.Core.GeneratorOptions
        {
            Headers = ["/usr/include/sqlite3.h"], Namespace = "Sqlite", LibraryName = "sqlite3", TargetTriple = SurfaceHarness.Triple, PascalCase = true,
        }, "Sqlite.cs");
        // Type names are made unique by ReservedNames (a suffix of the kind, with a warning); member names collide as errors.
        Assert.Contains(SurfaceHarness.WithCode(result, BindGen.Core.Diagnostics.DiagnosticCodes.NameCollision),
            d => d.Message.Contains("'Fts5Tokenizer' is already used") && d.Message.Contains("'Fts5Tokenizer_struct'"));
        Assert.Contains("public unsafe partial struct Fts5Tokenizer_struct", SurfaceHarness.Text(result));
    }
}
