using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using BindGen.Cli;
using BindGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BindGen.Tests.Robustness;

/// <summary>
/// Mutated test headers through the whole pipeline, in-process. The only allowed outcomes: exit 0 with output that
/// compiles with zero warnings, or exit 1 with a clean diagnostic (no exception, no stack trace, no output).
/// CI runs a bounded round; BINDGEN_FUZZ_CASES, BINDGEN_FUZZ_SEED and BINDGEN_FUZZ_MINUTES run longer (docs/robustness.md).
/// Failing mutants are saved under /tmp/bindgen-tests/fuzz-failures/ to reproduce.
/// </summary>
public partial class FuzzTests(ITestOutputHelper output)
{
    private static int EnvInt(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var v) ? v : fallback;

    [Fact]
    public void Mutated_headers_either_compile_or_get_a_clean_diagnostic()
    {
        int cases = EnvInt("BINDGEN_FUZZ_CASES", 100);
        int seed = EnvInt("BINDGEN_FUZZ_SEED", 1);
        var budget = TimeSpan.FromMinutes(EnvInt("BINDGEN_FUZZ_MINUTES", 0));
        var corpus = Directory.EnumerateFiles(RepoPaths.TestHeaders, "*.h", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(p => (Path: p, Text: File.ReadAllText(p))).ToList();
        var work = RepoPaths.NewTempDirectory("fuzz");
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        int run = 0;
        for (int i = 0; budget > TimeSpan.Zero ? watch.Elapsed < budget : i < cases; i++, run++)
        {
            var random = new Random(unchecked(seed * 1_000_003 + i));
            var (path, text) = corpus[random.Next(corpus.Count)];
            var mutant = HeaderMutator.Mutate(text, random);
            var dir = Path.Combine(work, i.ToString());
            Directory.CreateDirectory(dir);
            var header = Path.Combine(dir, Path.GetFileName(path));
            File.WriteAllText(header, mutant, new UTF8Encoding(false));
            var problem = Check(header, out var outcome);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (problem is null)
            {
                Directory.Delete(dir, recursive: true);
                continue;
            }
            var saved = Path.Combine(Path.GetTempPath(), "bindgen-tests", "fuzz-failures", $"seed{seed}-case{i}-{Path.GetFileName(path)}");
            Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
            File.Copy(header, saved, overwrite: true);
            failures.Add($"case {i} (BINDGEN_FUZZ_SEED={seed}, mutant of {Path.GetRelativePath(RepoPaths.TestHeaders, path)}, saved as {saved}): {problem}");
        }
        output.WriteLine($"{run} cases, seed {seed}, {watch.Elapsed.TotalSeconds:F1} s: " + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {run} mutants broke the contract:\n" + string.Join("\n\n", failures));
    }

    /// <summary>Null when the outcome is allowed; otherwise what went wrong.</summary>
    private static string? Check(string header, out string outcome)
    {
        ProcessResult result;
        try
        {
            result = Bindgen.Run(header, "--namespace", "Fuzz", "--library", "fuzz", "--target", Bindgen.SnapshotTarget);
        }
        catch (Exception e)
        {
            outcome = "exception";
            return "exception escaped the CLI: " + e;
        }
        switch (result.ExitCode)
        {
            case BindGenCommand.Ok:
            {
                var (_, problems) = CSharpCompiler.Compile([("fuzz.cs", result.Stdout)]);
                if (!problems.IsEmpty)
                {
                    outcome = "generated-but-broken";
                    return "exit 0 but the output does not compile cleanly:\n" + string.Join("\n", problems.Take(10));
                }
                outcome = "compiled";
                return null;
            }
            case BindGenCommand.InputErrors:
                outcome = "diagnosed";
                if (!ErrorDiagnostic().IsMatch(result.Stderr)) return "exit 1 without an error diagnostic:\n" + result;
                if (result.Stderr.Contains("internal error", StringComparison.Ordinal) || result.Stderr.Contains("   at ", StringComparison.Ordinal))
                    return "exit 1 with an internal error:\n" + result;
                if (result.Stdout.Length > 0) return "exit 1 but output was printed:\n" + result;
                return null;
            default:
                outcome = $"exit-{result.ExitCode}";
                return $"exit code {result.ExitCode}:\n" + result;
        }
    }

    [GeneratedRegex(@"(^|\n)[^\n]*error BG\d{4}: ")]
    private static partial Regex ErrorDiagnostic();
}
