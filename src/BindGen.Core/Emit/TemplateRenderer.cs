using BindGen.Core.Diagnostics;
using BindGen.Core.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BindGen.Core.Emit;

/// <summary>
/// Renders templates with an explicit context: strict variables (a typo fails instead of rendering empty), no loop limit,
/// includes confined to the template roots, and template errors turned into diagnostics with template file:line:col.
/// </summary>
public sealed class TemplateRenderer(TemplateLoader loader, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    // Scriban's built-in functions (string, array, math...), built once per run and shared by every context: building them
    // is most of the cost of a new context, and contexts are made per section and per chunk. Templates only call them
    // (docs/usage.md asks templates not to change built-in settings such as date.format).
    private readonly Scriban.Functions.BuiltinFunctions _builtins = new();

    /// <summary>Renders template <paramref name="name"/> with <paramref name="globals"/>; null when it failed (diagnostics say why).</summary>
    public string? Render(string name, ScriptObject globals) => RenderText(name, globals, null)?.ToString();

    /// <summary>
    /// Renders template <paramref name="name"/> with <paramref name="globals"/> and, above them, <paramref name="fileGlobals"/>
    /// (looked up first; definitions made while rendering go there). Null when it failed (diagnostics say why).
    /// </summary>
    public string? Render(string name, ScriptObject globals, ScriptObject? fileGlobals) => RenderText(name, globals, fileGlobals)?.ToString();

    /// <summary><see cref="Render(string, ScriptObject, ScriptObject?)"/>, the text kept in the pieces it was rendered into.</summary>
    internal RenderedText? RenderText(string name, ScriptObject globals, ScriptObject? fileGlobals)
    {
        var (text, errors) = RenderCore(name, globals, fileGlobals);
        foreach (var error in errors) diagnostics.Add(error);
        return text;
    }

    /// <summary>
    /// Renders the templates <paramref name="names"/> in parallel, each in its own context over the same
    /// <paramref name="globals"/> (only read). Returns the texts in the order of <paramref name="names"/>, null for one that
    /// failed; diagnostics are reported in that order too, so the result does not depend on which finished first. With
    /// <paramref name="parallel"/> false (small outputs, where starting threads costs more than it saves) they render one
    /// after the other.
    /// </summary>
    internal RenderedText?[] RenderAll(IReadOnlyList<string> names, ScriptObject globals, bool parallel)
    {
        var results = new (RenderedText? Text, List<Diagnostic> Errors)[names.Count];
        if (names.Count == 1 || !parallel)
        {
            for (int i = 0; i < names.Count; i++) results[i] = RenderCore(names[i], globals, null);
        }
        else
        {
            // One job at a time per worker, in the given order (callers put the largest first).
            int next = -1;
            var workers = new Task[Math.Min(names.Count, Environment.ProcessorCount)];
            for (int w = 0; w < workers.Length; w++)
            {
                workers[w] = Task.Factory.StartNew(() =>
                {
                    for (int i; (i = Interlocked.Increment(ref next)) < names.Count;)
                        results[i] = RenderCore(names[i], globals, null);
                }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
            Task.WaitAll(workers);
        }
        foreach (var (_, errors) in results)
        {
            foreach (var error in errors) diagnostics.Add(error);
        }
        return [.. results.Select(r => r.Text)];
    }

    private (RenderedText? Text, List<Diagnostic> Errors) RenderCore(string name, ScriptObject globals, ScriptObject? fileGlobals)
    {
        var errors = new List<Diagnostic>();
        var template = Parse(name, errors);
        if (template is null) return (null, errors);
        var context = NewContext();
        context.PushGlobal(globals);
        context.PushGlobal(fileGlobals ?? new ScriptObject());
        var output = new RenderedTextOutput();
        context.PushOutput(output);
        try
        {
            template.Render(context);
            KeepParsed(context);
            // Line ends are made \n by TextNormalizer, which every output file goes through.
            return (output.ToRenderedText(), errors);
        }
        catch (TemplateErrorsException e)
        {
            errors.AddRange(e.Errors);
            return (null, errors);
        }
        catch (ScriptParserRuntimeException e)
        {
            // An included template failed to parse: report its own messages, at their own file:line:col.
            foreach (var message in e.ParserMessages)
                errors.Add(Error(DiagnosticCodes.TemplateError, Location(message.Span), message.Message));
            return (null, errors);
        }
        catch (ScriptRuntimeException e)
        {
            errors.Add(Error(DiagnosticCodes.TemplateError, Location(e.Span), e.OriginalMessage));
            return (null, errors);
        }
    }

    /// <summary>
    /// Parses the named templates ahead of rendering (the generator does it while libclang parses the headers, on the
    /// other core). Errors are not reported here: a template that fails to parse is parsed again, and reported, when rendered.
    /// </summary>
    public void Preload(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            try
            {
                Parse(name, []);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported when the template is rendered.
            }
        }
    }

    private TemplateContext NewContext()
    {
        var context = new RenderContext(_builtins)
        {
            StrictVariables = true,
            LoopLimit = 0,
            // Scriban's default LimitToString (1 MiB) silently cut large outputs and deep nested captures short with "...".
            LimitToString = 0,
            RecursiveLimit = 10_000,
            TemplateLoader = loader,
            NewLine = "\n",
            MemberRenamer = member => member.Name,
            EnableRelaxedMemberAccess = false,
        };
        // Cache parsed includes across files, sections and chunks of the run: templates are compiled once (a parsed Template may be
        // rendered by several contexts at once; a TemplateContext is used by one thread only).
        lock (_parsed)
        {
            foreach (var (path, parsed) in _parsed) context.CachedTemplates[path] = parsed;
        }
        return context;
    }

    private void KeepParsed(TemplateContext context)
    {
        lock (_parsed)
        {
            foreach (var (path, parsed) in context.CachedTemplates) _parsed.TryAdd(path, parsed);
        }
    }

    /// <summary>
    /// Adds <c>bg.render_each</c> to <paramref name="shared"/>'s <c>bg</c> object (see <see cref="RenderEachFunction"/>);
    /// call it before rendering with <paramref name="shared"/> starts.
    /// </summary>
    public void AddRenderEach(ScriptObject shared)
    {
        if (shared["bg"] is ScriptObject bg) bg["render_each"] = new RenderEachFunction(this, shared);
    }

    /// <summary>
    /// <c>bg.render_each list "item.scriban" "name"</c>: renders the item template once per element of the list, with the
    /// element as the variable <c>name</c> (default <c>item</c>), and returns the texts joined in order (written straight
    /// out, a <see cref="RenderedText"/>: the chunks' own text, not a copy of it). A long list is cut
    /// into chunks rendered in parallel, each in its own context, which sees the shared model and the calling template's
    /// globals (such as the functions its includes define) but not its local variables; what an item template assigns
    /// stays in its chunk. The text does not depend on how the list was cut.
    /// </summary>
    private sealed class RenderEachFunction(TemplateRenderer renderer, ScriptObject shared) : IScriptCustomFunction
    {
        // Items per chunk: enough that a context's set-up is noise, few enough that two cores share the work evenly.
        private const int MinChunk = 64;

        public int RequiredParameterCount => 2;
        public int ParameterCount => 3;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => index switch
        {
            // Any list: the model's own (read-only IList), or one a template built.
            0 => new(typeof(System.Collections.IList), "list"),
            1 => new(typeof(string), "template"),
            _ => new(typeof(string), "name"),
        };

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? default;
            if (arguments.Count < 2 || Items(arguments[0]) is not { } items || arguments[1] is not string name)
                throw new ScriptRuntimeException(span, "bg.render_each expects a list and a template name");
            var variable = arguments.Count > 2 && arguments[2] is string v && v.Length > 0 ? v : "item";
            var errors = new List<Diagnostic>();
            var template = renderer.Parse(name, errors) ?? throw new TemplateErrorsException(span, errors);
            if (items.Count == 0) return Result(RenderedText.Empty, callerContext);

            var callerGlobals = context.CurrentGlobal;
            int chunkSize = Math.Max(MinChunk, (items.Count + 4 * Environment.ProcessorCount - 1) / (4 * Environment.ProcessorCount));
            int chunks = (items.Count + chunkSize - 1) / chunkSize;
            var texts = new RenderedText[chunks];
            var failures = new Exception?[chunks];
            void RenderChunk(int c)
            {
                try
                {
                    var chunkContext = renderer.NewContext();
                    chunkContext.PushGlobal(shared);
                    if (callerGlobals is not null && !ReferenceEquals(callerGlobals, shared)) chunkContext.PushGlobal(callerGlobals);
                    var locals = new ScriptObject(1);
                    chunkContext.PushGlobal(locals);
                    var output = new RenderedTextOutput();
                    chunkContext.PushOutput(output);
                    for (int i = c * chunkSize, end = Math.Min(items.Count, i + chunkSize); i < end; i++)
                    {
                        locals[variable] = items[i];
                        chunkContext.Evaluate(template.Page!);
                    }
                    renderer.KeepParsed(chunkContext);
                    texts[c] = output.ToRenderedText();
                }
                catch (Exception e)
                {
                    failures[c] = e;
                }
            }
            if (chunks == 1) RenderChunk(0);
            else Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, RenderChunk);
            // The first failure in list order, whichever chunk finished first.
            if (failures.FirstOrDefault(f => f is not null) is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            return Result(RenderedText.Concat(texts), callerContext);
        }

        // Written straight out ({{ bg.render_each ... }}), the chunks' text is appended to the output by reference
        // (RenderContext.Write); used as a value (assigned, piped, an argument), it is a string like any other, so every
        // string operation of a template works on it.
        private static object Result(RenderedText text, ScriptNode? callerContext) =>
            callerContext?.Parent is ScriptExpressionStatement ? text : text.ToString();

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        // The list as the chunks read it, in parallel: the model's lists and Scriban's arrays as they are; a lazy range
        // (what array.filter returns) evaluated once here, in the calling template's context, which is not thread-safe.
        private static System.Collections.IList? Items(object? list) => list switch
        {
            ScriptArray or System.Collections.IList { IsReadOnly: true } => (System.Collections.IList)list,
            System.Collections.IEnumerable e and not string => e.Cast<object?>().ToArray(),
            _ => null,
        };
    }

    private Template? Parse(string name, List<Diagnostic> errors)
    {
        var path = loader.Resolve(name);
        if (path is null)
        {
            errors.Add(Error(DiagnosticCodes.TemplateNotFound, null, $"template '{name}' was found neither in the templates folder nor built in"));
            return null;
        }
        lock (_parsed)
        {
            if (_parsed.TryGetValue(path, out var cached)) return cached;
        }
        var template = Template.Parse(loader.LoadText(path), path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
                errors.Add(Error(DiagnosticCodes.TemplateError, Location(message.Span), message.Message));
            return null;
        }
        lock (_parsed) return _parsed.TryAdd(path, template) ? template : _parsed[path];
    }

    private static Diagnostic Error(DiagnosticDescriptor descriptor, CLocation? location, string message) =>
        new(descriptor.Code, descriptor.Severity, location, message);

    private static CLocation Location(SourceSpan span) =>
        new(span.FileName ?? string.Empty, span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Errors of a template that bg.render_each could not parse, reported at their own file:line:col.</summary>
    private sealed class TemplateErrorsException(SourceSpan span, List<Diagnostic> errors) : ScriptRuntimeException(span, "template errors")
    {
        public List<Diagnostic> Errors { get; } = errors;
    }
}
