using BindGen.Cli;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Cli;

/// <summary>Several --config files: independent targets run in parallel, reported in the order of the options.</summary>
public sealed class MultipleConfigTests
{
    private readonly string _dir = RepoPaths.NewTempDirectory("multi-config");

    // Three small, self-contained headers of test-headers/, each becoming one target.
    private static readonly (string Header, string Namespace)[] Targets =
    [
        ("enums/enums.h", "Enums"),
        ("functions/scalars.h", "Scalars"),
        ("records/struct_basic.h", "Records"),
    ];

    /// <summary>Copies the header into <c>folder</c> (relative to the temp dir) and writes a config beside it; returns the config's path.</summary>
    private string Config(int target, string name, string? output = null, string? extra = null, string folder = "")
    {
        var dir = Path.Combine(_dir, folder);
        Directory.CreateDirectory(dir);
        var (header, ns) = Targets[target];
        var headerName = Path.GetFileName(header);
        File.Copy(Path.Combine(RepoPaths.TestHeaders, header), Path.Combine(dir, headerName), overwrite: true);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, $$"""
            {
              "headers": ["{{headerName}}"],
              "namespace": "{{ns}}",
              "library": "{{ns.ToLowerInvariant()}}",
              "target": "{{Bindgen.SnapshotTarget}}",
              {{(output is null ? "" : $"\"output\": \"{output}\",")}}
              {{extra ?? ""}}
            }
            """);
        return path;
    }

    /// <summary>The three targets, writing Enums.cs, Scalars.cs and Records.cs beside their configs.</summary>
    private string[] ThreeConfigsWithOutput() =>
        [.. Targets.Select((t, i) => Config(i, $"t{i}.json", output: t.Namespace + ".cs"))];

    private string OutputOf(int target) => Path.Combine(_dir, Targets[target].Namespace + ".cs");

    private static string[] ConfigArgs(IEnumerable<string> configs, params string[] extra) =>
        [.. configs.SelectMany(c => new[] { "--config", c }), .. extra];

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Outputs_of_three_targets_are_byte_identical_to_each_target_run_alone()
    {
        var configs = ThreeConfigsWithOutput();
        var alone = new string[configs.Length];
        for (int i = 0; i < configs.Length; i++)
        {
            var single = Bindgen.Run("--config", configs[i]);
            Assert.True(single.ExitCode == 0, single.ToString());
            alone[i] = File.ReadAllText(OutputOf(i));
            Assert.Contains($"namespace {Targets[i].Namespace};", alone[i]);
            File.Delete(OutputOf(i));
        }

        var all = Bindgen.Run(ConfigArgs(configs));
        Assert.True(all.ExitCode == 0, all.ToString());
        for (int i = 0; i < configs.Length; i++)
            Assert.Equal(alone[i], File.ReadAllText(OutputOf(i)));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2 })]
    [InlineData(new[] { 2, 0, 1 })]
    [InlineData(new[] { 1, 2, 0 })]
    public void Standard_output_is_each_targets_whole_text_in_the_order_of_the_options(int[] order)
    {
        // No "output": every target prints its C# to standard output.
        var configs = order.Select(i => Config(i, $"stdout{i}.json")).ToArray();
        var alone = configs.Select(c => Bindgen.Run("--config", c)).ToArray();
        Assert.All(alone, r => Assert.True(r.ExitCode == 0, r.ToString()));

        var all = Bindgen.Run(ConfigArgs(configs));
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Equal(string.Concat(alone.Select(r => r.Stdout)), all.Stdout);
        // The namespaces come in option order.
        var positions = order.Select(i => all.Stdout.IndexOf($"namespace {Targets[i].Namespace};", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Diagnostics_are_grouped_per_target_in_option_order_and_a_failing_target_does_not_stop_the_others()
    {
        // Target 1 and 3 each warn (a filter pattern matching nothing, named distinctly); target 2 lists a missing header.
        var first = Config(0, "first.json", output: "Enums.cs", extra: "\"include\": [\"first_pattern_*\"], \"exclude\": [\"first_other_*\"],");
        var second = Path.Combine(_dir, "second.json");
        File.WriteAllText(second, $$"""{ "headers": ["missing_header.h"], "namespace": "Missing", "target": "{{Bindgen.SnapshotTarget}}", "output": "Missing.cs" }""");
        var third = Config(2, "third.json", output: "Records.cs", extra: "\"include\": [\"third_pattern_*\"], \"exclude\": [\"third_other_*\"],");

        var result = Bindgen.Run(ConfigArgs([first, second, third]));
        Assert.Equal(BindGenCommand.InputErrors, result.ExitCode);

        var lines = Lines(result.Stderr);
        int Line(string text)
        {
            int index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
            Assert.True(index >= 0, $"'{text}' not in stderr:\n{result.Stderr}");
            return index;
        }
        int[] firstLines = [Line("first_pattern_*"), Line("first_other_*")];
        int secondLine = Line("missing_header.h");
        int[] thirdLines = [Line("third_pattern_*"), Line("third_other_*")];
        Assert.Contains("error", lines[secondLine]);
        // Grouped: every line of target 1 before every line of target 2, which comes before every line of target 3.
        Assert.True(firstLines.Max() < secondLine && secondLine < thirdLines.Min(), result.Stderr);

        // The clean targets still wrote their files; the failing one did not.
        Assert.Contains("namespace Enums;", File.ReadAllText(OutputOf(0)));
        Assert.Contains("namespace Records;", File.ReadAllText(OutputOf(2)));
        Assert.False(File.Exists(Path.Combine(_dir, "Missing.cs")));
    }

    [Fact]
    public void The_exit_code_is_the_worst_of_the_targets()
    {
        var clean = Config(0, "clean.json", output: "Enums.cs");
        var warning = Config(1, "warning.json", output: "Scalars.cs", extra: "\"include\": [\"no_such_name_*\"],");
        var error = Path.Combine(_dir, "error.json");
        File.WriteAllText(error, """{ "headers": ["missing_header.h"], "output": "Missing.cs" }""");
        var usage = Path.Combine(_dir, "usage.json");
        File.WriteAllText(usage, """{ "headers": [], "output": "Nothing.cs" }""");

        var warned = Bindgen.Run(ConfigArgs([clean, warning]));
        Assert.True(warned.ExitCode == BindGenCommand.Ok, warned.ToString());
        Assert.Contains("warning BG0042", warned.Stderr);

        Assert.Equal(BindGenCommand.InputErrors, Bindgen.Run(ConfigArgs([error, clean, warning])).ExitCode);
        Assert.Equal(BindGenCommand.InputErrors, Bindgen.Run(ConfigArgs([clean, warning, error])).ExitCode);
        Assert.Equal(BindGenCommand.BadUsage, Bindgen.Run(ConfigArgs([clean, usage, error])).ExitCode);
        Assert.Equal(BindGenCommand.BadUsage, Bindgen.Run(ConfigArgs([error, clean, usage])).ExitCode);
    }

    [Fact]
    public void Two_configs_writing_the_same_file_is_a_usage_error_naming_both_and_nothing_is_written()
    {
        // Spelled differently, relative to configs in different folders, but the same file.
        var a = Config(0, "a.json", output: "../shared.cs", folder: "a");
        var b = Config(1, "b.json", output: "../b/../shared.cs", folder: "b");
        var other = Config(2, "other.json", output: "Records.cs");

        var result = Bindgen.Run(ConfigArgs([other, a, b]));
        Assert.Equal(BindGenCommand.BadUsage, result.ExitCode);
        Assert.Contains(a, result.Stderr);
        Assert.Contains(b, result.Stderr);
        Assert.DoesNotContain(other, result.Stderr);
        Assert.Contains("shared.cs", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "shared.cs")));
        Assert.False(File.Exists(OutputOf(2)));
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Two_configs_writing_the_same_folder_is_a_usage_error()
    {
        var a = Config(0, "a.json", output: "gen/");
        var b = Config(1, "b.json", output: "gen");
        var result = Bindgen.Run(ConfigArgs([a, b]));
        Assert.Equal(BindGenCommand.BadUsage, result.ExitCode);
        Assert.Contains(a, result.Stderr);
        Assert.Contains(b, result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir, "gen")) && Directory.EnumerateFileSystemEntries(Path.Combine(_dir, "gen")).Any());
    }

    [Fact]
    public void A_file_target_inside_another_targets_output_folder_writing_the_same_file_is_a_usage_error()
    {
        // Target 1 writes one file per kind into gen/ (gen/Enums.cs among them); target 2 writes its single file to gen/Enums.cs.
        var folder = Config(0, "folder.json", output: "gen/");
        var file = Config(1, "file.json", output: "gen/Enums.cs");
        var alone = Bindgen.Run("--config", folder);
        Assert.True(alone.ExitCode == 0, alone.ToString());
        Assert.True(File.Exists(Path.Combine(_dir, "gen", "Enums.cs")), "the folder target writes gen/Enums.cs");
        Directory.Delete(Path.Combine(_dir, "gen"), recursive: true);

        var result = Bindgen.Run(ConfigArgs([folder, file]));
        Assert.True(result.ExitCode == BindGenCommand.BadUsage, result.ToString());
        Assert.Contains(folder, result.Stderr);
        Assert.Contains(file, result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "gen", "Enums.cs")));
    }

    [Fact]
    public void A_wrapper_file_written_by_two_targets_is_a_usage_error()
    {
        // --wrap-static-inline files are outputs too: one target's C wrappers must not be another's.
        var a = Config(0, "a.json", output: "a.cs", extra: "\"wrapStaticInline\": \"wrappers.c\"");
        var b = Config(1, "b.json", output: "b.cs", extra: "\"wrapStaticInline\": \"wrappers.c\"");
        var result = Bindgen.Run(ConfigArgs([a, b]));
        Assert.True(result.ExitCode == BindGenCommand.BadUsage, result.ToString());
        Assert.Contains(a, result.Stderr);
        Assert.Contains(b, result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "wrappers.c")));
        Assert.False(File.Exists(Path.Combine(_dir, "a.cs")));
    }

    [Fact]
    public void Headers_or_output_on_the_command_line_with_several_configs_is_a_usage_error()
    {
        var configs = ThreeConfigsWithOutput();
        var header = Path.Combine(RepoPaths.TestHeaders, "enums", "enums.h");
        var commandLineOutput = Path.Combine(_dir, "cli.cs");

        var withHeader = Bindgen.Run(ConfigArgs(configs, header));
        Assert.Equal(BindGenCommand.BadUsage, withHeader.ExitCode);
        Assert.Contains("--output", withHeader.Stderr);

        var withOutput = Bindgen.Run(ConfigArgs(configs, "--output", commandLineOutput));
        Assert.Equal(BindGenCommand.BadUsage, withOutput.ExitCode);

        var withShortOutput = Bindgen.Run(ConfigArgs(configs.Take(2), "-o", commandLineOutput));
        Assert.Equal(BindGenCommand.BadUsage, withShortOutput.ExitCode);

        Assert.False(File.Exists(commandLineOutput));
        for (int i = 0; i < Targets.Length; i++) Assert.False(File.Exists(OutputOf(i)), OutputOf(i));

        // With one config, the same command-line output is allowed (it overrides the file's).
        var single = Bindgen.Run("--config", configs[0], "--output", commandLineOutput);
        Assert.True(single.ExitCode == 0, single.ToString());
        Assert.Contains("namespace Enums;", File.ReadAllText(commandLineOutput));
    }

    [Fact]
    public void Deps_file_with_several_configs_lists_the_union_of_the_targets_headers_sorted()
    {
        var configs = ThreeConfigsWithOutput();
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < configs.Length; i++)
        {
            var deps = Path.Combine(_dir, $"alone{i}.d");
            var single = Bindgen.Run("--config", configs[i], "--deps-file", deps);
            Assert.True(single.ExitCode == 0, single.ToString());
            expected.UnionWith(Lines(File.ReadAllText(deps)));
        }

        var union = Path.Combine(_dir, "all.d");
        var all = Bindgen.Run(ConfigArgs(configs, "--deps-file", union));
        Assert.True(all.ExitCode == 0, all.ToString());
        var text = File.ReadAllText(union);
        Assert.EndsWith("\n", text);
        var lines = Lines(text);
        Assert.Equal(expected.ToArray(), lines);
        Assert.Equal(lines.Distinct().Count(), lines.Length);
        Assert.All(lines, l => Assert.True(Path.IsPathFullyQualified(l), l));
        // Each target's own header is in it (the copies beside the configs).
        foreach (var (header, _) in Targets)
            Assert.Contains(Path.Combine(_dir, Path.GetFileName(header)), lines);
        // More than any single target read: the union really merges.
        Assert.True(lines.Length > Lines(File.ReadAllText(Path.Combine(_dir, "alone0.d"))).Length);
    }

    [Fact]
    public void Check_with_several_configs_passes_when_all_are_fresh_and_fails_when_one_is_stale_writing_nothing()
    {
        var configs = ThreeConfigsWithOutput();

        // Before anything was generated, every output is missing: --check fails and creates nothing.
        var missing = Bindgen.Run(ConfigArgs(configs, "--check"));
        Assert.Equal(BindGenCommand.InputErrors, missing.ExitCode);
        for (int i = 0; i < Targets.Length; i++) Assert.False(File.Exists(OutputOf(i)), OutputOf(i));

        var generate = Bindgen.Run(ConfigArgs(configs));
        Assert.True(generate.ExitCode == 0, generate.ToString());
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < Targets.Length; i++) File.SetLastWriteTimeUtc(OutputOf(i), old);
        var fresh = Targets.Select((_, i) => File.ReadAllText(OutputOf(i))).ToArray();

        var allFresh = Bindgen.Run(ConfigArgs(configs, "--check"));
        Assert.True(allFresh.ExitCode == 0, allFresh.ToString());
        Assert.DoesNotContain("stale", allFresh.Stderr);

        // Target 2's file is edited: stale.
        var edited = fresh[1].Replace("namespace Scalars;", "namespace Scalars; // edited by hand");
        Assert.NotEqual(fresh[1], edited);
        File.WriteAllText(OutputOf(1), edited);
        File.SetLastWriteTimeUtc(OutputOf(1), old);

        var oneStale = Bindgen.Run(ConfigArgs(configs, "--check"));
        Assert.Equal(BindGenCommand.InputErrors, oneStale.ExitCode);
        var staleLines = Lines(oneStale.Stderr).Where(l => l.Contains("stale", StringComparison.Ordinal)).ToArray();
        Assert.Single(staleLines);
        Assert.Contains("Scalars.cs", staleLines[0]);
        Assert.Contains("edited by hand", oneStale.Stdout); // the diff

        // Nothing was written: not the stale file, not the fresh ones.
        Assert.Equal(edited, File.ReadAllText(OutputOf(1)));
        for (int i = 0; i < Targets.Length; i++) Assert.Equal(old, File.GetLastWriteTimeUtc(OutputOf(i)));
        Assert.Equal(fresh[0], File.ReadAllText(OutputOf(0)));
        Assert.Equal(fresh[2], File.ReadAllText(OutputOf(2)));
    }
}
