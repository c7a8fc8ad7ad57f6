using System.Text;
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

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var text = arguments.Count > 0 ? arguments[0]?.ToString() ?? string.Empty : string.Empty;
        var sb = new StringBuilder(text.Length + 64);
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) sb.Append('\n');
            if (lines[i].Length > 0) sb.Append("    ").Append(lines[i]);
        }
        return sb.ToString().TrimEnd('\n');
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
