namespace BindGen.Core.Model;

/// <summary>Anything declared in a header: it has a stable key (the USR), a C name and a location.</summary>
public abstract record CDeclaration
{
    /// <summary>Stable unique key (clang's USR), used for references between declarations.</summary>
    public required string Key { get; init; }
    /// <summary>The C name (a record's tag or, for an anonymous one, its typedef name); empty when anonymous.</summary>
    public required string Name { get; init; }
    /// <summary>Where it was declared.</summary>
    public required CLocation Location { get; init; }
    /// <summary>The doc comment as written in the header, or null.</summary>
    public string? Comment { get; init; }
}
