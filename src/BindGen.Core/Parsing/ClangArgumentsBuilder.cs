using BindGen.Clang;

namespace BindGen.Core.Parsing;

/// <summary>The clang command line for a run: language, the loaded libclang's own resource dir, target, -I, -D, extras.</summary>
internal static class ClangArgumentsBuilder
{
    public static List<string> Build(GeneratorOptions options, LibClangInfo libclang)
    {
        var args = new List<string>();
        if (!options.ClangArguments.Any(a => a == "-x" || a.StartsWith("-x", StringComparison.Ordinal) && a.Length > 2 && !a.StartsWith("-xc", StringComparison.Ordinal) || a.StartsWith("--language", StringComparison.Ordinal)))
        {
            args.Add("-xc");
        }
        // A header parsed as the main file: '#pragma once in main file' is expected, not a problem.
        args.Add("-Wno-pragma-once-outside-header");
        bool userResourceDir = options.ClangArguments.Any(a => a.StartsWith("-resource-dir", StringComparison.Ordinal));
        if (libclang.ResourceDirectory is { } resource && !userResourceDir)
        {
            args.Add("-resource-dir");
            args.Add(resource);
        }
        if (!string.IsNullOrEmpty(options.TargetTriple)) args.Add("--target=" + options.TargetTriple);
        if (AppleDeploymentTarget.VersionFlag(options.TargetTriple, options.ClangArguments) is { } macOs) args.Add(macOs);
        if (Sysroot(options) is { } sysroot)
        {
            var dir = options.Resolve(sysroot);
            args.Add("--sysroot=" + dir);
            // clang's MSVC driver (chosen by the triple's environment) ignores --sysroot: its headers are given as system folders.
            if (options.TargetTriple is { } t && (t.EndsWith("-windows-msvc", StringComparison.Ordinal) || t.EndsWith("-windows", StringComparison.Ordinal)))
            {
                args.Add("-isystem");
                args.Add(Directory.Exists(Path.Combine(dir, "include")) ? Path.Combine(dir, "include") : dir);
            }
        }
        foreach (var dir in options.IncludeDirectories) args.Add("-I" + options.Resolve(dir));
        foreach (var define in options.Defines) args.Add("-D" + define);
        args.AddRange(options.ClangArguments);
        return args;
    }

    /// <summary>The sysroot for the run's target: its own <c>TRIPLE=DIR</c> entry, else a plain <c>DIR</c> entry, else none.</summary>
    public static string? Sysroot(GeneratorOptions options)
    {
        string? plain = null;
        foreach (var entry in options.Sysroots)
        {
            if (SplitSysroot(entry) is ({ } triple, var dir))
            {
                if (string.Equals(triple, options.TargetTriple, StringComparison.Ordinal)) return dir;
            }
            else plain ??= entry;
        }
        return plain;
    }

    /// <summary><c>TRIPLE=DIR</c> → (TRIPLE, DIR); a plain folder → (null, DIR). A triple has dashes and no path separator.</summary>
    public static (string? Triple, string Dir) SplitSysroot(string entry)
    {
        int eq = entry.IndexOf('=');
        if (eq > 0 && entry[..eq] is var left && left.Contains('-') && !left.Contains('/') && !left.Contains('\\')) return (left, entry[(eq + 1)..]);
        return (null, entry);
    }

    /// <summary>
    /// The arguments that choose the target and nothing else (<see cref="TargetProbe"/>): <paramref name="arguments"/> without
    /// macros, include folders and forced includes, which describe the user's code, not the ABI (<c>-Dlong=int</c> must not
    /// change the size of <c>long</c> the bindings are laid out with).
    /// </summary>
    public static List<string> TargetOnly(IReadOnlyList<string> arguments)
    {
        string[] withValue = ["-D", "-U", "-I", "-include", "-imacros", "-isystem", "-iquote", "-idirafter"];
        var kept = new List<string>();
        for (int i = 0; i < arguments.Count; i++)
        {
            var a = arguments[i];
            if (withValue.Contains(a)) { i++; continue; }
            if (a.StartsWith("-D", StringComparison.Ordinal) || a.StartsWith("-U", StringComparison.Ordinal) || a.StartsWith("-I", StringComparison.Ordinal)
                || a.StartsWith("-include", StringComparison.Ordinal) || a.StartsWith("-imacros", StringComparison.Ordinal)) continue;
            kept.Add(a);
        }
        return kept;
    }
}
