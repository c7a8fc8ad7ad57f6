using System.Collections.Immutable;
using BindGen.Clang;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>The result of parsing: the model, and every file the parse read (for incremental builds).</summary>
public sealed record ParseResult(CApi? Api, ImmutableArray<string> Dependencies);

/// <summary>Parses the input headers in one translation unit and walks it once into a <see cref="CApi"/>.</summary>
public static class HeaderParser
{
    /// <summary>Name of the in-memory file that includes every input header when there are several.</summary>
    public const string CombinedInputName = "bindgen-input.h";

    /// <summary>Name of the in-memory file, beside the main one, that declares the macros clang evaluates.</summary>
    public const string SyntheticMacrosName = "bindgen-macros.h";

    /// <summary>
    /// Parses <paramref name="options"/>' headers. <paramref name="ownership"/> gets the files read and returns which of them
    /// are the library's own (their macros are evaluated). Returns a null model when the input has errors.
    /// </summary>
    public static ParseResult Parse(GeneratorOptions options, DiagnosticBag diagnostics, Func<CIncludeGraph, Func<string, bool>> ownership) =>
        Parse(options, diagnostics, ownership, null);

    internal static ParseResult Parse(GeneratorOptions options, DiagnosticBag diagnostics, Func<CIncludeGraph, Func<string, bool>> ownership, StageTimings? timings)
    {
        var result = ParseAndWalk(options, diagnostics, ownership, timings);
        // Every translation unit is disposed now: what libclang freed goes back to the system before mapping and rendering,
        // which is where the run peaks (docs/performance.md, "Macros and libclang's memory").
        NativeHeap.ReturnFreedMemory();
        return result;
    }

    private static ParseResult ParseAndWalk(GeneratorOptions options, DiagnosticBag diagnostics, Func<CIncludeGraph, Func<string, bool>> ownership, StageTimings? timings)
    {
        var headers = new List<string>();
        foreach (var header in options.Headers)
        {
            var full = options.Resolve(header);
            if (Directory.Exists(full))
                diagnostics.Add(DiagnosticCodes.InputNotFound, null, $"'{header}' is a directory, not a header file");
            else if (!File.Exists(full))
                diagnostics.Add(DiagnosticCodes.InputNotFound, null, $"header '{header}' does not exist");
            else if (Unreadable(full) is { } reason)
                diagnostics.Add(DiagnosticCodes.InputNotFound, null, $"header '{header}' cannot be read: {reason}");
            else headers.Add(full);
        }
        if (headers.Count == 0 && !diagnostics.HasErrors) diagnostics.Add(DiagnosticCodes.InputNotFound, null, "no header given");
        if (diagnostics.HasErrors) return new ParseResult(null, []);

        LibClangInfo libclang;
        try
        {
            libclang = LibClangLoader.Load();
        }
        catch (LibClangNotFoundException e)
        {
            diagnostics.Add(DiagnosticCodes.LibClangNotFound, null, e.Message);
            return new ParseResult(null, []);
        }
        if (libclang.ResourceDirectory is null)
        {
            diagnostics.Add(DiagnosticCodes.ResourceDirNotFound, null,
                $"the builtin headers (stddef.h...) of {libclang.VersionText} at {libclang.LibraryPath} were not found; install its resource files (Debian: libclang-common-{libclang.Version.Major}-dev) or pass {options.OptionNames[BindGenOption.ClangArgument]} -resource-dir=DIR");
        }

        var arguments = ClangArgumentsBuilder.Build(options, libclang);
        string main;
        Dictionary<string, string>? unsaved = null;
        if (headers.Count == 1) main = headers[0];
        else
        {
            main = Path.Combine(options.Resolve("."), CombinedInputName);
            unsaved = new Dictionary<string, string> { [main] = string.Concat(headers.Select(h => $"#include \"{h}\"\n")) };
        }

        // The target's facts, from clang, once per run (and so once per target): its probe parses on a thread of its own
        // meanwhile (not the pool's, where the templates and libclang's loading may still be queued).
        var probe = Task.Factory.StartNew(() => TargetProbe.Read(arguments, Path.GetDirectoryName(main) ?? options.Resolve(".")),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        using var tu = TranslationUnit.Parse(main, arguments, unsaved, new ParseOptions(), out int errorCode);
        var probed = probe.GetAwaiter().GetResult();
        timings?.Mark("clang");
        if (tu is null)
        {
            diagnostics.Add(DiagnosticCodes.ParseFailed, null, $"libclang could not parse '{main}' (error code {errorCode})");
            return new ParseResult(null, []);
        }

        var files = tu.Inclusions()
            .Where(i => i.File.Length > 0 && i.File != main || headers.Count == 1)
            .Select(i => new CSourceFile(NormalizePath(i.File), i.IncludedFrom is { IsEmpty: false } from && (headers.Count == 1 || from.File != main) ? NormalizePath(from.File) : null, i.IsSystem))
            .DistinctBy(f => f.Path)
            .ToImmutableArray();
        var dependencies = files.Select(f => f.Path).Where(File.Exists).Order(StringComparer.Ordinal).ToImmutableArray();
        // A foreign target without a sysroot is checked before clang's errors: the host's headers it read explain them.
        if (HostHeaderLeak.Applies(options) && probed is { } foreign)
        {
            // clang's errors after it are its consequences (glibc's macros on another OS): the one error says what to fix.
            if (HostHeaderLeak.Check(options, foreign, libclang.ResourceDirectory,
                tu.Inclusions().Select(i => (NormalizePath(i.File), i.IncludedFrom is { IsEmpty: false } from ? (CLocation?)ParseContext.ToLocation(from) : null, i.IsSystem)), diagnostics))
                return new ParseResult(null, dependencies);
        }

        var clangDiagnostics = tu.Diagnostics();
        var unresolved = clangDiagnostics.Exists(d => d.Severity >= ClangSeverity.Error) ? UnresolvedInclusions(tu) : null;
        foreach (var d in clangDiagnostics)
        {
            var location = ParseContext.ToLocation(d.Location);
            if (d.Severity >= ClangSeverity.Error)
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ClangError.Code, DiagnosticCodes.ClangError.Severity, location, d.Message)
                {
                    IncludeNotFound = unresolved!.ContainsKey((d.Location.File, d.Location.Line)),
                    MissingInclude = unresolved.GetValueOrDefault((d.Location.File, d.Location.Line)),
                });
            else if (d.Severity == ClangSeverity.Warning && !d.Location.IsInSystemHeader) diagnostics.Add(DiagnosticCodes.ClangWarning, location, d.Message);
        }

        if (diagnostics.HasErrors) return new ParseResult(null, dependencies);

        if (probed is not { } target)
        {
            diagnostics.Add(DiagnosticCodes.TargetProbeFailed, null, $"libclang could not lay out the builtin types for target '{tu.Target().Triple}'");
            return new ParseResult(null, dependencies);
        }

        var context = new ParseContext(diagnostics, target);
        var types = new TypeParser(context);
        var records = new RecordParser(context, types);
        var enums = new EnumParser(context);
        var typedefs = new TypedefParser(context, types);
        types.Records = records;
        types.Enums = enums;
        types.Typedefs = typedefs;
        var functions = new FunctionParser(context, types);
        var macros = new MacroParser(context);
        var directives = ImmutableArray.CreateBuilder<CInclusionDirective>();

        foreach (var cursor in tu.Cursor.Children())
        {
            switch (cursor.Kind)
            {
                case CursorKind.StructDecl:
                case CursorKind.UnionDecl:
                    var recordKey = records.Ensure(cursor);
                    // A library header may declare a record defined elsewhere (struct timeval;): it is then the library's.
                    if (!cursor.IsAnonymous && cursor.Location is { IsEmpty: false } location)
                    {
                        if (!context.Redeclarations.TryGetValue(recordKey, out var places)) context.Redeclarations[recordKey] = places = [];
                        places.Add(ParseContext.ToLocation(location));
                    }
                    break;
                case CursorKind.EnumDecl:
                    enums.Ensure(cursor);
                    break;
                case CursorKind.TypedefDecl:
                    typedefs.Ensure(cursor);
                    break;
                case CursorKind.FunctionDecl:
                    functions.Parse(cursor);
                    break;
                case CursorKind.VarDecl:
                    functions.ParseGlobal(cursor);
                    break;
                case CursorKind.MacroDefinition:
                    macros.Collect(cursor);
                    break;
                case CursorKind.InclusionDirective:
                    if (cursor.Location.File is { Length: > 0 } includer && (headers.Count == 1 || includer != main) && cursor.IncludedFile is { Length: > 0 } included)
                        directives.Add(new CInclusionDirective(NormalizePath(includer), NormalizePath(included), cursor.Spelling, cursor.IsAngledInclusion));
                    break;
            }
        }

        timings?.Mark("walk");
        var isOwn = ownership(new CIncludeGraph([.. headers.Select(NormalizePath)], files, directives.ToImmutable()));
        timings?.Mark("headers");
        var ownByName = new Dictionary<string, bool>(StringComparer.Ordinal);
        // The macros the in-house evaluator cannot evaluate go to clang, in one more parse that includes the same inputs.
        var syntheticFile = Path.Combine(Path.GetDirectoryName(main) ?? options.Resolve("."), SyntheticMacrosName);
        var synthetic = new SyntheticUnit(syntheticFile, unsaved is null ? $"#include \"{main}\"\n" : unsaved[main], source =>
            TranslationUnit.Parse(syntheticFile, [.. arguments, "-w", "-ferror-limit=0"], new Dictionary<string, string> { [syntheticFile] = source },
                new ParseOptions { DetailedPreprocessingRecord = false }, out _));
        var constants = macros.EvaluateAll(file =>
        {
            if (file.Length == 0) return false;
            if (!ownByName.TryGetValue(file, out bool own)) ownByName[file] = own = isOwn(NormalizePath(file));
            return own;
        }, synthetic);

        // A function, variable or named record first declared (or defined) outside the library and declared again in it
        // is the library's: it is placed at its first declaration in the library's files.
        T Relocate<T>(T d) where T : CDeclaration =>
            context.Redeclarations.TryGetValue(d.Key, out var again) && !(d.Location.File.Length > 0 && isOwn(NormalizePath(d.Location.File)))
            && again.FirstOrDefault(l => isOwn(NormalizePath(l.File))) is { } own ? d with { Location = own } : d;
        foreach (var key in context.Redeclarations.Keys)
        {
            if (context.Functions.TryGetValue(key, out var f)) context.Functions[key] = Relocate(f);
            else if (context.Globals.TryGetValue(key, out var g)) context.Globals[key] = Relocate(g);
            else if (context.Records.TryGetValue(key, out var r) && r.Name.Length > 0) context.Records[key] = Relocate(r);
        }

        timings?.Mark("macros");
        var api = new CApi
        {
            Target = target,
            Files = files,
            Records = [.. context.Records.Values.OrderBy(r => r.Key, StringComparer.Ordinal)],
            Enums = [.. context.Enums.Values.OrderBy(e => e.Key, StringComparer.Ordinal)],
            Typedefs = [.. context.Typedefs.Values.OrderBy(t => t.Key, StringComparer.Ordinal)],
            Functions = [.. context.Functions.Values.Concat(macros.FunctionAliases.Select(Renamed)).OrderBy(f => f.Key, StringComparer.Ordinal)],
            Globals = [.. context.Globals.Values.OrderBy(g => g.Key, StringComparer.Ordinal)],
            Constants = [.. constants.OrderBy(c => c.Name, StringComparer.Ordinal)],
            MacroFunctions = [.. macros.FunctionLike.OrderBy(m => m.Name, StringComparer.Ordinal)],
        };
        return new ParseResult(api, dependencies);
    }

    /// <summary>The function a renaming macro names, under the macro's name and where the macro is: it imports the same symbol.</summary>
    private static CFunction Renamed(CFunctionAlias alias) => alias.Function with
    {
        Key = "macro:" + alias.Name,
        Name = alias.Name,
        Location = alias.Location,
        Symbol = alias.Function.Symbol ?? alias.Function.Name,
    };

    /// <summary>
    /// The lines (file, line) holding an <c>#include</c> that reached no file. libclang reports a missing header as a fatal
    /// diagnostic at the header name (an error under KeepGoing, which the parse uses), and keeps the directive in the
    /// preprocessing record with no included file: an error on such a line is the include failure.
    /// </summary>
    private static Dictionary<(string File, int Line), string> UnresolvedInclusions(TranslationUnit tu) =>
        tu.Cursor.Children()
            .Where(c => c.Kind == CursorKind.InclusionDirective && c.IncludedFile.Length == 0)
            .DistinctBy(c => (c.Location.File, c.Location.Line))
            .ToDictionary(c => (c.Location.File, c.Location.Line), c => c.Spelling);

    private static string? Unreadable(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    /// <summary>Full path with the platform's separators.</summary>
    public static string NormalizePath(string path) => path.Length == 0 ? path : Path.GetFullPath(path);
}
