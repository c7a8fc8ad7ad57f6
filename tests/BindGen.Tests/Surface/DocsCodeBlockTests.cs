using System.Text.RegularExpressions;
using BindGen.Cli;
using BindGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindGen.Tests.Surface;

/// <summary>
/// The docs say what the code does: every C# block in README.md and docs/ is either compiled here against bindings
/// generated from the sample's zlib wrapper header (a block marked <c>```csharp compile</c>, as in a
/// <c>dotnet new console</c> project: implicit usings, top-level statements allowed), written and built by
/// tests/e2e/newcomer.sh (after a <c>&lt;!-- newcomer: file ... --&gt;</c> marker), or marked <c>```csharp excerpt</c>
/// (a fragment of generated output). Every option of the real <c>bindgen --help</c> is in usage.md's table and options.md.
/// </summary>
public partial class DocsCodeBlockTests
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<string> ZlibBindings = new(() =>
    {
        var wrapper = Path.Combine(RepoPaths.Root, "samples", "ZlibSample", "native", "zlib_wrapper.h");
        return SurfaceHarness.Text(SurfaceHarness.Generate(wrapper, "Zlib", "z"));
    });

    /// <summary>A fenced code block of a Markdown file.</summary>
    public sealed record Block(string File, int Line, string Info, string Marker, string Text)
    {
        public override string ToString() => $"{File}:{Line}";
    }

    public static IEnumerable<string> MarkdownFiles() =>
        new[] { Path.Combine(RepoPaths.Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    /// <summary>Every fenced block with its info string and the HTML comment marker on the line before it, if any.</summary>
    public static IEnumerable<Block> Blocks(string file)
    {
        var lines = File.ReadAllLines(file);
        for (int i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success) continue;
            var marker = i > 0 && lines[i - 1].TrimStart().StartsWith("<!--", StringComparison.Ordinal) ? lines[i - 1].Trim() : "";
            int start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith(fence.Groups["fence"].Value, StringComparison.Ordinal); i++) body.Add(lines[i]);
            yield return new Block(Path.GetRelativePath(RepoPaths.Root, file), start + 1, fence.Groups["info"].Value.Trim(), marker, string.Join("\n", body) + "\n");
        }
    }

    public static TheoryData<string> CSharpBlocks()
    {
        var data = new TheoryData<string>();
        foreach (var file in MarkdownFiles())
            foreach (var block in Blocks(file).Where(b => b.Info.StartsWith("csharp", StringComparison.Ordinal) || b.Info.StartsWith("cs ", StringComparison.Ordinal) || b.Info == "cs"))
                data.Add(block.ToString());
        return data;
    }

    private static Block Find(string id)
    {
        var colon = id.LastIndexOf(':');
        var file = Path.Combine(RepoPaths.Root, id[..colon]);
        return Blocks(file).Single(b => b.Line == int.Parse(id[(colon + 1)..]));
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void A_CSharp_block_in_the_docs_compiles_or_says_why_not(string id)
    {
        var block = Find(id);
        if (block.Marker.StartsWith("<!-- newcomer: file", StringComparison.Ordinal))
        {
            Assert.True(block.Info == "csharp", $"{id}: a file of the newcomer script is plain ```csharp");
            return; // written to disk and built by tests/e2e/newcomer.sh (EndToEndTests)
        }
        Assert.True(block.Info is "csharp compile" or "csharp excerpt",
            $"{id}: mark the block ```csharp compile (compiled here against generated zlib bindings) or ```csharp excerpt (a fragment)");
        if (block.Info == "csharp excerpt") return;

        var tree = CSharpSyntaxTree.ParseText(block.Text, new CSharpParseOptions(LanguageVersion.Latest));
        bool program = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var usings = string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n"));
        var (_, problems) = CSharpCompiler.Compile(
            [("zlib.g.cs", ZlibBindings.Value), ("GlobalUsings.g.cs", usings), (id, block.Text)],
            "DocsBlock", program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        Assert.True(problems.IsEmpty, $"{id} does not compile:\n{string.Join("\n", problems)}\n---\n{block.Text}");
    }

    [Fact]
    public void The_README_quick_start_marks_its_commands_and_files_for_the_newcomer_script()
    {
        var blocks = Blocks(Path.Combine(RepoPaths.Root, "README.md")).Where(b => b.Marker.StartsWith("<!-- newcomer:", StringComparison.Ordinal)).ToList();
        foreach (var way in new[] { "pack", "tool", "msbuild", "check" })
            Assert.Contains(blocks, b => b.Marker.StartsWith($"<!-- newcomer: run {way} ", StringComparison.Ordinal) || b.Marker == $"<!-- newcomer: run {way} -->");
        Assert.Contains(blocks, b => b.Marker.StartsWith("<!-- newcomer: file ", StringComparison.Ordinal) && b.Marker.Contains("wrapper.h"));
    }

    private static IReadOnlyList<string> HelpOptions()
    {
        // The real executable's --help, as a user sees it.
        var help = ProcessRunner.Run("dotnet", [typeof(BindGenCommand).Assembly.Location, "--help"], Path.GetTempPath());
        Assert.True(help.ExitCode == 0, help.ToString());
        var options = HelpOption().Matches(help.Stdout).Select(m => m.Value).Where(o => o is not "--help" and not "--version").Distinct().ToList();
        Assert.True(options.Count > 20, help.Stdout);
        return options;
    }

    [Fact]
    public void Every_option_of_bindgen_help_has_a_row_in_the_usage_table_and_a_place_in_options_md()
    {
        var usage = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "usage.md"));
        var options = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "options.md"));
        var rows = usage.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('|')[1]).ToList();
        var missing = HelpOptions().Where(o => !rows.Any(r => Regex.IsMatch(r, $@"(?<![\w-]){o}(?![\w-])"))).ToList();
        Assert.True(missing.Count == 0, "options of bindgen --help without a row in docs/usage.md's table: " + string.Join(", ", missing));
        var notInOptions = HelpOptions().Where(o => !Regex.IsMatch(options, $@"(?<![\w-]){o}(?![\w-])")).ToList();
        Assert.True(notInOptions.Count == 0, "options of bindgen --help missing from docs/options.md: " + string.Join(", ", notInOptions));
    }

    [GeneratedRegex(@"^\s*(?<fence>```+)(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(?<=^\s+(-\w, )?)--[a-z-]+", RegexOptions.Multiline)]
    private static partial Regex HelpOption();
}
