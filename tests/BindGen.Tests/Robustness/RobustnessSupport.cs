using System.Text.RegularExpressions;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Robustness;

/// <summary>The real <c>bindgen</c> executable (bindgen.dll copied beside the tests), run as a separate process.</summary>
public static class RealBindgen
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "bindgen.dll");

    public static ProcessResult Run(IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null) =>
        ProcessRunner.Run("dotnet", [Dll, .. args], workingDirectory, TimeSpan.FromMinutes(2), environment);

    /// <summary>Runs as user 'nobody' through setpriv (for tests of file permissions when the tests run as root); null when setpriv is missing.</summary>
    public static ProcessResult? RunAsNobody(IEnumerable<string> args, string workingDirectory) =>
        File.Exists("/usr/bin/setpriv")
            ? ProcessRunner.Run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Dll, .. args], workingDirectory, TimeSpan.FromMinutes(2))
            : null;
}

/// <summary>Assertions shared by the robustness tests.</summary>
public static partial class Robust
{
    /// <summary>True when this process can read a file whose mode is 000 (root, or CAP_DAC_OVERRIDE).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static bool CanReadAnything()
    {
        var dir = RepoPaths.NewTempDirectory("perm-probe");
        var file = Path.Combine(dir, "probe");
        File.WriteAllText(file, "x");
        File.SetUnixFileMode(file, UnixFileMode.None);
        try
        {
            File.ReadAllBytes(file);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>No .NET stack trace and no exception type name: failures are reported as diagnostics.</summary>
    public static void NoStackTrace(ProcessResult result)
    {
        var all = result.Stdout + result.Stderr;
        Assert.False(StackFrame().IsMatch(all), "a stack trace leaked:\n" + result);
        Assert.DoesNotContain("internal error", all);
        Assert.DoesNotContain("Exception", all);
    }

    /// <summary>A gcc-style diagnostic of <paramref name="code"/> at <paramref name="file"/>:line:col.</summary>
    public static void HasLocatedDiagnostic(ProcessResult result, string code, string file, int line)
    {
        var pattern = new Regex($@"^{Regex.Escape(file)}:{line}:\d+: error {code}: .+$", RegexOptions.Multiline);
        Assert.True(pattern.IsMatch(result.Stderr), $"expected '{file}:{line}:COL: error {code}: ...' in:\n{result}");
    }

    [GeneratedRegex(@"^\s+at \S+.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}

/// <summary>The bytes and timestamps of every file in a folder, to prove a run changed nothing.</summary>
public sealed class FolderState
{
    private readonly string _dir;
    private readonly Dictionary<string, (byte[] Bytes, DateTime Written)> _files;

    private FolderState(string dir, Dictionary<string, (byte[] Bytes, DateTime Written)> files)
    {
        _dir = dir;
        _files = files;
    }

    /// <summary>Captures <paramref name="dir"/>. Timestamps are first set to a fixed past time so any rewrite shows even on coarse clocks.</summary>
    public static FolderState Capture(string dir)
    {
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(f, past);
        return new FolderState(dir, Read(dir));
    }

    private static Dictionary<string, (byte[] Bytes, DateTime Written)> Read(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);

    /// <summary>Same file names, same bytes, same timestamps: nothing created, changed, or left behind.</summary>
    public void AssertUnchanged()
    {
        var now = Read(_dir);
        Assert.Equal(_files.Keys.Order(StringComparer.Ordinal), now.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, (bytes, written)) in _files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(now[name].Bytes), $"{name} was changed");
            Assert.Equal(written, now[name].Written);
        }
    }
}
