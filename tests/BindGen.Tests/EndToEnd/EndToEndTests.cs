using System.Diagnostics;
using Xunit.Abstractions;

namespace BindGen.Tests.EndToEnd;

/// <summary>
/// Runs tests/e2e/run.sh and tests/e2e/newcomer.sh. run.sh packs the tool and the MSBuild package, installs and runs the tool, builds and runs
/// samples/ZlibSample through the package (incremental builds, --check, canonical errors). Takes about two minutes.
/// </summary>
public sealed class EndToEndTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "EndToEnd")]
    public void The_tool_the_MSBuild_package_and_the_check_work_as_users_run_them() => RunScript("run.sh");

    /// <summary>
    /// Runs tests/e2e/newcomer.sh: README.md's quick start, its commands and files taken from the README itself, in a
    /// fresh folder outside the repository (pack, tool manifest, bindings through a wrapper header, a console program
    /// with the MSBuild package, the CI check). Prints the time each way took.
    /// </summary>
    [Fact]
    [Trait("Category", "EndToEnd")]
    public void A_newcomer_following_the_README_literally_gets_working_bindings_each_way() => RunScript("newcomer.sh");

    private void RunScript(string name)
    {
        var root = FindRepositoryRoot();
        var script = Path.Combine(root, "tests", "e2e", name);
        Assert.True(File.Exists(script), $"missing {script}");

        // The script's output goes to a file, not a pipe: a build server started by dotnet could otherwise hold the
        // pipe open after the script ends and this test would wait for it.
        var log = Path.Combine(Path.GetTempPath(), $"bindgen-e2e-{Guid.NewGuid():N}.log");
        try
        {
            var start = new ProcessStartInfo("bash")
            {
                ArgumentList = { "-c", "\"$0\" > \"$1\" 2>&1", script, log },
                WorkingDirectory = root,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            bool exited = process.WaitForExit(TimeSpan.FromMinutes(15));
            if (!exited) process.Kill(entireProcessTree: true);
            var text = File.Exists(log) ? File.ReadAllText(log) : "(no output)";
            output.WriteLine(text);
            Assert.True(exited, $"tests/e2e/{name} did not finish within 15 minutes:\n" + text);
            Assert.True(process.ExitCode == 0, $"tests/e2e/{name} exited with {process.ExitCode}:\n{text}");
            Assert.Contains("RESULT: PASS", text);
        }
        finally
        {
            File.Delete(log);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BindGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"BindGen.sln not found above {AppContext.BaseDirectory}");
    }
}
