using System.Collections.Frozen;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>
/// The members templates see on one view-model type: a table of snake_case names and getters, read by Scriban through
/// <see cref="RenderContext"/> in place of its reflection accessor. Read-only: a template that assigns to a member gets
/// Scriban's "Cannot set a value for the readonly member" error at its file:line:col.
/// </summary>
internal sealed class ModelMembers<T> : IModelMembers where T : class
{
    private readonly (string Name, Func<T, object?> Get)[] _members;
    private readonly string[] _names;
    private readonly FrozenDictionary<string, Func<T, object?>> _getters;

    /// <summary>The table: each member's name as templates spell it, and how its value is read from a <typeparamref name="T"/>.</summary>
    public ModelMembers(params (string Name, Func<T, object?> Get)[] members)
    {
        _members = members;
        _names = [.. members.Select(m => m.Name)];
        _getters = members.ToFrozenDictionary(m => m.Name, m => m.Get, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public Type Type => typeof(T);

    /// <inheritdoc/>
    public IReadOnlyList<string> Names => _names;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get((T)target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    /// <inheritdoc/>
    public string Format(TemplateContext context, object target)
    {
        var text = new StringBuilder("{");
        foreach (var (name, get) in _members)
        {
            if (text.Length > 1) text.Append(", ");
            text.Append(name).Append(": ").Append(context.ObjectToString(get((T)target), nested: true));
        }
        return text.Append('}').ToString();
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _names.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _names;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
