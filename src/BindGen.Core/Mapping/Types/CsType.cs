namespace BindGen.Core.Mapping;

/// <summary>
/// A C# type as a value: what the mapping decides (a keyword, a named type, a pointer, a function pointer), with the facts
/// later decisions need, so no code re-reads C# text it wrote. <see cref="Text"/> is its C# spelling, taken only where the
/// view model is built.
/// </summary>
public abstract record CsType
{
    /// <summary>The C# spelling.</summary>
    public abstract string Text { get; }

    /// <summary>True for a pointer or a function pointer: not valid as a generic type argument (spans, inline arrays).</summary>
    public virtual bool IsPointer => false;

    /// <summary>The C# spelling.</summary>
    public sealed override string ToString() => Text;
}
