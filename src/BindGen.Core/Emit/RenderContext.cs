using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>
/// The context of every render (sections, files, <c>bg.render_each</c> chunks): Scriban's own, with the places where
/// BindGen decides how its model is read and how rendered text is written.
/// </summary>
internal sealed class RenderContext(BuiltinFunctions builtins) : TemplateContext(builtins)
{
    /// <summary>
    /// The view model's records are read through their tables in <see cref="ScriptModel"/>, its lists through
    /// <see cref="ModelListAccessor"/>: Scriban's reflection accessor never sees a BindGen type (Native AOT, trimming).
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
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
        ModelListAccessor.Reads(target) ? ModelListAccessor.Instance : base.GetListAccessorImpl(target, type);
}
