namespace BindGen.Core.Model;

/// <summary>A file the parse read, and the file that included it (null for an input header).</summary>
public sealed record CSourceFile(string Path, string? IncludedFrom);
