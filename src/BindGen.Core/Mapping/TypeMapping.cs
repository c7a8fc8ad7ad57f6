namespace BindGen.Core.Mapping;

/// <summary>Where a type appears: arrays decay in parameters, bool and arrays differ in fields.</summary>
public enum TypePosition
{
    /// <summary>A record field.</summary>
    Field,
    /// <summary>A function parameter (arrays and functions decay to pointers).</summary>
    Parameter,
    /// <summary>A function return type.</summary>
    Return,
    /// <summary>The target of a pointer (anything goes, void included).</summary>
    Pointee,
}

/// <summary>The result of mapping a C type: C# text, or why it cannot be expressed.</summary>
public readonly record struct TypeMapping(string? Text, string? Unsupported)
{
    /// <summary>Mapped to C# <paramref name="text"/>.</summary>
    public static TypeMapping Of(string text) => new(text, null);
    /// <summary>Cannot be expressed.</summary>
    public static TypeMapping Fail(string reason) => new(null, reason);
    /// <summary>True when mapped.</summary>
    public bool IsMapped => Text is not null;
}
