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

/// <summary>The result of mapping a C type: a C# type, or why it cannot be expressed.</summary>
public readonly record struct TypeMapping(CsType? Type, string? Unsupported)
{
    /// <summary>Mapped to <paramref name="type"/>.</summary>
    public static TypeMapping Of(CsType type) => new(type, null);
    /// <summary>Cannot be expressed.</summary>
    public static TypeMapping Fail(string reason) => new(null, reason);
    /// <summary>True when mapped.</summary>
    public bool IsMapped => Type is not null;
}
