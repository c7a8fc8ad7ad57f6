using BindGen.Core.Mapping;

namespace BindGen.Tests.Mapping;

/// <summary>
/// A one-line comment without commands (most member comments) takes a short way through <see cref="DocComments.Parse"/>:
/// it must read exactly as the same text written over several lines.
/// </summary>
public class DocCommentLinesTests
{
    [Theory]
    [InlineData("/** Identifier of the record. */", "Identifier of the record.")]
    [InlineData("/** a < b && c > d */", "a &lt; b &amp;&amp; c &gt; d")]
    [InlineData("///< the trailing member comment", "the trailing member comment")]
    [InlineData("/*! ** sqlite's stars */", "sqlite's stars")]
    [InlineData("// plain, with a carriage return\r", "plain, with a carriage return")]
    public void A_one_line_comment_is_its_text_as_the_same_text_over_several_lines_is(string comment, string expected)
    {
        Assert.Equal([expected], DocComments.Lines(comment).ToArray());
        Assert.Equal([expected], DocComments.Lines("/**\n * " + expected.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&") + "\n */").ToArray());
        Assert.Equal(DocComments.Parse(comment + "\n").Summary.ToArray(), DocComments.Parse(comment).Summary.ToArray());
    }

    [Theory]
    [InlineData("/** */")]
    [InlineData("/***/")]
    [InlineData("/** \u0001 */")]
    [InlineData("///<")]
    public void A_one_line_comment_with_no_text_is_no_comment(string comment)
    {
        Assert.Empty(DocComments.Lines(comment));
        Assert.Empty(DocComments.Parse(comment).Params);
        Assert.Empty(DocComments.Parse(comment).Returns);
    }
}
