using System.Text;

namespace BindGen.Core.Emit;

/// <summary>
/// One generated file: a path relative to the output location (just the file name in single-file mode) and its text. The
/// text is held as the UTF-8 bytes that are written (<see cref="Utf8"/>); <see cref="Content"/> decodes them on first use.
/// </summary>
public sealed record OutputFile
{
    private string? _content;

    /// <summary>A file of text <paramref name="content"/>.</summary>
    public OutputFile(string relativePath, string content)
    {
        RelativePath = relativePath;
        _content = content;
        Utf8 = Encoding.UTF8.GetBytes(content);
    }

    /// <summary>A file of the UTF-8 text <paramref name="utf8"/> (no byte order mark), as <see cref="TextNormalizer"/> writes it.</summary>
    internal OutputFile(string relativePath, ReadOnlyMemory<byte> utf8)
    {
        RelativePath = relativePath;
        Utf8 = utf8;
    }

    /// <summary>The path relative to the output location.</summary>
    public string RelativePath { get; init; }

    /// <summary>The text.</summary>
    public string Content => _content ??= Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>The text encoded as UTF-8, without a byte order mark: the bytes written to the file.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>The path and the text.</summary>
    public void Deconstruct(out string relativePath, out string content) => (relativePath, content) = (RelativePath, Content);

    /// <summary>Same path, same bytes.</summary>
    public bool Equals(OutputFile? other) =>
        other is not null && RelativePath == other.RelativePath && Utf8.Span.SequenceEqual(other.Utf8.Span);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RelativePath);
        hash.AddBytes(Utf8.Span);
        return hash.ToHashCode();
    }
}
