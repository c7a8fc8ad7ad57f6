using BindGen.Core.Parsing;

namespace BindGen.Tests.Infrastructure;

/// <summary>
/// The clang binary, for checks compiled for targets this machine is not (<c>clang -target TRIPLE -fsyntax-only</c>): no
/// linker and no foreign machine needed, only clang's own knowledge of each ABI. Found by probing <c>$BINDGEN_CLANG</c>,
/// <c>clang</c>, then <c>clang-NN</c> from newest to oldest (.ci/install-deps installs clang-14).
/// </summary>
public static class ClangCross
{
    /// <summary>The targets every cross check covers: the RIDs a NuGet package ships to, plus win-x86.</summary>
    public static readonly string[] Triples =
    [
        "x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-pc-windows-msvc", "i686-pc-windows-msvc",
    ];

    private static readonly Lazy<string> Binary = new(Find);

    /// <summary>The clang executable; fails the test when none is installed.</summary>
    public static string Path => Binary.Value;

    private static string Find()
    {
        var names = new List<string>();
        if (Environment.GetEnvironmentVariable("BINDGEN_CLANG") is { Length: > 0 } set) names.Add(set);
        names.Add("clang");
        for (int v = 22; v >= 11; v--) names.Add($"clang-{v}");
        foreach (var name in names)
        {
            try
            {
                if (ProcessRunner.Run(name, ["--version"]).ExitCode == 0) return name;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not installed under this name
            }
        }
        throw new InvalidOperationException("no clang binary found (tried " + string.Join(", ", names) + "); install clang-14 (.ci/install-deps)");
    }

    /// <summary>Compiles <paramref name="source"/> as C for <paramref name="triple"/> without code generation.</summary>
    public static ProcessResult SyntaxCheck(string triple, string source, params string[] arguments)
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-cross-");
        try
        {
            var file = System.IO.Path.Combine(dir.FullName, "probe.c");
            File.WriteAllText(file, source);
            // The OS BindGen parses a darwin triple for (macOS), so the probe checks what the bindings were made for.
            string[] os = AppleDeploymentTarget.VersionFlag(triple, arguments) is { } flag ? [flag] : [];
            return ProcessRunner.Run(Path, ["-target", triple, .. os, "-fsyntax-only", "-std=c11", "-ferror-limit=0", .. arguments, file]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
