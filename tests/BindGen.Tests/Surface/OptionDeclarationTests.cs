using System.Reflection;
using System.Text.RegularExpressions;
using BindGen.Cli.Config;
using BindGen.Core;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Surface;

/// <summary>
/// Options are declared in four places (the command line, bindgen.json, <see cref="GeneratorOptions"/>, the MSBuild
/// targets) and documented in three (options.md, config.md, msbuild.md): this class checks that they agree. Every
/// command-line option has a config key — and so reaches MSBuild users through the <c>Config</c> metadata — unless it is
/// listed in <see cref="CliOnly"/> with the reason; every option the targets pass has a metadata row in msbuild.md.
/// </summary>
public partial class OptionDeclarationTests
{
    /// <summary>Options deliberately without a bindgen.json key, and why.</summary>
    private static readonly Dictionary<string, string> CliOnly = new(StringComparer.Ordinal)
    {
        ["--config"] = "it names the config file itself",
        ["--check"] = "a mode of one run (CI), not a property of the bindings; MSBuild has the BindGenCheck property",
        ["--deps-file"] = "written for MSBuild's incremental build, which passes it itself",
        ["--debug"] = "diagnoses BindGen itself (stack traces)",
        ["--help"] = "prints usage",
        ["--version"] = "prints the version",
    };

    /// <summary>Metadata the targets compute for themselves, not set by users.</summary>
    private static readonly HashSet<string> InternalMetadata =
        ["FullPath", "Filename", "Identity", "Args", "OutputFile", "DepsFile", "ShimLibrary", "ShimSource", "ShimFile", "Intermediate", "TargetList", "SysrootList", "Folder", "Manifest"];

    private static string Doc(string page) => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", page));

    private static string Targets() => File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "BindGen.MSBuild", "build", "BindGen.MSBuild.targets"));

    private static IReadOnlyList<string> CliOptions()
    {
        var help = new StringWriter();
        BindGen.Cli.BindGenCommand.Run(["--help"], help, new StringWriter());
        var options = HelpOption().Matches(help.ToString()).Select(m => m.Value).Distinct().ToList();
        Assert.True(options.Count > 20, help.ToString());
        return options;
    }

    private static IReadOnlyList<string> ConfigKeys() =>
        [.. typeof(BindGenConfig).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])];

    /// <summary>The config key of a command-line option: its words in camelCase, singular or plural (<c>--clang-arg</c> → <c>clangArgs</c>).</summary>
    private static string? ConfigKeyOf(string option, IReadOnlyList<string> keys)
    {
        var words = option.TrimStart('-').Split('-');
        var camel = words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        string[] candidates = [camel, camel + "s", camel.EndsWith('y') ? camel[..^1] + "ies" : camel];
        return candidates.FirstOrDefault(c => keys.Contains(c, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_command_line_option_has_a_config_key_or_is_listed_as_command_line_only()
    {
        var keys = ConfigKeys();
        var missing = CliOptions().Where(o => !CliOnly.ContainsKey(o) && ConfigKeyOf(o, keys) is null).ToList();
        Assert.True(missing.Count == 0, "options without a bindgen.json key (add one to BindGenConfig, or list them in CliOnly with the reason): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_config_key_is_a_command_line_option_and_is_documented_in_config_md()
    {
        var options = CliOptions();
        var page = Doc("config.md");
        foreach (var key in ConfigKeys().Where(k => k != "headers"))
        {
            Assert.True(options.Any(o => ConfigKeyOf(o, [key]) is not null), $"config key '{key}' has no command-line option");
            Assert.Contains($"`{key}`", page);
        }
    }

    [Fact]
    public void Every_option_the_MSBuild_targets_pass_has_a_metadata_row_in_msbuild_md()
    {
        var page = Doc("msbuild.md");
        var passed = TargetsOption().Matches(Targets()).Select(m => m.Value).Distinct().Where(o => o is not "--output" and not "--diagnostic-format" and not "--deps-file" and not "--check").ToList();
        Assert.NotEmpty(passed);
        var undocumented = passed.Where(o => !Regex.IsMatch(page, $@"^\| `\w+` \| [^|]*`{o}`", RegexOptions.Multiline)).ToList();
        Assert.True(undocumented.Count == 0, "options the targets pass without a metadata row in docs/msbuild.md: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void Every_metadata_the_MSBuild_targets_read_is_documented_and_options_without_metadata_reach_MSBuild_through_Config()
    {
        var page = Doc("msbuild.md");
        var metadata = MetadataRead().Matches(Targets()).Select(m => m.Groups[1].Value).Distinct().Where(m => !InternalMetadata.Contains(m)).ToList();
        Assert.Contains("Config", metadata);
        var undocumented = metadata.Where(m => !page.Contains($"| `{m}` |", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, "metadata the targets read without a row in docs/msbuild.md: " + string.Join(", ", undocumented));
        // An option the targets do not pass is set in the Config file: it must have a key (checked above) or be command-line only.
        var passed = TargetsOption().Matches(Targets()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var keys = ConfigKeys();
        var unreachable = CliOptions().Where(o => !passed.Contains(o) && !CliOnly.ContainsKey(o) && ConfigKeyOf(o, keys) is null).ToList();
        Assert.True(unreachable.Count == 0, "options MSBuild users cannot set: " + string.Join(", ", unreachable));
    }

    [Fact]
    public void Every_GeneratorOptions_property_is_set_by_the_command_line()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "BindGen.Cli", "BindGenCommand.cs"));
        var unset = typeof(GeneratorOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.Name != nameof(GeneratorOptions.WrapStaticInline)) // an alias of Shim
            .Select(p => p.Name).Where(n => !Regex.IsMatch(source, $@"\b{n}\s*=(?!=)")).ToList();
        Assert.True(unset.Count == 0, "GeneratorOptions properties the command line never sets: " + string.Join(", ", unset));
    }

    [GeneratedRegex(@"(?<=^\s+(-\w, )?)--[a-z-]+", RegexOptions.Multiline)]
    private static partial Regex HelpOption();

    [GeneratedRegex(@"(?<=\s)--[a-z][a-z-]+")]
    private static partial Regex TargetsOption();

    [GeneratedRegex(@"%\(_BindGenItem\.(\w+)\)")]
    private static partial Regex MetadataRead();
}
