namespace BindGen.Core.Emit;

/// <summary>
/// Text a template rendered, kept as the pieces it was written into (the chunks of the builders that received it) instead
/// of one string: <c>bg.render_each</c> returns one, a section or file render produces one, and
/// <see cref="RenderContext"/> appends one to the output it is written to by reference, so the megabytes of a large
/// header are not copied again at each level. <see cref="ToString"/> gives the text, for any other use a template makes
/// of the value (<c>| bg.indent</c>, string functions, <c>capture</c>). Never changes once made.
/// </summary>
internal sealed class RenderedText
{
    private readonly ReadOnlyMemory<char>[] _pieces;
    private string? _text;

    /// <summary>No text.</summary>
    public static RenderedText Empty { get; } = new([], 0);

    /// <summary>The text made of <paramref name="pieces"/> in order; <paramref name="length"/> is the sum of their lengths.</summary>
    public RenderedText(ReadOnlyMemory<char>[] pieces, int length)
    {
        _pieces = pieces;
        Length = length;
    }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The pieces of the text, in order.</summary>
    public ReadOnlySpan<ReadOnlyMemory<char>> Pieces => _pieces;

    /// <summary>True when the text ends with a line feed.</summary>
    public bool EndsWithNewLine
    {
        get
        {
            for (int i = _pieces.Length - 1; i >= 0; i--)
            {
                if (_pieces[i].Length > 0) return _pieces[i].Span[^1] == '\n';
            }
            return false;
        }
    }

    /// <summary><paramref name="parts"/> one after the other (their pieces, not copies of their text).</summary>
    public static RenderedText Concat(IReadOnlyList<RenderedText> parts)
    {
        if (parts.Count == 1) return parts[0];
        int count = 0;
        long length = 0;
        foreach (var part in parts)
        {
            count += part._pieces.Length;
            length += part.Length;
        }
        if (length > int.MaxValue) throw new OutOfMemoryException("rendered text longer than 2 GiB characters");
        var pieces = new ReadOnlyMemory<char>[count];
        int next = 0;
        foreach (var part in parts)
        {
            part._pieces.CopyTo(pieces, next);
            next += part._pieces.Length;
        }
        return new RenderedText(pieces, (int)length);
    }

    /// <summary>The text as one string (made once, on first use).</summary>
    public override string ToString() => _text ??= string.Create(Length, _pieces, static (span, pieces) =>
    {
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(span);
            span = span[piece.Length..];
        }
    });
}
