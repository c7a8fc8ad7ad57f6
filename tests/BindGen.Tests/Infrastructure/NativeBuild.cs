using System.Security.Cryptography;
using System.Text;

namespace BindGen.Tests.Infrastructure;

/// <summary>Builds C code with the system's <c>cc</c>: shared libraries for runtime tests and probe programs for ABI tests.</summary>
public static class NativeBuild
{
    private static readonly object gate = new();
    // One cache per test run: the key is the C text, and a probe or library also reads the headers it includes, which may
    // change between runs. Within a run the same text compiles once.
    private static readonly string CacheDirectory = Path.Combine(Path.GetTempPath(), "bindgen-tests", $"native-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>The C compiler: $CC, else cc.</summary>
    public static string Compiler => Environment.GetEnvironmentVariable("CC") is { Length: > 0 } cc ? cc : "cc";

    /// <summary>Builds <c>lib{name}.so</c> from C sources (cached by content) with <paramref name="compiler"/>, else <see cref="Compiler"/>; returns its full path.</summary>
    public static string SharedLibrary(string name, IEnumerable<string> cFiles, IEnumerable<string>? extraArgs = null, string? compiler = null)
    {
        var files = cFiles.Select(Path.GetFullPath).ToList();
        var args = extraArgs?.ToList() ?? [];
        var key = Hash(string.Join("\n", files.Select(f => f + "\n" + File.ReadAllText(f))) + string.Join(" ", args) + compiler);
        var output = Path.Combine(CacheDirectory, key, "lib" + name + ".so");
        lock (gate)
        {
            if (File.Exists(output)) return output;
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            var temp = output + ".tmp" + Environment.ProcessId;
            var result = ProcessRunner.Run(compiler ?? Compiler, ["-shared", "-fPIC", "-O1", "-Wall", "-o", temp, .. files, .. args]);
            Assert.True(result.ExitCode == 0, (compiler ?? Compiler) + " failed:\n" + result);
            File.Move(temp, output, overwrite: true);
            return output;
        }
    }

    /// <summary>Compiles a C program (with <paramref name="compiler"/>, else <see cref="Compiler"/>) and runs it; returns its standard output.</summary>
    public static string RunProgram(string cSource, IEnumerable<string>? extraArgs = null, string? compiler = null)
    {
        var key = Hash(cSource + string.Join(" ", extraArgs ?? []) + compiler);
        var dir = Path.Combine(CacheDirectory, key);
        Directory.CreateDirectory(dir);
        var source = Path.Combine(dir, "probe.c");
        var exe = Path.Combine(dir, "probe");
        lock (gate)
        {
            if (!File.Exists(exe))
            {
                File.WriteAllText(source, cSource);
                var temp = exe + ".tmp" + Environment.ProcessId;
                var build = ProcessRunner.Run(compiler ?? Compiler, ["-std=gnu11", "-w", "-o", temp, source, .. extraArgs ?? []]);
                Assert.True(build.ExitCode == 0, "cc failed on the probe:\n" + build + "\n" + cSource);
                File.Move(temp, exe, overwrite: true);
            }
        }
        var run = ProcessRunner.Run(exe, []);
        Assert.True(run.ExitCode == 0, "probe failed:\n" + run);
        return run.Stdout;
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20].ToLowerInvariant();
}
