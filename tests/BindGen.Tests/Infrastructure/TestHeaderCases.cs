using BindGen.Cli;

namespace BindGen.Tests.Infrastructure;

/// <summary>
/// One header of <c>test-headers/</c>. Its first line may carry the flags it is generated with:
/// <c>// bindgen: --namespace Records --library records</c>.
/// </summary>
public sealed record HeaderCase(string RelativePath)
{
    public string FullPath => Path.Combine(RepoPaths.TestHeaders, RelativePath);
    public string Area => Path.GetDirectoryName(RelativePath)!.Replace('\\', '/');
    public string Name => Path.GetFileNameWithoutExtension(RelativePath);
    public string SnapshotBase => Path.Combine(RepoPaths.Snapshots, Area, Name);
    /// <summary>The C file beside the header that implements it (runtime tests), if any.</summary>
    public string? CSource => File.Exists(Path.ChangeExtension(FullPath, ".c")) ? Path.ChangeExtension(FullPath, ".c") : null;

    public IReadOnlyList<string> Flags
    {
        get
        {
            var first = File.ReadLines(FullPath).FirstOrDefault() ?? "";
            const string marker = "// bindgen:";
            // Values starting with ./ are relative to the header's folder (e.g. a config file beside it).
            return first.StartsWith(marker, StringComparison.Ordinal)
                ? [.. first[marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.StartsWith("./", StringComparison.Ordinal) ? Path.Combine(Path.GetDirectoryName(FullPath)!, f[2..]) : f)]
                : [];
        }
    }

    public string Namespace => FlagValue("--namespace") ?? throw new InvalidOperationException(RelativePath + " has no --namespace flag");
    public string Library => FlagValue("--library") ?? Name;

    private string? FlagValue(string flag)
    {
        var flags = Flags;
        for (int i = 0; i + 1 < flags.Count; i++)
        {
            if (flags[i] == flag) return flags[i + 1];
        }
        return null;
    }

    public override string ToString() => RelativePath;
}

/// <summary>xunit data: every header under <c>test-headers/</c>.</summary>
public static class TestHeaderCases
{
    /// <summary>Headers whose snapshots depend on the host's libc (they are still compiled and ABI-checked).</summary>
    public static IEnumerable<HeaderCase> Enumerate() =>
        Directory.EnumerateFiles(RepoPaths.TestHeaders, "*.h", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepoPaths.TestHeaders, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("broken/", StringComparison.Ordinal) && !p.StartsWith("installed/", StringComparison.Ordinal) && !p.StartsWith("sysroots/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => new HeaderCase(p));

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var c in Enumerate()) data.Add(c.RelativePath);
        return data;
    }
}

/// <summary>Runs the bindgen command in-process, exactly as the CLI would.</summary>
public static class Bindgen
{
    /// <summary>The target snapshots are generated for, so they are the same on every machine of this architecture.</summary>
    public const string SnapshotTarget = "x86_64-unknown-linux-gnu";

    public static ProcessResult Run(params string[] args) => RunIn(null, args);

    /// <summary>
    /// Runs with relative paths relative to <paramref name="workingDirectory"/>, as a process started there would, without
    /// changing the test process's current directory (tests run in parallel).
    /// </summary>
    public static ProcessResult RunIn(string? workingDirectory, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = BindGenCommand.Run(args, stdout, stderr, workingDirectory: workingDirectory);
        return new ProcessResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Generates single-file bindings for a test header with its own flags (plus extra ones) and returns the C#.</summary>
    public static string Generate(HeaderCase header, params string[] extra)
    {
        var result = Run([header.FullPath, .. header.Flags, .. extra]);
        Assert.True(result.ExitCode == 0, $"bindgen failed on {header}:\n{result}");
        return result.Stdout;
    }
}
