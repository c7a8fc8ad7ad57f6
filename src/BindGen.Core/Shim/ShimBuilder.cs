using System.Collections.Immutable;
using BindGen.Core.Diagnostics;
using BindGen.Core.Emit;
using BindGen.Core.Mapping;

namespace BindGen.Core.Shim;

/// <summary>A shim library built into a temporary folder; the face copies it to <see cref="FileName"/> beside the output.</summary>
/// <param name="TemporaryPath">Where the compiler wrote it.</param>
/// <param name="FileName">Its file name: <c>lib&lt;library&gt;_shim.so</c>, <c>.dylib</c> or <c>&lt;library&gt;_shim.dll</c>.</param>
public sealed record BuiltShim(string TemporaryPath, string FileName);

/// <summary>
/// Renders the shim C file and, with <c>--build-shim</c>, compiles it with the system C compiler into the shim library,
/// linked against the library. A wrapper the compiler rejects is reported (BG0070) at the declaration it wraps, dropped
/// from the C file and from the bindings, and the rest is built again.
/// </summary>
public static class ShimBuilder
{
    /// <summary>Rounds of compile-and-drop before giving up (each round drops every wrapper blamed for an error).</summary>
    private const int MaxRounds = 4;

    /// <summary>The shim library's file name for the host platform.</summary>
    public static string LibraryFileName(string shimLibraryName) =>
        OperatingSystem.IsWindows() ? shimLibraryName + ".dll" : OperatingSystem.IsMacOS() ? "lib" + shimLibraryName + ".dylib" : "lib" + shimLibraryName + ".so";

    /// <summary>Renders (and with <see cref="GeneratorOptions.BuildShim"/> builds) the shim; returns the API without the wrappers that did not compile.</summary>
    public static (CsApi Api, OutputFile? Source, BuiltShim? Library) Run(CsApi api, GeneratorOptions options, TemplateRenderer renderer, DiagnosticBag diagnostics)
    {
        var path = options.Resolve(options.Shim!);
        var shimName = api.ShimLibraryName ?? options.LibraryName + "_shim";
        var fileName = LibraryFileName(shimName);
        var command = Arguments(options, Path.GetFileName(path), fileName);
        var display = "cc " + string.Join(" ", command.Select(Quote));
        var source = Emitter.EmitWrappers(api, path, renderer, fileName, display);
        if (source is null || !options.BuildShim) return (api, source, null);

        var compiler = CCompiler.Find();
        if (compiler is null)
        {
            diagnostics.Add(DiagnosticCodes.CompilerNotFound, null, $"{options.OptionNames[BindGenOption.BuildShim]} needs a C compiler and found none ($CC, cc, gcc, clang): {CCompiler.InstallHint}");
            return (api, source, null);
        }
        var folder = Directory.CreateTempSubdirectory("bindgen-shim-").FullName;
        var result = Build(api, options, renderer, diagnostics, compiler, folder, path, fileName, command, display, source);
        if (result.Library is null) DeleteFolder(folder);
        return result;
    }

    /// <summary>Removes a temporary folder of the build; one left behind is harmless.</summary>
    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static (CsApi Api, OutputFile? Source, BuiltShim? Library) Build(CsApi api, GeneratorOptions options, TemplateRenderer renderer, DiagnosticBag diagnostics,
        CCompiler compiler, string folder, string path, string fileName, ImmutableArray<string> command, string display, OutputFile source)
    {
        for (int round = 0; round < MaxRounds; round++)
        {
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(path)), source.Content);
            var (exit, output) = compiler.Run(command, folder);
            if (exit == 0) return (api, source, new BuiltShim(Path.Combine(folder, fileName), fileName));

            var wrappers = api.StaticWrappers.Select(w => w.Wrapper).ToHashSet(StringComparer.Ordinal);
            var (blamed, unattributed) = CompilerErrors.Attribute(output, path, source.Content, wrappers);
            if (blamed.Count == 0)
            {
                var first = unattributed.FirstOrDefault() ?? output.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? $"exit code {exit}";
                diagnostics.Add(DiagnosticCodes.ShimBuildFailed, null,
                    $"{compiler.Program} could not build {fileName} from {path}: {first.Trim()} (the command: {display}; {options.OptionNames[BindGenOption.ShimCompilerArgument]} adds arguments such as -L folders)");
                return (api, source, null);
            }
            var notBound = api.NotBound.ToList();
            foreach (var wrapper in api.StaticWrappers.Where(w => blamed.ContainsKey(w.Wrapper)))
            {
                var message = $"the shim wrapper of {wrapper.Kind} '{wrapper.Name}' does not compile ({blamed[wrapper.Wrapper]}); '{wrapper.Name}' is not bound";
                diagnostics.Add(DiagnosticCodes.ShimWrapperDropped, wrapper.Location, message);
                notBound.Add(CsComments.Line($"{Path.GetFileName(wrapper.Location?.File ?? "")}:{wrapper.Location?.Line ?? 0}: {DiagnosticCodes.ShimWrapperDropped.Code} {message}"));
            }
            api = api with
            {
                StaticWrappers = [.. api.StaticWrappers.Where(w => !blamed.ContainsKey(w.Wrapper))],
                Functions = [.. api.Functions.Where(f => !(f.FromShim && blamed.ContainsKey(f.EntryPoint)))],
                NotBound = [.. notBound.Order(StringComparer.Ordinal)],
            };
            if (!api.Functions.Any(f => f.FromShim)) api = api with { ShimLibraryName = null };
            if (Emitter.EmitWrappers(api, path, renderer, fileName, display) is not { } next) return (api, null, null);
            source = next;
        }
        diagnostics.Add(DiagnosticCodes.ShimBuildFailed, null, $"{fileName} still does not compile after dropping the wrappers the compiler blamed {MaxRounds} times (the command: {display})");
        return (api, source, null);
    }

    /// <summary>The compiler's arguments: the include path and defines of the parse, the shim, the library to link.</summary>
    public static ImmutableArray<string> Arguments(GeneratorOptions options, string sourceFileName, string libraryFileName)
    {
        var args = ImmutableArray.CreateBuilder<string>();
        args.Add(OperatingSystem.IsMacOS() ? "-dynamiclib" : "-shared");
        if (!OperatingSystem.IsWindows()) args.Add("-fPIC");
        args.Add("-O2");
        args.Add("-o");
        args.Add(libraryFileName);
        args.Add(sourceFileName);
        foreach (var dir in options.IncludeDirectories) args.Add("-I" + options.Resolve(dir));
        foreach (var define in options.Defines) args.Add("-D" + define);
        // The clang arguments that change what the headers say: include path, defines, forced includes, language standard.
        var clang = options.ClangArguments;
        for (int i = 0; i < clang.Length; i++)
        {
            var a = clang[i];
            if (a is "-isystem" or "-idirafter" or "-iquote" or "-include" or "-I" or "-D" or "-U" && i + 1 < clang.Length)
            {
                args.Add(a);
                args.Add(a is "-D" or "-U" ? clang[++i] : options.Resolve(clang[++i]));
            }
            else if (a.StartsWith("-D", StringComparison.Ordinal) || a.StartsWith("-U", StringComparison.Ordinal) || a.StartsWith("-std=", StringComparison.Ordinal)) args.Add(a);
            else if (a.StartsWith("-I", StringComparison.Ordinal)) args.Add("-I" + options.Resolve(a[2..]));
            else if (a.StartsWith("-isystem", StringComparison.Ordinal)) args.Add("-isystem" + options.Resolve(a["-isystem".Length..]));
        }
        args.Add(LinkArgument(options));
        // A library shipped beside the shim (app-local native assets) is found at run time.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD()) args.Add("-Wl,-rpath,$ORIGIN");
        args.AddRange(options.ShimCompilerArguments);
        return args.ToImmutable();
    }

    /// <summary><c>-l&lt;library&gt;</c>, or on Linux <c>-l:FILE</c> with the first <c>--library-name linux=FILE</c> (a runtime-only file such as libz.so.1 links too).</summary>
    private static string LinkArgument(GeneratorOptions options)
    {
        if (OperatingSystem.IsLinux())
        {
            foreach (var entry in options.LibraryFileNames)
            {
                int eq = entry.IndexOf('=');
                if (eq > 0 && entry[..eq].Trim().Equals("linux", StringComparison.OrdinalIgnoreCase) && entry[(eq + 1)..].Trim() is { Length: > 0 } file && !file.Contains('/'))
                    return "-l:" + file;
            }
        }
        return "-l" + options.LibraryName;
    }

    private static string Quote(string argument) => argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',' or '+')
        ? argument
        : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
