using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BindGen.Core.Emit;

/// <summary>
/// How templates read the view model's lists (its <c>ImmutableArray</c>s, boxed as read-only <see cref="IList"/>s): by
/// index, <c>size</c>, <c>for</c> and the <c>array</c> functions, like a <c>ScriptArray</c>; writing into one is a template
/// error at its file:line:col (the lists are the model's own, shared by every section and chunk).
/// </summary>
internal sealed class ModelListAccessor : IListAccessor, IObjectAccessor
{
    public static readonly ModelListAccessor Instance = new();

    private ModelListAccessor()
    {
    }

    /// <summary>True for the lists this accessor reads: read-only .NET lists (Scriban's own lists are writable).</summary>
    public static bool Reads(object target) => target is IList { IsReadOnly: true } and not IScriptObject;

    public int GetLength(TemplateContext context, SourceSpan span, object target) => ((IList)target).Count;

    public object? GetValue(TemplateContext context, SourceSpan span, object target, int index)
    {
        var list = (IList)target;
        return index >= 0 && index < list.Count ? list[index] : null;
    }

    public void SetValue(TemplateContext context, SourceSpan span, object target, int index, object? value) =>
        throw new ScriptRuntimeException(span, "Cannot set an item of a list of the model: the model is read-only (copy the list with array.add or array.insert_at)");

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 1;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ["size"];

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => member == "size";

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = member == "size" ? ((IList)target).Count : null;
        return value is not null;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
