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
    public string? Render(string name, ScriptObject globals)
    {
        var template = Parse(name);
        if (template is null) return null;
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 0,
            RecursiveLimit = 10_000,
            // Scriban's default (1 MiB) silently truncates a large output or a deep nested capture: never limit it.
            LimitToString = 0,
            TemplateLoader = loader,
            NewLine = "\n",
            MemberRenamer = member => member.Name,
            EnableRelaxedMemberAccess = false,
        };
        // Cache parsed includes across files of the run: templates are compiled once.
        foreach (var (path, parsed) in _parsed) context.CachedTemplates[path] = parsed;
        context.PushGlobal(globals);
        try
        {
            var text = template.Render(context);
            foreach (var (path, parsed) in context.CachedTemplates) _parsed.TryAdd(path, parsed);
            return text.Replace("\r\n", "\n");
        }
        catch (ScriptParserRuntimeException e)
        {
            // A syntax error in an included template: point at that template, not at the include.
            foreach (var message in e.ParserMessages)
                diagnostics.Add(DiagnosticCodes.TemplateError, Location(message.Span), message.Message);
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(DiagnosticCodes.TemplateError, Location(e.Span), e.OriginalMessage);
            return null;
        }
    }

    private Template? Parse(string name)
    {
        var path = loader.Resolve(name);
        if (path is null)
        {
            diagnostics.Add(DiagnosticCodes.TemplateNotFound, null, $"template '{name}' was found neither in the templates folder nor built in");
            return null;
        }
        if (_parsed.TryGetValue(path, out var cached)) return cached;
        var template = Template.Parse(loader.LoadText(path), path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
                diagnostics.Add(DiagnosticCodes.TemplateError, Location(message.Span), message.Message);
            return null;
        }
        _parsed[path] = template;
        return template;
    }

    private static CLocation Location(SourceSpan span) =>
        new(span.FileName ?? string.Empty, span.Start.Line + 1, span.Start.Column + 1);
}
