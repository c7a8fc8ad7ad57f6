namespace BindGen.Core.Model;

/// <summary>
/// A file the parse read, the file that first included it (null for an input header), and whether clang treats it as a
/// system header (found through <c>-isystem</c> or a default system include folder such as /usr/include).
/// </summary>
public sealed record CSourceFile(string Path, string? IncludedFrom, bool IsSystem = false);
