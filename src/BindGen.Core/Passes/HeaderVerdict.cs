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

    /// <summary>The rule in a few words, for <c>--explain-headers</c>.</summary>
    public string Explanation => Reason switch
    {
        HeaderReason.Input => "named as input",
        HeaderReason.WrapperInclude => $"included by the wrapper {Name(Via)}",
        HeaderReason.BesideIncluder => $"included as \"...\" beside {Name(Via)}",
        HeaderReason.MultiarchConfig => $"included as \"...\" by {Name(Via)}, found in a multiarch folder",
        HeaderReason.SameFamily => $"same family '{Detail}' as {Name(Via)}",
        HeaderReason.SamePackage => $"installed by the same package ({Detail}) as {Name(Via)}",
        HeaderReason.UnderInputFolder => "under the folder of a named header",
        HeaderReason.Traverse => "named by --traverse",
        HeaderReason.IncludeFile => "matched by --include-file",
        HeaderReason.Platform => Via is null ? "C library, POSIX, kernel or compiler header" : $"C library, POSIX, kernel or compiler header, included by {Name(Via)}",
        HeaderReason.OtherLibrary => $"another library's, included by {Name(Via)}: only the types the API uses are emitted (--include-file widens)",
        HeaderReason.NotReached => "included only by headers that are not the library's",
        HeaderReason.NotTraversed => "not named by --traverse",
        _ => Reason.ToString(),
    };

    private static string Name(string? path) => path is null ? "?" : System.IO.Path.GetFileName(path);
}
