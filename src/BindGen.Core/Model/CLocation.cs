namespace BindGen.Core.Model;

/// <summary>Where a declaration was written. <see cref="File"/> is empty for builtins.</summary>
public sealed record CLocation(string File, int Line, int Column)
{
    /// <summary>No location.</summary>
    public static readonly CLocation None = new(string.Empty, 0, 0);

    /// <inheritdoc/>
    public override string ToString() => File.Length == 0 ? "<builtin>" : $"{File}:{Line}:{Column}";
}
