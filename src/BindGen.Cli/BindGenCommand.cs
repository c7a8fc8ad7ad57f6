using System.Collections.Immutable;
using System.CommandLine;
using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Emit;

namespace BindGen.Cli;

/// <summary>The <c>bindgen</c> command line: options map onto one <see cref="GeneratorOptions"/>.</summary>
public static class BindGenCommand
{
    /// <summary>Exit code: success.</summary>
    public const int Ok = 0;
    /// <summary>Exit code: errors in the input (or stale output with --check).</summary>
    public const int InputErrors = 1;
    /// <summary>Exit code: bad usage (unknown option, missing argument).</summary>
    public const int BadUsage = 2;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var headers = new Argument<string[]>("headers") { Arity = ArgumentArity.OneOrMore, Description = "C headers to bind (the library's public headers)" };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (one .cs file), or a folder ending in '/' (one file per kind). Default: standard output" };
        var ns = new Option<string?>("--namespace", "-n") { Description = "Namespace of the generated code (default: derived from the first header's name)" };
        var library = new Option<string?>("--library", "-l") { Description = "Native library name used by DllImport, e.g. 'z' (default: the first header's name)" };
        var className = new Option<string>("--class") { Description = "Static class holding functions and constants", DefaultValueFactory = _ => "Native" };
        var include = new Option<string[]>("--include-directory", "-I") { Description = "Add a directory to the include search path", AllowMultipleArgumentsPerToken = false };
        var define = new Option<string[]>("--define", "-D") { Description = "Define a macro: NAME or NAME=VALUE" };
        var clangArg = new Option<string[]>("--clang-arg") { Description = "Pass an argument to clang as it is (repeat for several)" };
        var templates = new Option<string?>("--templates") { Description = "Folder of .scriban templates overriding the built-in ones of the same name" };
        var traverse = new Option<string[]>("--traverse") { Description = "Emit declarations of exactly these files or folders (replaces the default: the input headers and the library headers beside them)" };
        var target = new Option<string?>("--target") { Description = "Target triple to parse for (default: the host's)" };
        var libraryImport = new Option<bool>("--library-import") { Description = "Emit [LibraryImport] partial methods instead of [DllImport] extern methods" };
        var suppressGc = new Option<string[]>("--suppress-gc-transition") { Description = "Mark these C functions [SuppressGCTransition] (repeat, or separate names with commas). Only for trivial functions that never block, call back into .NET or take locks: see docs/performance.md" };
        var check = new Option<bool>("--check") { Description = "Write nothing: exit 1 with a unified diff when the files on disk differ from what would be generated" };
        var force = new Option<bool>("--force") { Description = "Overwrite an output file even if BindGen did not generate it" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print informational diagnostics (skipped macros and functions)" };
        var format = new Option<string>("--diagnostic-format") { Description = "gcc (file:line:col: error BG0001: ...) or msbuild (file(line,col): error BG0001: ...)", DefaultValueFactory = _ => "gcc" };
        format.AcceptOnlyFromAmong("gcc", "msbuild");

        var root = new RootCommand("BindGen: C headers in, blittable C# P/Invoke bindings out.")
        {
            headers, output, ns, library, className, include, define, clangArg, templates, traverse, target, libraryImport, suppressGc, check, force, verbose, format,
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"bindgen: error: {error.Message}");
            stderr.WriteLine("Run 'bindgen --help' for usage.");
            return BadUsage;
        }
        if (parse.Action is not null && parse.CommandResult.Command == root && (args.Contains("--help") || args.Contains("-h") || args.Contains("-?") || args.Contains("--version")))
        {
            parse.InvocationConfiguration.Output = stdout;
            return parse.Invoke();
        }

        var headerList = parse.GetValue(headers) ?? [];
        // The headers argument takes any token, so an unknown option would arrive as a header name. A header whose
        // name starts with '-' can still be given after '--'.
        int separator = Array.IndexOf(args, "--");
        var unknown = args.Take(separator < 0 ? args.Length : separator).Where(a => a.Length > 1 && a[0] == '-' && headerList.Contains(a)).ToList();
        if (unknown.Count > 0)
        {
            foreach (var u in unknown) stderr.WriteLine($"bindgen: error: unknown option '{u}'");
            stderr.WriteLine("Run 'bindgen --help' for usage.");
            return BadUsage;
        }
        var stem = Path.GetFileNameWithoutExtension(headerList.FirstOrDefault() ?? "bindings");
        var outputPath = parse.GetValue(output);
        bool split = outputPath is not null && (outputPath.EndsWith('/') || outputPath.EndsWith('\\') || Directory.Exists(outputPath));
        var options = new GeneratorOptions
        {
            Headers = [.. headerList],
            Namespace = parse.GetValue(ns) ?? DefaultNamespace(stem),
            LibraryName = parse.GetValue(library) ?? stem,
            ClassName = parse.GetValue(className) ?? "Native",
            IncludeDirectories = [.. parse.GetValue(include) ?? []],
            Defines = [.. parse.GetValue(define) ?? []],
            ClangArguments = [.. parse.GetValue(clangArg) ?? []],
            TemplatesDirectory = parse.GetValue(templates),
            Traverse = [.. parse.GetValue(traverse) ?? []],
            TargetTriple = parse.GetValue(target),
            ImportStyle = parse.GetValue(libraryImport) ? ImportStyle.LibraryImport : ImportStyle.DllImport,
            SplitFiles = split,
            SuppressGCTransition = [.. (parse.GetValue(suppressGc) ?? []).SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
        bool msbuild = parse.GetValue(format) == "msbuild";
        bool isVerbose = parse.GetValue(verbose);

        GenerationResult result;
        try
        {
            result = Generator.Generate(options, split ? null : Path.GetFileName(outputPath ?? stem + ".cs"));
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("BINDGEN_DEBUG") is null)
        {
            stderr.WriteLine($"bindgen: internal error: {e.GetType().Name}: {e.Message} (set BINDGEN_DEBUG=1 for the stack trace; please report this)");
            return InputErrors;
        }

        var diagnostics = new DiagnosticBag();
        foreach (var d in result.Diagnostics) diagnostics.Add(d);
        if (result.Success && result.Files.Length > 0)
        {
            if (parse.GetValue(check))
            {
                if (outputPath is null)
                {
                    stderr.WriteLine("bindgen: error: --check needs --output");
                    return BadUsage;
                }
                var stale = OutputWriter.Check(result.Files, outputPath, split);
                Print(diagnostics.ToList(), stderr, msbuild, isVerbose);
                foreach (var (path, diff) in stale)
                {
                    stderr.WriteLine(Format(new Diagnostic(DiagnosticCodes.StaleOutput.Code, DiagnosticSeverity.Error, null, $"'{path}' is stale: regenerate it with bindgen"), msbuild));
                    stdout.Write(diff);
                }
                return stale.Count == 0 ? Ok : InputErrors;
            }
            if (outputPath is null)
            {
                foreach (var file in result.Files) stdout.Write(file.Content);
            }
            else
            {
                OutputWriter.Write(result.Files, outputPath, split, parse.GetValue(force), diagnostics);
            }
        }
        Print(diagnostics.ToList(), stderr, msbuild, isVerbose);
        return diagnostics.HasErrors ? InputErrors : Ok;
    }

    private static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr, bool msbuild, bool verbose)
    {
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Info && !verbose) continue;
            stderr.WriteLine(Format(d, msbuild));
        }
    }

    private static string Format(Diagnostic d, bool msbuild) => msbuild ? d.FormatMSBuild() : d.Format();

    private static string DefaultNamespace(string stem)
    {
        var parts = stem.Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return name.Length == 0 || !char.IsLetter(name[0]) ? "Bindings" : name;
    }
}
