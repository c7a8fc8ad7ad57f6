namespace BindGen.Core.Passes;

/// <summary>
/// One header the parse read: whether it counts as the library's, by which rule, and the header whose
/// <c>#include</c> decided it (null for inputs and for headers no library header includes).
/// </summary>
public sealed record HeaderVerdict(string Path, HeaderReason Reason, string? Via)
{
    /// <summary>For <see cref="HeaderReason.SameFamily"/>, the family (top folder or name) the header shares; for <see cref="HeaderReason.SamePackage"/>, the package.</summary>
    public string? Detail { get; init; }

    /// <summary>True when the header counts as the library's.</summary>
    public bool IsLibrary => Reason < HeaderReason.Platform;

    /// <summary>The rule in a few words, for the header explanation (<c>--explain-headers</c>), options worded neutrally.</summary>
    public string Explanation => Explain(OptionNames.Neutral);

    /// <summary>The rule in a few words, options named as <paramref name="n"/> spells them.</summary>
    public string Explain(OptionNames n) => Reason switch
    {
        HeaderReason.Input => "named as input",
        HeaderReason.WrapperInclude => $"included by the wrapper {Name(Via)}",
        HeaderReason.BesideIncluder => $"included as \"...\" beside {Name(Via)}",
        HeaderReason.MultiarchConfig => $"included as \"...\" by {Name(Via)}, found in a multiarch folder",
        HeaderReason.SameFamily => $"same family '{Detail}' as {Name(Via)}",
        HeaderReason.SamePackage => $"installed by the same package ({Detail}) as {Name(Via)}",
        HeaderReason.UnderInputFolder => "under the folder of a named header",
        HeaderReason.Traverse => $"named by {n[BindGenOption.Traverse]}",
        HeaderReason.IncludeFile => $"matched by {n[BindGenOption.IncludeFile]}",
        HeaderReason.Platform => Via is null ? "C library, POSIX, kernel or compiler header" : $"C library, POSIX, kernel or compiler header, included by {Name(Via)}",
        HeaderReason.OtherLibrary => $"another library's, included by {Name(Via)}: only the types the API uses are emitted ({n[BindGenOption.IncludeFile]} widens)",
        HeaderReason.NotReached => "included only by headers that are not the library's",
        HeaderReason.NotTraversed => $"not named by {n[BindGenOption.Traverse]}",
        _ => Reason.ToString(),
    };

    private static string Name(string? path) => path is null ? "?" : System.IO.Path.GetFileName(path);
}
