using System.Text;
using BindGen.Core.Diagnostics;
using BindGen.Core.Emit;
using BindGen.Tests.Infrastructure;
using Scriban.Runtime;

namespace BindGen.Tests.Generation;

/// <summary>
/// Rendered text flows as pieces (<see cref="RenderedText"/>): bg.render_each's value is appended to the output by
/// reference and still reads as its text everywhere else in a template, with Scriban's own indentation where a template
/// asks for it; the rendered pieces are normalized straight into the UTF-8 that is written.
/// </summary>
public sealed class RenderedTextTests
{
    // More items than one bg.render_each chunk holds (64 at least): the text is made of several chunks' pieces.
    private const int Items = 300;

    private static string Render(string main, string item = "{{ item }}\n")
    {
        var dir = RepoPaths.NewTempDirectory("rendered-text");
        File.WriteAllText(Path.Combine(dir, "main.scriban"), main);
        File.WriteAllText(Path.Combine(dir, "item.scriban"), item);
        var diagnostics = new DiagnosticBag();
        var renderer = new TemplateRenderer(new TemplateLoader(dir), diagnostics);
        var items = new ScriptArray();
        for (int i = 0; i < Items; i++) items.Add($"line{i}");
        // A section's text as file.scriban receives it (section_texts): a rendered text made of two pieces.
        var section = new RenderedText(["a\n".AsMemory(), "b\n".AsMemory()], 4);
        var globals = new ScriptObject { ["bg"] = new ScriptObject { ["indent"] = new IndentFunction() }, ["items"] = items, ["section"] = section };
        renderer.AddRenderEach(globals);
        return renderer.Render("main.scriban", globals) ?? throw new Xunit.Sdk.XunitException(string.Join("\n", diagnostics.ToList().Select(d => d.Format())));
    }

    private static string Lines(string prefix, string suffix = "\n") => string.Concat(Enumerable.Range(0, Items).Select(i => $"{prefix}line{i}{suffix}"));

    [Fact]
    public void Render_each_written_out_is_the_items_text_in_order()
    {
        Assert.Equal("begin\n" + Lines("") + "end\n", Render("begin\n{{ bg.render_each items 'item.scriban' }}end\n"));
    }

    [Fact]
    public void Render_each_read_as_a_value_is_its_text()
    {
        // Piped to bg.indent, to a string function, assigned and written twice, captured.
        Assert.Equal(Lines("    ").TrimEnd('\n'), Render("{{ bg.render_each items 'item.scriban' | bg.indent }}"));
        Assert.Equal(Lines("").Length.ToString(), Render("{{ bg.render_each items 'item.scriban' | string.size }}"));
        Assert.Equal(Lines("") + Lines(""), Render("{{ x = bg.render_each items 'item.scriban' }}{{ x }}{{ x }}"));
        Assert.Equal("[" + Lines("") + "]", Render("{{ capture c }}{{ bg.render_each items 'item.scriban' }}{{ end }}[{{ c }}]"));
        // A value is a string: its members and characters too.
        Assert.Equal($"{Lines("").Length} l", Render("{{ x = bg.render_each items 'item.scriban' }}{{ x.size }} {{ x[0] }}"));
        Assert.Equal("0", Render("{{ x = bg.render_each [] 'item.scriban' }}{{ x.size }}"));
    }

    [Fact]
    public void A_section_text_reads_as_its_text_in_string_functions_filters_operators_members_and_indexers()
    {
        Assert.Equal("a\nb\n|4|    a\n    b|a\nb\n!|true", Render("{{ section }}|{{ string.size section }}|{{ section | bg.indent }}|{{ section + '!' }}|{{ section == 'a\nb\n' }}"));
        Assert.Equal("4|b", Render("{{ section.size }}|{{ section[2] }}"));
    }

    [Fact]
    public void Render_each_after_indentation_is_indented_as_scriban_indents_text()
    {
        // Auto-indent: an expression after spaces at the start of a line indents every following line of its text.
        var expected = "begin\n  " + Lines("  ").TrimStart() + "end\n";
        Assert.Equal(expected, Render("begin\n  {{ bg.render_each items 'item.scriban' }}end\n"));
        Assert.Equal(expected, Render("begin\n  {{ bg.render_each items 'item.scriban' | string.append '' }}end\n"));
    }

    [Fact]
    public void Text_after_render_each_is_indented_as_after_the_same_text_as_a_string()
    {
        // The loop body's text is indented by the loop's escape (two spaces), the items' text not (it has an escape of its
        // own): whether "tail" starts a line, and so is indented, depends on whether the items' text ended with a line
        // feed, which appending the value by reference must leave as writing its text would.
        var expected = "begin\n  " + Lines("") + "  tail\nend\n";
        Assert.Equal(expected, Render("begin\n  {{ for x in [1] }}{{ bg.render_each items 'item.scriban' }}tail\n{{ end }}end\n"));
        Assert.Equal(expected, Render("begin\n  {{ for x in [1] }}{{ bg.render_each items 'item.scriban' | string.append '' }}tail\n{{ end }}end\n"));
        // And without a final line feed, no indentation.
        var joined = "begin\n  " + string.Concat(Enumerable.Range(0, Items).Select(i => $"line{i};")) + "tail\nend\n";
        Assert.Equal(joined, Render("begin\n  {{ for x in [1] }}{{ bg.render_each items 'item.scriban' }}tail\n{{ end }}end\n", "{{ item }};"));
    }

    [Fact]
    public void A_rendered_text_written_to_a_rendered_output_is_kept_by_reference_not_copied()
    {
        var piece = "first\nsecond\n".AsMemory();
        var text = new RenderedText([piece], piece.Length);
        var context = new RenderContext(new Scriban.Functions.BuiltinFunctions());
        var output = new RenderedTextOutput();
        context.PushOutput(output);
        context.Write("<");
        context.Write(default, text);
        context.Write(">");
        var result = output.ToRenderedText();
        Assert.Equal("<first\nsecond\n>", result.ToString());
        Assert.Contains(result.Pieces.ToArray(), p => p.Span.Overlaps(piece.Span));

        // Where Scriban indents, it writes the text itself: a copy, indented.
        var indented = new RenderedTextOutput();
        context.PushOutput(indented);
        context.CurrentIndent = "  ";
        context.Write(default, text);
        context.CurrentIndent = null;
        result = indented.ToRenderedText();
        Assert.Equal("first\n  second\n", result.ToString());
        Assert.DoesNotContain(result.Pieces.ToArray(), p => p.Span.Overlaps(piece.Span));
    }

    [Theory]
    [InlineData("", "\n")]
    [InlineData("\n\n \t\r\n", "\n")]
    [InlineData("a", "a\n")]
    [InlineData("\n\n  a  \r\n\n\n b\t\n\n\n", "  a\n\n b\n")]
    [InlineData("a\r\nb\r\n\r\n\r\nc \u00a0\n", "a\nb\n\nc\n")]
    [InlineData("é\n\n\n😀 \n\ud800\n", "é\n\n😀\n\ud800\n")]
    public void Normalizing_keeps_one_blank_line_of_a_run_and_trims_every_line(string text, string expected)
    {
        Assert.Equal(expected, Emitter.Normalize(text));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), TextNormalizer.NormalizeToUtf8(new RenderedText([text.AsMemory()], text.Length)).ToArray());
    }

    [Fact]
    public void Normalizing_pieces_gives_the_bytes_of_normalizing_the_whole_text_wherever_the_text_is_cut()
    {
        var random = new Random(17);
        // Lines cross pieces, \r\n and surrogate pairs are cut in two, pieces are empty; mostly non-ASCII texts need
        // more bytes than characters (the buffer grows).
        string[] parts = ["a", "bc", " ", "\t", "\r", "\n", "\n\n", "é", "😀", "\u00a0", "x y"];
        for (int round = 0; round < 400; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => parts[random.Next(parts.Length)]));
            if (round % 4 == 0) text = string.Concat(Enumerable.Repeat("😀é\n", random.Next(1, 40)));
            var pieces = new List<ReadOnlyMemory<char>>();
            for (int at = 0; at < text.Length;)
            {
                int length = Math.Min(text.Length - at, random.Next(0, 5));
                pieces.Add(text.AsMemory(at, length));
                at += length;
            }
            var expected = Encoding.UTF8.GetBytes(OldNormalize(text));
            Assert.Equal(expected, TextNormalizer.NormalizeToUtf8(new RenderedText([.. pieces], text.Length)).ToArray());
            Assert.Equal(OldNormalize(text), Emitter.Normalize(text));
        }
    }

    [Fact]
    public void Indent_prefixes_every_non_empty_line_and_drops_final_line_feeds()
    {
        Assert.Equal("", IndentFunction.Indent(""));
        Assert.Equal("", IndentFunction.Indent("\n\n"));
        Assert.Equal("    a", IndentFunction.Indent("a\n\n"));
        Assert.Equal("\n    a\n\n    b\n    \r", IndentFunction.Indent("\na\n\nb\n\r\n"));
    }

    [Fact]
    public void An_output_file_made_of_bytes_reads_as_its_text_and_equals_the_file_made_of_that_text()
    {
        var text = Emitter.Normalize("// é\nclass A {}\n");
        var fromBytes = Emitter.NormalizedFile("A.cs", new RenderedText(["// é\n".AsMemory(), "class A {}".AsMemory()], 15));
        var fromText = new OutputFile("A.cs", text);
        Assert.Equal(text, fromBytes.Content);
        Assert.Equal(fromText, fromBytes);
        Assert.Equal(fromText.GetHashCode(), fromBytes.GetHashCode());
        Assert.NotEqual(fromText, new OutputFile("A.cs", text + " "));
        Assert.Equal(Encoding.UTF8.GetBytes(text), fromText.Utf8.ToArray());
    }

    /// <summary>The normalization as it was written before it read pieces (split into lines of one string): the oracle.</summary>
    private static string OldNormalize(string text)
    {
        var sb = new StringBuilder();
        bool previousBlank = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            bool blank = line.Length == 0;
            if (blank && previousBlank) continue;
            sb.Append(line).Append('\n');
            previousBlank = blank;
        }
        while (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
        return sb.Append('\n').ToString();
    }
}
