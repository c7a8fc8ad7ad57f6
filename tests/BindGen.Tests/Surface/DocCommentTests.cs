using BindGen.Core.Mapping;

namespace BindGen.Tests.Surface;

public class DocCommentTests
{
    private static string Generate() => SurfaceHarness.Text(SurfaceHarness.Generate("docs/doc_comments.h", "DocComments", "docs"));

    [Fact]
    public void Doxygen_params_and_return_become_param_and_returns_tags()
    {
        var text = Generate();
        Assert.Contains("""
                /// <param name="path">
                /// File to open,
                /// relative to the working directory.
                /// </param>
                /// <param name="flags">Bit mask of <c>mode</c> values.</param>
                /// <returns>
                /// A stream, or NULL when
                /// the file cannot be opened.
                /// </returns>
            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void Brief_is_summary_text_and_markup_is_escaped()
    {
        var text = Generate();
        Assert.Contains("    /// Opens a stream.\n", text);
        Assert.DoesNotContain("brief", text);
        Assert.Contains("/// Details with &lt;angle brackets&gt; &amp; ampersands; see <c>stream_close()</c>.", text);
        Assert.Contains("/// Size in bytes, &lt; 4096.", text);
        Assert.Contains("/// Note: Not thread-safe.", text);
    }

    [Fact]
    public void A_param_naming_no_parameter_stays_in_the_summary_instead_of_a_dangling_tag()
    {
        var text = Generate();
        Assert.DoesNotContain("name=\"missing\"", text);
        Assert.Contains("/// missing: Not a parameter of this function.", text);
    }

    [Fact]
    public void Retvals_written_on_one_line_become_separate_returns_lines()
    {
        Assert.Contains("/// <returns>\n    /// 0: success\n    /// -1: failure\n    /// </returns>", Generate());
    }

    [Fact]
    public void Line_comments_and_trailing_member_comments_are_kept()
    {
        var text = Generate();
        Assert.Contains("/// Closes a stream.", text);
        Assert.Contains("/// <param name=\"s\">The stream.</param>", text);
        Assert.Contains("/// Bytes read so far.", text);
        Assert.Contains("/// Read access.", text);
        Assert.Contains("/// Write access.", text);
    }

    [Fact]
    public void Generated_docs_are_well_formed_XML_with_matching_param_tags() => SurfaceHarness.Compile(documentation: true, Generate());

    [Fact]
    public void Sqlite_style_double_star_comments_lose_their_stars()
    {
        var lines = DocComments.Lines("/*\n** CAPI3REF: Closing\n**\n** The close routine.\n*/");
        Assert.Equal(["CAPI3REF: Closing", "", "The close routine."], lines.ToArray());
    }

    [Fact]
    public void When_one_parameter_is_documented_every_parameter_gets_a_tag()
    {
        var result = SurfaceHarness.Generate("docs/partial_params.h", "DocComments", "docs");
        var text = SurfaceHarness.Text(result);
        Assert.Contains("/// <param name=\"a\">First.</param>\n    /// <param name=\"b\"></param>\n    /// <param name=\"string\"></param>", text);
        SurfaceHarness.Compile(documentation: true, text);
    }
    [Fact]
    public void An_inline_code_command_starting_a_line_continues_the_param_or_returns_text()
    {
        var doc = DocComments.Parse("/**\n * Frees.\n * @param buf The buffer, or\n * @c NULL. Nothing happens then.\n * @returns Bytes, or\n * @c NULL. on failure.\n */");
        Assert.Equal(["Frees."], doc.Summary.ToArray());
        Assert.Equal(["The buffer, or", "<c>NULL</c>. Nothing happens then."], doc.Params.Single().Lines.ToArray());
        Assert.Equal(["Bytes, or", "<c>NULL</c>. on failure."], doc.Returns.ToArray());
    }

    [Fact]
    public void The_inline_command_regression_header_keeps_every_line()
    {
        var result = SurfaceHarness.Generate("docs/inline_command_line_start.h", "DocComments", "docs");
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("C: NULL", text);
        Assert.Contains("/// <c>NULL</c>. Nothing happens then.\n    /// </param>", text);
        Assert.Contains("/// <c>0</c> for the whole buffer.\n    /// </param>", text);
        Assert.Contains("/// <c>NULL</c>. on failure; see <c>buf</c>.\n    /// </returns>", text);
        SurfaceHarness.Compile(documentation: true, text);
    }
}
