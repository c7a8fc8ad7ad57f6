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
        foreach (var dir in options.IncludeDirectories) args.Add("-I" + options.Resolve(dir));
        foreach (var define in options.Defines) args.Add("-D" + define);
        args.AddRange(options.ClangArguments);
        return args;
    }
}
