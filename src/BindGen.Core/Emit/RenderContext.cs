using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>
/// The context of every render (sections, files, <c>bg.render_each</c> chunks): Scriban's own, with the places where
/// BindGen decides how its model is read and how rendered text is written.
/// </summary>
internal sealed class RenderContext(BuiltinFunctions builtins) : TemplateContext(builtins)
{
    /// <summary>
    /// Writes a value a template outputs. A <see cref="RenderedText"/> (<c>{{ bg.render_each ... }}</c>, a section text in
    /// <c>file.scriban</c>) written to a <see cref="RenderedTextOutput"/> is appended by reference, not copied; anything
    /// else, or any text written where Scriban indents lines (an expression after indentation, with auto-indent), goes
    /// through Scriban's own writing of the value's text.
    /// </summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is not RenderedText text || Output is not RenderedTextOutput output || !string.IsNullOrEmpty(CurrentIndent))
            return base.Write(span, textAsObject);
        if (text.Length == 0) return this;
        output.Append(text);
        // Scriban remembers whether the last text written ended a line, to indent the next one where a later expression
        // asks for it: write the last character's kind to a discarding output so that state is what writing the text sets.
        PushOutput(DiscardOutput.Instance);
        try
        {
            Write(text.EndsWithNewLine ? "\n" : " ");
        }
        finally
        {
            PopOutput();
        }
        return this;
    }

    /// <summary>
    /// The view model's records are read through their tables in <see cref="ScriptModel"/>, its lists through
    /// <see cref="ModelListAccessor"/>: Scriban's reflection accessor never sees a BindGen type (Native AOT, trimming).
    /// A <see cref="RenderedText"/>'s members and characters are its text's (<see cref="RenderedTextAccessor"/>).
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (target is RenderedText) return TextAccessor;
        if (ScriptModel.Members(target.GetType()) is { } members) return members;
        if (ModelListAccessor.Reads(target)) return ModelListAccessor.Instance;
        // A bug, not a template error: a type of the view model that ScriptModel does not declare.
        if (ScriptModel.IsViewModelType(target.GetType()))
            throw new InvalidOperationException($"{target.GetType().Name} reached a template but has no member table in ScriptModel");
        return base.GetMemberAccessorImpl(target);
    }

    /// <summary>A record of the model prints as the ScriptObjects templates were given before did (<c>{name: "x", doc: []}</c>).</summary>
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is not null and not string && ScriptModel.Members(value.GetType()) is { } members ? members.Format(this, value) : base.ObjectToString(value, nested);

    /// <inheritdoc cref="GetMemberAccessorImpl"/>
    protected override IListAccessor? GetListAccessorImpl(object target, Type type) =>
        target is RenderedText ? TextAccessor
        : ModelListAccessor.Reads(target) ? ModelListAccessor.Instance
        : base.GetListAccessorImpl(target, type);

    private RenderedTextAccessor TextAccessor =>
        _textAccessor ??= new(base.GetMemberAccessorImpl(string.Empty)!, base.GetListAccessorImpl(string.Empty, typeof(string))!);

    private RenderedTextAccessor? _textAccessor;

    /// <summary>An output that keeps nothing.</summary>
    private sealed class DiscardOutput : IScriptOutput
    {
        public static DiscardOutput Instance { get; } = new();

        public void Write(string text, int offset, int count)
        {
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
