using System.Text;
using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>
/// The output of every render: text Scriban writes goes into a builder; a <see cref="RenderedText"/> appended by
/// <see cref="RenderContext"/> is kept by reference, between the builder's text before and after it. Unlike Scriban's
/// <see cref="StringBuilderOutput"/>, Scriban does not clear it after a render (which, for a chunked builder of megabytes,
/// allocates a fresh array of 1.2× the output on the large-object heap).
/// </summary>
internal sealed class RenderedTextOutput : IScriptOutput
{
    private readonly List<ReadOnlyMemory<char>> _pieces = [];
    private StringBuilder _builder = new();
    private long _length;

    public void Write(string text, int offset, int count) => _builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        _builder.Append(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Appends <paramref name="text"/> without copying it.</summary>
    public void Append(RenderedText text)
    {
        if (text.Length == 0) return;
        Seal();
        foreach (var piece in text.Pieces) _pieces.Add(piece);
        _length += text.Length;
    }

    /// <summary>Everything written so far.</summary>
    public RenderedText ToRenderedText()
    {
        Seal();
        if (_length > int.MaxValue) throw new OutOfMemoryException("rendered text longer than 2 GiB characters");
        return _length == 0 ? RenderedText.Empty : new RenderedText([.. _pieces], (int)_length);
    }

    // The builder's text becomes pieces, and later writes go to a new builder: the pieces' memory is never written again.
    private void Seal()
    {
        if (_builder.Length == 0) return;
        foreach (var chunk in _builder.GetChunks())
        {
            if (chunk.Length > 0) _pieces.Add(chunk);
        }
        _length += _builder.Length;
        _builder = new StringBuilder();
    }
}
