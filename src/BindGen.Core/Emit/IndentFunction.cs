using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BindGen.Core.Emit;

/// <summary><c>text | bg.indent</c>: indents every non-empty line by four spaces (nested types). No reflection: AOT-safe.</summary>
internal sealed class IndentFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Indent(arguments.Count > 0 ? arguments[0]?.ToString() ?? string.Empty : string.Empty);

    /// <summary>
    /// <paramref name="text"/> with four spaces before every non-empty line and no line feeds at the end, built in one
    /// string (no array of lines: nested records of a large header are megabytes of text).
    /// </summary>
    internal static string Indent(string text)
    {
        int length = text.AsSpan().TrimEnd('\n').Length;
        int lines = 0;
        for (var rest = text.AsSpan(0, length); ; )
        {
            int newline = rest.IndexOf('\n');
            if ((newline < 0 ? rest.Length : newline) > 0) lines++;
            if (newline < 0) break;
            rest = rest[(newline + 1)..];
        }
        if (lines == 0) return string.Empty;
        return string.Create(length + Prefix.Length * lines, (text, length), static (span, state) =>
        {
            var rest = state.text.AsSpan(0, state.length);
            while (true)
            {
                int newline = rest.IndexOf('\n');
                var line = newline < 0 ? rest : rest[..newline];
                if (!line.IsEmpty)
                {
                    Prefix.CopyTo(span);
                    span = span[Prefix.Length..];
                    line.CopyTo(span);
                    span = span[line.Length..];
                }
                if (newline < 0) break;
                span[0] = '\n';
                span = span[1..];
                rest = rest[(newline + 1)..];
            }
        });
    }

    private const string Prefix = "    ";

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
