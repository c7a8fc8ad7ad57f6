using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>
/// How a template reads a <see cref="RenderedText"/>'s members and characters (<c>section.size</c>, <c>section[0]</c>):
/// as those of its text, through Scriban's own accessor for strings.
/// </summary>
internal sealed class RenderedTextAccessor(IObjectAccessor members, IListAccessor characters) : IObjectAccessor, IListAccessor
{
    public bool HasIndexer => members.HasIndexer;

    public Type? IndexType => members.IndexType;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => members.GetMemberCount(context, span, Text(target));

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => members.GetMembers(context, span, Text(target));

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => members.HasMember(context, span, Text(target), member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        members.TryGetValue(context, span, Text(target), member, out value);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        members.TrySetValue(context, span, Text(target), member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        members.TryGetItem(context, span, Text(target), index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        members.TrySetItem(context, span, Text(target), index, value);

    public int GetLength(TemplateContext context, SourceSpan span, object target) => characters.GetLength(context, span, Text(target));

    public object? GetValue(TemplateContext context, SourceSpan span, object target, int index) => characters.GetValue(context, span, Text(target), index);

    public void SetValue(TemplateContext context, SourceSpan span, object target, int index, object? value) =>
        characters.SetValue(context, span, Text(target), index, value);

    private static string Text(object target) => target.ToString()!;
}
