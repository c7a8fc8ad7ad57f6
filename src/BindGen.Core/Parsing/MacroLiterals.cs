using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>C literals of a macro body with C's types: integers (suffixes, the C11 6.4.4.1 type lists), floats, characters, strings.</summary>
internal static class MacroLiterals
{
    /// <summary>Reads the literal <paramref name="text"/>; a string literal also takes the adjacent ones after <paramref name="pos"/>.</summary>
    public static MacroValue Read(string text, IReadOnlyList<Token> tokens, ref int pos, IntegerWidths widths)
    {
        if (text.EndsWith('"'))
        {
            var bytes = ImmutableArray.CreateBuilder<byte>();
            bytes.AddRange(StringLiteral(text));
            // Adjacent string literals concatenate.
            while (pos < tokens.Count && tokens[pos] is { Kind: TokenKind.Literal } next && next.Spelling.EndsWith('"'))
            {
                pos++;
                bytes.AddRange(StringLiteral(next.Spelling));
            }
            return MacroValue.String(bytes.ToImmutable());
        }
        if (text.EndsWith('\''))
        {
            if (text[0] != '\'') throw new NotConstantException(); // wide and UTF-16/32 character constants
            var bytes = Unescape(text[1..^1]);
            if (bytes.Count != 1) throw new NotConstantException();
            // A character constant has type int; a char value above 127 is negative where char is signed.
            Int128 value = widths.IsSigned(CPrimitiveKind.Char) ? (sbyte)bytes[0] : bytes[0];
            return MacroValue.Int(value, CPrimitiveKind.Int, widths);
        }
        return Number(text, widths);
    }

    private static List<byte> StringLiteral(string text)
    {
        if (text.StartsWith("u8\"", StringComparison.Ordinal)) text = text[2..];
        if (text[0] != '"') throw new NotConstantException(); // L"", u"", U"": not UTF-8
        return Unescape(text[1..^1]);
    }

    private static List<byte> Unescape(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\')
            {
                if (char.IsSurrogate(c) && i + 1 < body.Length)
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(body.Substring(i, 2)));
                    i++;
                }
                else bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            if (++i >= body.Length) throw new NotConstantException();
            c = body[i];
            switch (c)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'v': bytes.Add(11); break;
                case 'e': bytes.Add(27); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case '?': bytes.Add((byte)'?'); break;
                case 'x':
                {
                    int start = ++i;
                    while (i < body.Length && Uri.IsHexDigit(body[i])) i++;
                    // clang rejects a value past 0xFF; never let a malformed escape throw anything but Fail (found by fuzzing).
                    if (i == start || !int.TryParse(body.AsSpan(start, i - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) || hex > 0xFF) throw new NotConstantException();
                    bytes.Add((byte)hex);
                    i--;
                    break;
                }
                case 'u':
                case 'U':
                {
                    int length = c == 'u' ? 4 : 8;
                    if (i + length >= body.Length) throw new NotConstantException();
                    // "\u00em" is an incomplete universal character name: clang only warns, so it reaches us (found by fuzzing).
                    if (!int.TryParse(body.AsSpan(i + 1, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
                        code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) throw new NotConstantException();
                    bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(code)));
                    i += length;
                    break;
                }
                default:
                    if (c is >= '0' and <= '7')
                    {
                        int value = 0, digits = 0;
                        while (digits < 3 && i < body.Length && body[i] is >= '0' and <= '7')
                        {
                            value = value * 8 + (body[i] - '0');
                            i++;
                            digits++;
                        }
                        i--;
                        bytes.Add((byte)value);
                        break;
                    }
                    throw new NotConstantException();
            }
        }
        return bytes;
    }

    private static MacroValue Number(string text, IntegerWidths widths)
    {
        var t = text.Replace("'", "", StringComparison.Ordinal); // C23 digit separators
        bool hex = t.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        bool binary = t.StartsWith("0b", StringComparison.OrdinalIgnoreCase);
        bool isFloat = !binary && (hex ? t.Contains('p', StringComparison.OrdinalIgnoreCase) : t.IndexOfAny(['.', 'e', 'E']) >= 0);
        if (isFloat) return FloatLiteral(t, hex);

        int end = t.Length;
        while (end > 0 && char.ToLowerInvariant(t[end - 1]) is 'u' or 'l' or 'z') end--;
        var suffix = t[end..].ToLowerInvariant();
        var digits = t[..end];
        Int128 value;
        int radix;
        if (hex) { radix = 16; digits = digits[2..]; }
        else if (binary) { radix = 2; digits = digits[2..]; }
        else if (digits.Length > 1 && digits[0] == '0') { radix = 8; digits = digits[1..]; }
        else radix = 10;
        if (digits.Length == 0) throw new NotConstantException();
        value = 0;
        foreach (char c in digits)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : char.ToLowerInvariant(c) is >= 'a' and <= 'f' ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= radix) throw new NotConstantException();
            value = checked(value * radix + d);
        }

        bool unsigned = suffix.Contains('u');
        int longs = suffix.Count(ch => ch == 'l');
        if (suffix.Contains('z')) throw new NotConstantException();
        // C11 6.4.4.1: the first type in the list that can represent the value.
        var candidates = new List<CPrimitiveKind>();
        bool decimalNoU = radix == 10 && !unsigned;
        void Add(CPrimitiveKind signed, CPrimitiveKind unsignedKind)
        {
            if (!unsigned) candidates.Add(signed);
            if (unsigned || !decimalNoU) candidates.Add(unsignedKind);
        }
        if (longs == 0) Add(CPrimitiveKind.Int, CPrimitiveKind.UInt);
        if (longs <= 1) Add(CPrimitiveKind.Long, CPrimitiveKind.ULong);
        Add(CPrimitiveKind.LongLong, CPrimitiveKind.ULongLong);
        foreach (var kind in candidates)
        {
            int bits = widths.Bits(kind) - (widths.IsSigned(kind) ? 1 : 0);
            if (value < (Int128.One << bits)) return MacroValue.Int(value, kind, widths);
        }
        throw new NotConstantException();
    }

    private static MacroValue FloatLiteral(string text, bool hex)
    {
        var kind = CPrimitiveKind.Double;
        var body = text;
        var last = char.ToLowerInvariant(body[^1]);
        if (last == 'f' && !hex || hex && last == 'f' && body.Contains('p', StringComparison.OrdinalIgnoreCase))
        {
            kind = CPrimitiveKind.Float;
            body = body[..^1];
        }
        else if (last == 'l') throw new NotConstantException(); // long double
        if (hex) return MacroValue.Floating(ParseHexFloat(body), kind);
        if (!double.TryParse(body, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) throw new NotConstantException();
        return MacroValue.Floating(value, kind);
    }

    private static double ParseHexFloat(string text)
    {
        var s = text[2..].ToLowerInvariant();
        int p = s.IndexOf('p');
        var mantissa = s[..p];
        int exponent = int.Parse(s[(p + 1)..], CultureInfo.InvariantCulture);
        double value = 0;
        int dot = mantissa.IndexOf('.');
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        foreach (char c in digits) value = value * 16 + System.Convert.ToInt32(c.ToString(), 16);
        if (dot >= 0) exponent -= 4 * (mantissa.Length - dot - 1);
        return value * Math.Pow(2, exponent);
    }
}

/// <summary>Thrown inside macro evaluation when an expression is not a constant BindGen understands; never escapes it.</summary>
internal sealed class NotConstantException : Exception;
