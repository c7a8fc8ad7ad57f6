using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace BindGen.Core.Emit;

/// <summary>
/// The one rule every generated file's text follows: <c>\n</c> line endings, no trailing white space, no blank lines at
/// the start, no runs of blank lines, exactly one final newline. Reads text piece by piece (a <see cref="RenderedText"/>
/// is never joined into one string) and writes the result as a string or straight as UTF-8.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The normalized text of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        var sink = new StringSink(text.Length);
        Run([text.AsMemory()], ref sink);
        return sink.Builder.ToString();
    }

    /// <summary>The normalized text of <paramref name="text"/>, encoded as UTF-8 (no byte order mark).</summary>
    public static ReadOnlyMemory<byte> NormalizeToUtf8(RenderedText text)
    {
        // Room for the text as it is when it is ASCII (normalizing only shortens it); grown if it is not. Not zeroed: pages
        // past the end are never touched.
        var sink = new Utf8Sink(text.Length + 1);
        Run(text.Pieces, ref sink);
        return sink.Result;
    }

    private static void Run<TSink>(ReadOnlySpan<ReadOnlyMemory<char>> pieces, ref TSink sink) where TSink : struct, ILineSink
    {
        var lines = new LineState();
        // A line that spans pieces is gathered here; the others are read where they are.
        char[]? partial = null;
        int partialLength = 0;
        try
        {
            foreach (var piece in pieces)
            {
                var rest = piece.Span;
                while (true)
                {
                    int newline = rest.IndexOf('\n');
                    if (newline < 0)
                    {
                        Gather(ref partial, ref partialLength, rest);
                        break;
                    }
                    if (partialLength == 0) lines.Add(rest[..newline], ref sink);
                    else
                    {
                        Gather(ref partial, ref partialLength, rest[..newline]);
                        lines.Add(partial.AsSpan(0, partialLength), ref sink);
                        partialLength = 0;
                    }
                    rest = rest[(newline + 1)..];
                }
            }
            lines.Add(partial.AsSpan(0, partialLength), ref sink);
            lines.End(ref sink);
        }
        finally
        {
            if (partial is not null) ArrayPool<char>.Shared.Return(partial);
        }
    }

    private static void Gather(ref char[]? partial, ref int length, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        if (partial is null || partial.Length < length + text.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(256, 2 * (length + text.Length)));
            if (partial is not null)
            {
                partial.AsSpan(0, length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(partial);
            }
            partial = larger;
        }
        text.CopyTo(partial.AsSpan(length));
        length += text.Length;
    }

    /// <summary>Which lines are kept: blank ones only between two kept non-blank ones, and one of a run.</summary>
    private struct LineState
    {
        private bool _any;
        private bool _blankPending;

        /// <summary>One line of the text (without its line feed).</summary>
        public void Add<TSink>(ReadOnlySpan<char> line, ref TSink sink) where TSink : struct, ILineSink
        {
            line = line.TrimEnd(); // also drops the \r of a \r\n
            if (line.IsEmpty)
            {
                _blankPending = _any;
                return;
            }
            if (_blankPending) sink.Write("\n");
            sink.Write(line);
            sink.Write("\n");
            _any = true;
            _blankPending = false;
        }

        /// <summary>After the last line: a text with no non-blank line is one newline.</summary>
        public readonly void End<TSink>(ref TSink sink) where TSink : struct, ILineSink
        {
            if (!_any) sink.Write("\n");
        }
    }

    private interface ILineSink
    {
        void Write(ReadOnlySpan<char> text);
    }

    private readonly struct StringSink(int capacity) : ILineSink
    {
        public StringBuilder Builder { get; } = new(capacity);

        public void Write(ReadOnlySpan<char> text) => Builder.Append(text);
    }

    private struct Utf8Sink(int capacity) : ILineSink
    {
        private byte[] _bytes = GC.AllocateUninitializedArray<byte>(capacity);
        private int _length;

        public readonly ReadOnlyMemory<byte> Result => _bytes.AsMemory(0, _length);

        public void Write(ReadOnlySpan<char> text)
        {
            while (true)
            {
                // Invalid UTF-16 (a lone surrogate) becomes U+FFFD, as Encoding.UTF8 writes it.
                var status = Utf8.FromUtf16(text, _bytes.AsSpan(_length), out int read, out int written, replaceInvalidSequences: true);
                _length += written;
                if (status != System.Buffers.OperationStatus.DestinationTooSmall) return;
                text = text[read..];
                var larger = GC.AllocateUninitializedArray<byte>(Math.Max(2 * _bytes.Length, _length + Encoding.UTF8.GetMaxByteCount(text.Length)));
                _bytes.AsSpan(0, _length).CopyTo(larger);
                _bytes = larger;
            }
        }
    }
}
