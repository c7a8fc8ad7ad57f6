using System.Collections.Immutable;
using System.CommandLine;
using BindGen.Cli.Config;
using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Emit;
using BindGen.Core.Mapping;

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
    /// <summary>Exit code: a bug in BindGen (an unexpected exception); <c>--debug</c> or <c>BINDGEN_DEBUG=1</c> prints its stack trace.</summary>
    public const int InternalError = 3;

    /// <summary>Runs the command; returns the exit code. <paramref name="writeGuard"/>, when given, lets a signal handler stop writes (see Program.cs).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="writeGuard">Lets a signal handler stop writes.</param>
    /// <param name="workingDirectory">The folder relative paths are relative to (default: the process's current directory);
    /// lets an in-process caller run from another folder without changing the process-wide current directory.</param>
    /// <param name="summarize">Print one line saying what was written (a person at a terminal reads standard error; builds and
    /// scripts, whose standard error is redirected, get silence on success).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, WriteGuard? writeGuard = null, string? workingDirectory = null, bool summarize = false)
    {
        // Relative paths the command itself opens; paths given to the generator are resolved by GeneratorOptions.WorkingDirectory.
        string At(string path) => workingDirectory is null ? path : Path.GetFullPath(path, workingDirectory);
        var headers = new Argument<string[]>("headers") { Arity = ArgumentArity.ZeroOrMore, Description = "C headers to bind (the library's public headers); may come from --config instead" };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (one .cs file), or a folder ending in '/' (one file per kind). Default: standard output" };
        var ns = new Option<string?>("--namespace", "-n") { Description = "Namespace of the generated code (default: derived from the first header's name)" };
        var library = new Option<string?>("--library", "-l") { Description = "Native library name used by DllImport, e.g. 'z' (default: the first header's name)" };
        var className = new Option<string>("--class") { Description = "Static class holding functions and constants", DefaultValueFactory = _ => "Native" };
        var include = new Option<string[]>("--include-directory", "-I") { Description = "Add a directory to the include search path", AllowMultipleArgumentsPerToken = false };
        var define = new Option<string[]>("--define", "-D") { Description = "Define a macro: NAME or NAME=VALUE" };
        var clangArg = new Option<string[]>("--clang-arg") { Description = "Pass an argument to clang as it is (repeat for several)" };
        var templates = new Option<string?>("--templates") { Description = "Folder of .scriban templates overriding the built-in ones of the same name" };
        var traverse = new Option<string[]>("--traverse") { Description = "Emit declarations of exactly these files or folders (replaces the default rule: docs/usage.md#which-headers-are-the-library; --explain-headers shows it)" };
        var target = new Option<string[]>("--target") { Description = "Target triple to parse for (default: the host's). Repeat for several: one common API plus per-target variant files and a difference report, in the --output folder (docs/portability.md)" };
        var sysroot = new Option<string[]>("--sysroot") { Description = "Folder of a target's C library headers, passed to clang: DIR for every target, or TRIPLE=DIR for one (repeat)" };
        var libraryImport = new Option<bool>("--library-import") { Description = "Emit [LibraryImport] partial methods instead of [DllImport] extern methods" };
        var loading = new Option<string?>("--loading") { Description = "static (default: DllImport or LibraryImport), dynamic (an instance class holding a function-pointer table filled by a loader, each function resolved at its first call) or dynamic-eager (all resolved when the instance is created): docs/dynamic-loading.md" };
        loading.AcceptOnlyFromAmong("static", "dynamic", "dynamic-eager");
        var suppressGc = new Option<string[]>("--suppress-gc-transition") { Description = "Mark these C functions [SuppressGCTransition] (repeat, or separate names with commas). Only for trivial functions that never block, call back into .NET or take locks: see docs/performance.md" };
        var check = new Option<bool>("--check") { Description = "Write nothing: exit 1 with a unified diff when the files on disk differ from what would be generated" };
        var force = new Option<bool>("--force") { Description = "Overwrite an output file even if BindGen did not generate it" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print informational diagnostics (skipped macros and functions)" };
        var safeWrappers = new Option<bool>("--safe-wrappers") { Description = "Also emit the safe layer: string, SafeHandle, out, Span, exception and delegate overloads in a 'Safe' class (docs/safe-wrappers.md)" };
        var safeConfig = new Option<string?>("--safe-config") { Description = "JSON file overriding the safe layer's naming conventions (implies --safe-wrappers)" };
        var depsFile = new Option<string?>("--deps-file") { Description = "Write every header the run read to this file, one absolute path per line, sorted (for incremental builds)" };
        var debug = new Option<bool>("--debug") { Description = "Print the stack trace of internal errors (same as BINDGEN_DEBUG=1)" };
        var format = new Option<string>("--diagnostic-format") { Description = "gcc (file:line:col: error BG0001: ...) or msbuild (file(line,col): error BG0001: ...)", DefaultValueFactory = _ => "gcc" };
        format.AcceptOnlyFromAmong("gcc", "msbuild");
        var includeNames = new Option<string[]>("--include") { Description = "Emit only declarations whose name matches (glob with * and ?, or /regex/; repeat for several), plus the types they need" };
        var excludeNames = new Option<string[]>("--exclude") { Description = "Do not emit declarations whose name matches (glob or /regex/; repeat for several)" };
        var stripPrefix = new Option<string[]>("--strip-prefix") { Description = "Remove this prefix from C# names of types, enum members, functions, variables and constants (repeat for several; the longest match wins)" };
        var rename = new Option<string[]>("--rename") { Description = "Give the declaration C calls OLD the C# name NEW: OLD=NEW (repeat for several; wins over --strip-prefix)" };
        var libraryName = new Option<string[]>("--library-name") { Description = "Per-platform file name of the library, PLATFORM=FILE (linux, osx, windows, freebsd, android, ios; repeat): e.g. linux=libz.so.1 osx=libz.1.dylib windows=zlib1.dll" };
        var stats = new Option<bool>("--stats") { Description = "Print how many declarations of each kind were found, filtered out, skipped (with reasons) and emitted" };
        var explainHeaders = new Option<bool>("--explain-headers") { Description = "Print every header read: whether it counts as the library's, and by which rule (docs/usage.md#which-headers-are-the-library)" };
        var shim = new Option<string?>("--shim") { Description = "Write FILE.c, a C shim of exported wrappers of what the library has no symbol for (static and static inline functions, function-like macros, variadic instantiations), and import those from the shim library (docs/calling-non-symbols.md)" };
        var wrapStatic = new Option<string?>("--wrap-static-inline") { Description = "Alias of --shim" };
        var layoutTests = new Option<string?>("--layout-tests") { Description = "Write FILE.cs, a static class of layout assertions (each record's size, alignment and member offsets as C lays them out for the target) with Verify() running them all, to call from tests on every platform (docs/abi.md)" };
        var buildShim = new Option<bool>("--build-shim") { Description = "Compile the --shim file with the system C compiler ($CC, else cc, gcc, clang) into lib<library>_shim.so (.dylib, .dll) beside the output, linked against the library" };
        var shimCcArg = new Option<string[]>("--shim-cc-arg") { Description = "Pass an argument to the C compiler building the shim, after BindGen's own (repeat), e.g. -L/opt/lib" };
        var macroFunction = new Option<string[]>("--macro-function") { Description = "Bind a function-like macro through the shim with this signature: 'NAME=RET (TYPE a, TYPE b)' (repeat)" };
        var variadic = new Option<string[]>("--variadic") { Description = "Bind a fixed-arity instantiation of a variadic function through the shim: 'NAME=TYPE, TYPE' (the C types after the fixed parameters; repeat for several overloads)" };
        var setLastError = new Option<string[]>("--set-last-error") { Description = "Import these C functions (name, glob or /regex/; repeat or separate with commas) with SetLastError = true, so Marshal.GetLastPInvokeError() returns their errno" };
        var pascalCase = new Option<bool>("--pascal-case") { Description = "PascalCase C# names for types, functions and enum members (z_stream -> ZStream)" };
        var includeFiles = new Option<string[]>("--include-file") { Description = "Emit only the declarations of the headers whose full path matches, counting them as the library's even when the default rule does not (glob, e.g. '*/mylib/core.h', or /regex/; repeat)" };
        var excludeFiles = new Option<string[]>("--exclude-file") { Description = "Do not emit the declarations of the library headers whose full path matches (glob or /regex/; repeat)" };
        var configFile = new Option<string[]>("--config") { Description = "Read options from a bindgen.json file (see docs/config.md); options on the command line override it. Repeat for several independent targets: they are generated in parallel" };
        var opaqueNames = new Option<string[]>("--opaque") { Description = "Emit these records as opaque structs, used through pointers only (name, glob or /regex/)" };

        var root = new RootCommand("BindGen: C headers in, blittable C# P/Invoke bindings out.")
        {
            headers, output, ns, library, className, include, define, clangArg, templates, traverse, target, libraryImport, loading, safeWrappers, safeConfig, check, force, verbose, debug, format, depsFile, suppressGc,
        };
        root.Options.Add(includeNames);
        root.Options.Add(excludeNames);
        root.Options.Add(opaqueNames);
        root.Options.Add(stripPrefix);
        root.Options.Add(rename);
        root.Options.Add(libraryName);
        root.Options.Add(stats);
        root.Options.Add(explainHeaders);
        root.Options.Add(configFile);
        root.Options.Add(shim);
        root.Options.Add(wrapStatic);
        root.Options.Add(layoutTests);
        root.Options.Add(buildShim);
        root.Options.Add(shimCcArg);
        root.Options.Add(macroFunction);
        root.Options.Add(variadic);
        root.Options.Add(setLastError);
        root.Options.Add(pascalCase);
        root.Options.Add(includeFiles);
        root.Options.Add(excludeFiles);
        root.Options.Add(sysroot);

        var optionNames = root.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        args = HostResponseFile.Split(args, optionNames);
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

        var configPaths = parse.GetValue(configFile) ?? [];
        var configs = new List<BindGenConfig>();
        foreach (var configPath in configPaths)
        {
            try
            {
                configs.Add(BindGenConfig.Load(At(configPath)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                stderr.WriteLine($"bindgen: error: config file '{configPath}': {e.Message}");
                return BadUsage;
            }
        }
        // A value given on the command line wins; else the config file's; else the option's default.
        bool Given(Option option) => parse.GetResult(option) is { Implicit: false };
        bool isDebug = parse.GetValue(debug) || Environment.GetEnvironmentVariable("BINDGEN_DEBUG") is { Length: > 0 } and not "0";
        var depsPath = parse.GetValue(depsFile);
        bool isCheck = parse.GetValue(check);
        if (configs.Count <= 1)
        {
            var dependencies = new List<string>();
            int code = RunTarget(configs.FirstOrDefault(), stdout, stderr, dependencies);
            if (depsPath is not null && !isCheck && dependencies.Count > 0 && !WriteDependencies(dependencies)) code = Math.Max(code, InputErrors);
            return code;
        }

        // Several targets: independent runs, in parallel. Each one's output is held back and printed whole, in the order
        // of the --config options, so the result does not depend on which target finished first.
        if (parse.GetResult(headers) is { Tokens.Count: > 0 } || Given(output))
        {
            stderr.WriteLine("bindgen: error: with several --config files, headers and --output come from each file, not from the command line");
            return BadUsage;
        }
        // Two targets writing the same file would race; say so instead of letting one silently win.
        if (OutputClash(configs, configPaths) is { } clash)
        {
            stderr.WriteLine($"bindgen: error: {clash}");
            return BadUsage;
        }
        var runs = new (int Code, StringWriter Out, StringWriter Err, List<string> Dependencies)[configs.Count];
        Parallel.For(0, configs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (o, e, d) = (new StringWriter(), new StringWriter(), new List<string>());
            runs[i] = (RunTarget(configs[i], o, e, d), o, e, d);
        });
        foreach (var run in runs)
        {
            stdout.Write(run.Out.ToString());
            stderr.Write(run.Err.ToString());
        }
        int worst = runs.Max(r => r.Code);
        if (depsPath is not null && !isCheck && runs.Any(r => r.Dependencies.Count > 0) && !WriteDependencies(runs.SelectMany(r => r.Dependencies))) worst = Math.Max(worst, InputErrors);
        return worst;

        // The union of the targets' headers; false (and an error printed) when it could not be written.
        bool WriteDependencies(IEnumerable<string> dependencies)
        {
            var bag = new DiagnosticBag();
            DependencyFile.Write(At(depsPath!), dependencies, bag);
            var fmt = Given(format) ? parse.GetValue(format) : configs.FirstOrDefault()?.DiagnosticFormat ?? parse.GetValue(format);
            Print(bag.ToList(), stderr, msbuild: fmt == "msbuild", verbose: false);
            return !bag.HasErrors;
        }

        // One target: the command-line options over one config file (or none). Prints to the given writers.
        int RunTarget(BindGenConfig? config, TextWriter stdout, TextWriter stderr, List<string> dependencies)
        {
            T Pick<T>(Option<T> option, T? fromConfig) => !Given(option) && fromConfig is not null ? fromConfig : parse.GetValue(option)!;
            string[] List(Option<string[]> option, IEnumerable<string>? fromConfig) => Given(option) ? parse.GetValue(option) ?? [] : fromConfig?.ToArray() ?? [];
            bool Flag(Option<bool> option, bool? fromConfig) => Given(option) ? parse.GetValue(option) : fromConfig ?? false;

            var headerList = parse.GetResult(headers) is { Tokens.Count: > 0 } ? parse.GetValue(headers) ?? [] : config?.Headers ?? [];
            // System.CommandLine takes an unknown '--option' for a header; a header path starting with '-' must exist to count as one.
            var unknown = headerList.Where(h => h.Length > 1 && h[0] == '-' && !File.Exists(At(h))).ToList();
            if (unknown.Count > 0)
            {
                foreach (var u in unknown) stderr.WriteLine($"bindgen: error: unrecognized option '{u}'");
                stderr.WriteLine("Run 'bindgen --help' for usage.");
                return BadUsage;
            }
            if (headerList.Length == 0)
            {
                stderr.WriteLine("bindgen: error: no header given: pass one or more headers, or a --config file that lists them");
                stderr.WriteLine("Run 'bindgen --help' for usage.");
                return BadUsage;
            }
            var diagnosticFormat = Pick(format, config?.DiagnosticFormat);
            if (diagnosticFormat is not ("gcc" or "msbuild"))
            {
                stderr.WriteLine($"bindgen: error: diagnosticFormat '{diagnosticFormat}' must be gcc or msbuild");
                return BadUsage;
            }
            if (Pick(loading, config?.Loading) is { } loadingMode && loadingMode is not ("static" or "dynamic" or "dynamic-eager"))
            {
                stderr.WriteLine($"bindgen: error: loading '{loadingMode}' must be static, dynamic or dynamic-eager");
                return BadUsage;
            }
            try
            {
                return Execute();
            }
            catch (Exception e)
            {
                stderr.WriteLine($"bindgen: internal error: {e.GetType().Name}: {e.Message} (please report this; {(isDebug ? "stack trace follows" : "run with --debug for the stack trace")})");
                if (isDebug) stderr.WriteLine(e.ToString());
                return InternalError;
            }

            int Execute()
            {
                var stem = Path.GetFileNameWithoutExtension(headerList.FirstOrDefault() ?? "bindings");
                var outputPath = Pick(output, config?.Output) is { } o ? At(o) : null;
                bool split = outputPath is not null && (outputPath.EndsWith('/') || outputPath.EndsWith('\\') || Directory.Exists(outputPath));
                var targetList = List(target, config?.Targets ?? (config?.Target is { } one ? [one] : null));
                var options = new GeneratorOptions
                {
                    Headers = [.. headerList],
                    Namespace = Pick(ns, config?.Namespace) ?? DefaultNamespace(stem),
                    LibraryName = Pick(library, config?.Library) ?? stem,
                    ClassName = Pick(className, config?.Class) ?? "Native",
                    IncludeDirectories = [.. List(include, config?.IncludeDirectories)],
                    Defines = [.. List(define, config?.Defines)],
                    ClangArguments = [.. List(clangArg, config?.ClangArgs)],
                    TemplatesDirectory = Pick(templates, config?.Templates),
                    Traverse = [.. List(traverse, config?.Traverse)],
                    TargetTriple = targetList.Length == 1 ? targetList[0] : null,
                    Targets = targetList.Length > 1 ? [.. targetList] : [],
                    Sysroots = [.. List(sysroot, config?.Sysroots)],
                    ImportStyle = Flag(libraryImport, config?.LibraryImport) ? ImportStyle.LibraryImport : ImportStyle.DllImport,
                    Loading = Pick(loading, config?.Loading) switch { "dynamic" => Loading.Dynamic, "dynamic-eager" => Loading.DynamicEager, _ => Loading.Static },
                    SplitFiles = split,
                    SafeWrappers = Flag(safeWrappers, config?.SafeWrappers) || Pick(safeConfig, config?.SafeConfig) is not null,
                    SafeConfigPath = Pick(safeConfig, config?.SafeConfig),
                    SuppressGCTransition = [.. List(suppressGc, config?.SuppressGcTransition).SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                    Include = [.. List(includeNames, config?.Include)],
                    Exclude = [.. List(excludeNames, config?.Exclude)],
                    Opaque = [.. List(opaqueNames, config?.Opaque)],
                    StripPrefixes = [.. List(stripPrefix, config?.StripPrefix)],
                    Renames = [.. List(rename, config?.Rename?.Select(r => $"{r.Key}={r.Value}"))],
                    PascalCase = Flag(pascalCase, config?.PascalCase),
                    IncludeFiles = [.. List(includeFiles, config?.IncludeFiles)],
                    ExcludeFiles = [.. List(excludeFiles, config?.ExcludeFiles)],
                    Shim = Given(shim) ? parse.GetValue(shim) : Given(wrapStatic) ? parse.GetValue(wrapStatic) : config?.Shim ?? config?.WrapStaticInline,
                    BuildShim = Flag(buildShim, config?.BuildShim),
                    LayoutTests = Given(layoutTests) ? parse.GetValue(layoutTests) : config?.LayoutTests,
                    ShimCompilerArguments = [.. List(shimCcArg, config?.ShimCcArgs)],
                    MacroFunctions = [.. List(macroFunction, config?.MacroFunctions?.Select(p => $"{p.Key}={p.Value}"))],
                    Variadic = [.. List(variadic, config?.Variadic?.SelectMany(p => p.Value.Select(v => $"{p.Key}={v}")))],
                    SetLastError = [.. List(setLastError, config?.SetLastError)],
                    LibraryFileNames = [.. List(libraryName, config?.LibraryNames?.SelectMany(p => p.Value.Select(f => $"{p.Key}={f}")))],
                    WorkingDirectory = workingDirectory,
                    // Messages name options as this command line spells them.
                    OptionNames = OptionNames.CommandLine,
                };
                // A name C# cannot declare is a usage error, whichever face passed it (MSBuild metadata arrives as --namespace/--class).
                var nameProblems = new[]
                {
                    (Given(ns) || config?.Namespace is null ? "--namespace" : "namespace", options.Namespace, NameOptionCheck.NamespaceProblem(options.Namespace), "namespace"),
                    (Given(className) || config?.Class is null ? "--class" : "class", options.ClassName, NameOptionCheck.ClassProblem(options.ClassName), "class name"),
                };
                foreach (var (option, value, problem, what) in nameProblems)
                {
                    if (problem is null) continue;
                    var where = option.StartsWith('-') ? option : $"'{option}' in the config file";
                    stderr.WriteLine($"bindgen: error: {where} '{value}' is not a valid C# {what}: {problem}");
                    stderr.WriteLine("Run 'bindgen --help' for usage.");
                    return BadUsage;
                }
                bool msbuild = diagnosticFormat == "msbuild";
                bool isVerbose = Flag(verbose, config?.Verbose);
                bool showStats = Flag(stats, config?.Stats);
                bool showHeaders = Flag(explainHeaders, config?.ExplainHeaders);
                bool isForced = Flag(force, config?.Force);

                var result = Generator.Generate(options, split ? null : Path.GetFileName(outputPath ?? stem + ".cs"));
                // --check builds the shim (to know which wrappers compile) but writes nothing.
                if (result.ShimLibrary is { } builtShim && (!result.Success || parse.GetValue(check)))
                    BindGen.Core.Shim.ShimBuilder.DeleteFolder(Path.GetDirectoryName(builtShim.TemporaryPath)!);

                var diagnostics = new DiagnosticBag();
                foreach (var d in result.Diagnostics) diagnostics.Add(d);
                dependencies.AddRange(result.Dependencies);
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
                        // --check covers the shim C file too.
                        if (result.WrapperFile is { } shimSource) stale.AddRange(OutputWriter.Check([shimSource], shimSource.RelativePath, split: false));
                        // And the layout tests file.
                        if (result.LayoutTestsFile is { } layoutFile) stale.AddRange(OutputWriter.Check([layoutFile], layoutFile.RelativePath, split: false));
                        Print(diagnostics.ToList(), stderr, msbuild, isVerbose);
                        foreach (var (path, diff, leftover) in stale)
                        {
                            var message = leftover
                                ? $"'{path}' was generated by an earlier run and is no longer generated: rerun bindgen to delete it"
                                : $"'{path}' is stale: regenerate it with bindgen";
                            stderr.WriteLine(Format(new Diagnostic(DiagnosticCodes.StaleOutput.Code, DiagnosticSeverity.Error, null, message), msbuild));
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
                        var written = OutputWriter.Write(result.Files, outputPath, split, isForced, diagnostics, writeGuard, OptionNames.CommandLine);
                        if (summarize && !diagnostics.HasErrors) stderr.WriteLine(RunSummary.Of(outputPath, split, result.Files.Length, written.Count(w => Path.GetFileName(w) != OutputWriter.ManifestName), result.Coverage));
                    }
                }
                if (result.Success && result.WrapperFile is { } wrapperFile && !parse.GetValue(check))
                    OutputWriter.Write([wrapperFile], wrapperFile.RelativePath, split: false, isForced, diagnostics, writeGuard, OptionNames.CommandLine);
                if (result.Success && result.LayoutTestsFile is { } layoutTestsFile && !parse.GetValue(check))
                    OutputWriter.Write([layoutTestsFile], layoutTestsFile.RelativePath, split: false, isForced, diagnostics, writeGuard, OptionNames.CommandLine);
                if (result.Success && result.ShimLibrary is { } shimLibrary && !parse.GetValue(check))
                {
                    // Beside the output (the folder of one-file-per-kind output), else beside the C file.
                    var folder = outputPath is null ? Path.GetDirectoryName(result.WrapperFile!.RelativePath)! : split ? Path.GetFullPath(outputPath) : Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
                    OutputWriter.CopyBinary(shimLibrary.TemporaryPath, Path.Combine(folder, shimLibrary.FileName), diagnostics);
                }
                Print(diagnostics.ToList(), stderr, msbuild, isVerbose);
                if (showStats && result.Coverage is { } coverage) stderr.Write(coverage.ToText());
                if (showHeaders) stderr.Write(HeaderReport.ToText(result.Headers, options.WorkingDirectory ?? Directory.GetCurrentDirectory(), OptionNames.CommandLine));
                return diagnostics.HasErrors ? InputErrors : Ok;
            }
        }
    }

    /// <summary>
    /// Why two targets would write the same file, or null. A folder target (output ending in '/', or an existing folder)
    /// writes one file per kind directly in its folder, so a file target directly in that folder, or a second target of
    /// the same folder, clashes with it; so do equal file outputs, including <c>wrapStaticInline</c> C files.
    /// </summary>
    internal static string? OutputClash(IReadOnlyList<BindGenConfig> configs, IReadOnlyList<string> configPaths)
    {
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var fileTargets = new List<(string Path, string Config)>();
        for (int i = 0; i < configs.Count; i++)
        {
            var config = configPaths[i];
            if (configs[i].Output is { } output)
            {
                var full = Path.GetFullPath(output).TrimEnd('/', '\\');
                if (output.EndsWith('/') || output.EndsWith('\\') || Directory.Exists(full))
                {
                    if (!folders.TryAdd(full, config)) return $"config files '{folders[full]}' and '{config}' both write into '{full}/'";
                }
                else fileTargets.Add((full, config));
            }
            if ((configs[i].Shim ?? configs[i].WrapStaticInline) is { } wrappers) fileTargets.Add((Path.GetFullPath(wrappers), config));
            if (configs[i].LayoutTests is { } tests) fileTargets.Add((Path.GetFullPath(tests), config));
        }
        foreach (var (path, config) in fileTargets)
        {
            if (!files.TryAdd(path, config)) return $"config files '{files[path]}' and '{config}' both write '{path}'";
            if (folders.TryGetValue(path, out var folderTarget)) return $"config files '{folderTarget}' and '{config}' both write '{path}' (one as a folder, one as a file)";
            if (Path.GetDirectoryName(path) is { } folder && folders.TryGetValue(folder, out var owner) && owner != config)
                return $"config file '{config}' writes '{path}' inside '{folder}/', where config file '{owner}' writes its generated files";
        }
        return null;
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
        var name = PascalCase.JoinWords(stem, '_', '-', '.', ' ');
        return name.Length == 0 || !char.IsLetter(name[0]) || NameOptionCheck.NamespaceProblem(name) is not null ? "Bindings" : name;
    }
}
