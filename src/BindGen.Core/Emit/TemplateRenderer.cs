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

    /// <summary>Renders template <paramref name="name"/> with <paramref name="globals"/>; null when it failed (diagnostics say why).</summary>
    public string? Render(string name, ScriptObject globals) => Render(name, globals, null);

    /// <summary>
    /// Renders template <paramref name="name"/> with <paramref name="globals"/> and, above them, <paramref name="fileGlobals"/>
    /// (looked up first; definitions made while rendering go there). Null when it failed (diagnostics say why).
    /// </summary>
    public string? Render(string name, ScriptObject globals, ScriptObject? fileGlobals)
    {
        var (text, errors) = RenderCore(name, globals, fileGlobals);
        foreach (var error in errors) diagnostics.Add(error);
        return text;
    }

    /// <summary>
    /// Renders independent jobs in parallel, each in its own context (the shared globals are only read). Returns the texts
    /// in the order of <paramref name="jobs"/>, null for a job that failed; diagnostics are reported in that order too, so
    /// the result does not depend on which job finished first.
    /// </summary>
    public string?[] RenderAll(IReadOnlyList<RenderJob> jobs)
    {
        var results = new (string? Text, List<Diagnostic> Errors)[jobs.Count];
        if (jobs.Count == 1) results[0] = RenderCore(jobs[0].Name, jobs[0].Globals, jobs[0].FileGlobals);
        else
        {
            // One job at a time per worker, in the given order (callers put the largest first).
            int next = -1;
            var workers = new Task[Math.Min(jobs.Count, Environment.ProcessorCount)];
            for (int w = 0; w < workers.Length; w++)
            {
                workers[w] = Task.Factory.StartNew(() =>
                {
                    for (int i; (i = Interlocked.Increment(ref next)) < jobs.Count;)
                        results[i] = RenderCore(jobs[i].Name, jobs[i].Globals, jobs[i].FileGlobals);
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

    private (string? Text, List<Diagnostic> Errors) RenderCore(string name, ScriptObject globals, ScriptObject? fileGlobals)
    {
        var errors = new List<Diagnostic>();
        var template = Parse(name, errors);
        if (template is null) return (null, errors);
        var context = new TemplateContext
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
        // Cache parsed includes across files and jobs of the run: templates are compiled once (a parsed Template may be
        // rendered by several contexts at once; a TemplateContext is used by one thread only).
        lock (_parsed)
        {
            foreach (var (path, parsed) in _parsed) context.CachedTemplates[path] = parsed;
        }
        context.PushGlobal(globals);
        context.PushGlobal(fileGlobals ?? new ScriptObject());
        // Our own output, not Scriban's StringBuilderOutput: after taking the text, Template.Render sets that builder's
        // Length to 0, which for a chunked builder of megabytes allocates a fresh array of 1.2× the output on the
        // large-object heap (and so triggers a full collection of the whole live view model).
        var output = new TextOutput();
        context.PushOutput(output);
        try
        {
            template.Render(context);
            lock (_parsed)
            {
                foreach (var (path, parsed) in context.CachedTemplates) _parsed.TryAdd(path, parsed);
            }
            return (output.Builder.Replace("\r\n", "\n").ToString(), errors);
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

    /// <summary>A template to render, with the globals it sees (see <see cref="Render(string, ScriptObject, ScriptObject?)"/>).</summary>
    public sealed record RenderJob(string Name, ScriptObject Globals, ScriptObject? FileGlobals);

    /// <summary>Collects rendered text; unlike <see cref="StringBuilderOutput"/>, Scriban does not clear it after a render.</summary>
    private sealed class TextOutput : IScriptOutput
    {
        public System.Text.StringBuilder Builder { get; } = new();

        public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Builder.Append(text, offset, count);
            return ValueTask.CompletedTask;
        }
    }
}
