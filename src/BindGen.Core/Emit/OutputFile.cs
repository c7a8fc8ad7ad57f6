namespace BindGen.Core.Emit;

/// <summary>One generated file: a path relative to the output location (just the file name in single-file mode) and its text.</summary>
public sealed record OutputFile(string RelativePath, string Content);
