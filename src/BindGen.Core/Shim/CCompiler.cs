using System.Diagnostics;

namespace BindGen.Core.Shim;

/// <summary>The system C compiler that builds the shim: <c>$CC</c> (a command, possibly with arguments), else cc, gcc, clang on PATH.</summary>
public sealed record CCompiler(string Program, IReadOnlyList<string> Arguments)
{
    /// <summary>The compiler to use, or null when none is installed.</summary>
    public static CCompiler? Find()
    {
        if (Environment.GetEnvironmentVariable("CC") is { Length: > 0 } cc)
        {
            var words = cc.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length > 0 && OnPath(words[0]) is { } program) return new CCompiler(program, words[1..]);
        }
        foreach (var name in new[] { "cc", "gcc", "clang" })
        {
            if (OnPath(name) is { } program) return new CCompiler(program, []);
        }
        return null;
    }

    /// <summary>What to install when <see cref="Find"/> finds nothing.</summary>
    public static string InstallHint =>
        OperatingSystem.IsWindows() ? "install clang (winget install LLVM.LLVM) or MinGW gcc and put it on PATH, or set CC"
        : OperatingSystem.IsMacOS() ? "install the Xcode command line tools (xcode-select --install), or set CC"
        : "install gcc (Debian/Ubuntu: apt-get install gcc; Fedora: dnf install gcc; Alpine: apk add gcc musl-dev), or set CC";

    /// <summary>Runs the compiler with <paramref name="arguments"/> after its own; returns the exit code and the merged output.</summary>
    public (int ExitCode, string Output) Run(IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in Arguments.Concat(arguments)) start.ArgumentList.Add(a);
        // Plain ASCII quotes and English messages: the output is parsed.
        start.Environment["LC_ALL"] = "C";
        start.Environment["LANG"] = "C";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    private static string? OnPath(string name)
    {
        if (Path.IsPathRooted(name)) return File.Exists(name) ? name : null;
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : [name])
            {
                var path = Path.Combine(folder, candidate);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }
}
