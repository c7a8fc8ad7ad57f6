namespace BindGen.Clang;

/// <summary>A file position (1-based line and column). <see cref="File"/> is empty for builtin locations.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column, int Offset, bool IsInSystemHeader)
{
    /// <summary>True when the location has no file (builtins, command-line definitions).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(File);

    /// <inheritdoc/>
    public override string ToString() => IsEmpty ? "<builtin>" : $"{File}:{Line}:{Column}";
}
