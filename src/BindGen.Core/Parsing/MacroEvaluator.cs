using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>
/// Evaluates the token list of an object-like macro as a C constant expression, with C's types: literal suffixes,
/// casts, sizeof, references to other macros and to enum constants, and the usual arithmetic conversions.
/// No second parse is needed: this works on the tokens of the one translation unit.
/// </summary>
internal sealed class MacroEvaluator(IntegerWidths widths, Func<string, MacroValue?> resolveIdentifier, Func<IReadOnlyList<string>, (CPrimitiveKind? Kind, long Size, string? TypedefName, bool IsPointer)?> resolveTypeName)
{
    private IReadOnlyList<Token> _tokens = [];
    private int _pos;

    /// <summary>Evaluates the body; null when it is not a constant expression BindGen understands.</summary>
    public MacroValue? Evaluate(IReadOnlyList<Token> body)
    {
        _tokens = body;
        _pos = 0;
        if (body.Count == 0) return null;
        try
        {
            var value = Conditional();
            return value is { } v && _pos == _tokens.Count ? v : null;
        }
        catch (NotConstantException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private sealed class NotConstantException : Exception;

    private static NotConstantException Fail() => new();

    private Token? Peek(int ahead = 0) => _pos + ahead < _tokens.Count ? _tokens[_pos + ahead] : null;

    private bool Accept(string punctuation)
    {
        if (Peek() is { } t && t.Spelling == punctuation && t.Kind == TokenKind.Punctuation)
        {
            _pos++;
            return true;
        }
        return false;
    }

    private void Expect(string punctuation)
    {
        if (!Accept(punctuation)) throw Fail();
    }

    private MacroValue Conditional()
    {
        var condition = LogicalOr();
        if (!Accept("?")) return condition;
        var whenTrue = Conditional();
        Expect(":");
        var whenFalse = Conditional();
        if (!condition.IsNumber) throw Fail();
        bool take = condition.AsDouble != 0;
        if (whenTrue.Kind == MacroValueKind.String || whenFalse.Kind == MacroValueKind.String) return take ? whenTrue : whenFalse;
        return Convert(take ? whenTrue : whenFalse, whenTrue, whenFalse);
    }

    private MacroValue LogicalOr()
    {
        var left = LogicalAnd();
        while (Accept("||"))
        {
            var right = LogicalAnd();
            left = MacroValue.Int(Truth(left) || Truth(right) ? 1 : 0, CPrimitiveKind.Int, widths);
        }
        return left;
    }

    private MacroValue LogicalAnd()
    {
        var left = Binary(0);
        while (Accept("&&"))
        {
            var right = Binary(0);
            left = MacroValue.Int(Truth(left) && Truth(right) ? 1 : 0, CPrimitiveKind.Int, widths);
        }
        return left;
    }

    private static readonly string[][] Levels =
    [
        ["|"], ["^"], ["&"], ["==", "!="], ["<", ">", "<=", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"],
    ];

    private MacroValue Binary(int level)
    {
        if (level == Levels.Length) return Unary();
        var left = Binary(level + 1);
        while (Peek() is { Kind: TokenKind.Punctuation } t && Array.IndexOf(Levels[level], t.Spelling) >= 0)
        {
            _pos++;
            var right = Binary(level + 1);
            left = Apply(t.Spelling, left, right);
        }
        return left;
    }

    private MacroValue Apply(string op, MacroValue a, MacroValue b)
    {
        if (!a.IsNumber || !b.IsNumber) throw Fail();
        if (op is "<<" or ">>")
        {
            if (a.Kind != MacroValueKind.Integer || b.Kind != MacroValueKind.Integer) throw Fail();
            var type = widths.Promote(a.Type);
            int count = (int)b.Integer;
            if (count < 0 || count >= widths.Bits(type)) throw Fail();
            var shifted = op == "<<" ? a.Integer << count : a.Integer >> count;
            return MacroValue.Int(shifted, type, widths);
        }

        if (a.Kind == MacroValueKind.Float || b.Kind == MacroValueKind.Float)
        {
            if (op is "%" or "&" or "|" or "^") throw Fail();
            var floatType = a.Type == CPrimitiveKind.Double || b.Type == CPrimitiveKind.Double || a.Kind == MacroValueKind.Integer && b.Type != CPrimitiveKind.Float
                ? (a.Kind == MacroValueKind.Float && a.Type == CPrimitiveKind.Float && b.Kind == MacroValueKind.Integer ? CPrimitiveKind.Float : CPrimitiveKind.Double)
                : CPrimitiveKind.Float;
            if (a.Kind == MacroValueKind.Integer && b.Type == CPrimitiveKind.Float) floatType = CPrimitiveKind.Float;
            double x = a.AsDouble, y = b.AsDouble;
            return op switch
            {
                "+" => MacroValue.Floating(x + y, floatType),
                "-" => MacroValue.Floating(x - y, floatType),
                "*" => MacroValue.Floating(x * y, floatType),
                "/" => MacroValue.Floating(x / y, floatType),
                "==" => Bool(x == y),
                "!=" => Bool(x != y),
                "<" => Bool(x < y),
                ">" => Bool(x > y),
                "<=" => Bool(x <= y),
                ">=" => Bool(x >= y),
                _ => throw Fail(),
            };
        }

        var common = widths.Common(a.Type, b.Type);
        var l = widths.Normalize(a.Integer, common);
        var r = widths.Normalize(b.Integer, common);
        string? typedefName = a.Type == common && a.TypedefName is not null ? a.TypedefName : b.Type == common ? b.TypedefName : null;
        return op switch
        {
            "+" => MacroValue.Int(l + r, common, widths, typedefName),
            "-" => MacroValue.Int(l - r, common, widths, typedefName),
            "*" => MacroValue.Int(l * r, common, widths, typedefName),
            "/" => r == 0 ? throw Fail() : MacroValue.Int(l / r, common, widths, typedefName),
            "%" => r == 0 ? throw Fail() : MacroValue.Int(l % r, common, widths, typedefName),
            "&" => MacroValue.Int(l & r, common, widths, typedefName),
            "|" => MacroValue.Int(l | r, common, widths, typedefName),
            "^" => MacroValue.Int(l ^ r, common, widths, typedefName),
            "==" => Bool(l == r),
            "!=" => Bool(l != r),
            "<" => Bool(l < r),
            ">" => Bool(l > r),
            "<=" => Bool(l <= r),
            ">=" => Bool(l >= r),
            _ => throw Fail(),
        };
    }

    private MacroValue Bool(bool value) => MacroValue.Int(value ? 1 : 0, CPrimitiveKind.Int, widths);

    private static bool Truth(MacroValue v) => v.Kind switch
    {
        MacroValueKind.Integer => v.Integer != 0,
        MacroValueKind.Float => v.Float != 0,
        _ => throw Fail(),
    };

    private MacroValue Convert(MacroValue value, MacroValue a, MacroValue b)
    {
        if (a.Kind == MacroValueKind.Float || b.Kind == MacroValueKind.Float) return MacroValue.Floating(value.AsDouble, CPrimitiveKind.Double);
        var common = widths.Common(a.Type, b.Type);
        return MacroValue.Int(value.Integer, common, widths);
    }

    private MacroValue Unary()
    {
        var t = Peek() ?? throw Fail();
        if (t.Kind == TokenKind.Punctuation)
        {
            switch (t.Spelling)
            {
                case "-":
                {
                    _pos++;
                    var v = Unary();
                    if (v.Kind == MacroValueKind.Float) return MacroValue.Floating(-v.Float, v.Type);
                    if (v.Kind != MacroValueKind.Integer) throw Fail();
                    var type = widths.Promote(v.Type);
                    return MacroValue.Int(-v.Integer, type, widths, v.TypedefName);
                }
                case "+":
                {
                    _pos++;
                    var v = Unary();
                    if (!v.IsNumber) throw Fail();
                    return v.Kind == MacroValueKind.Integer ? MacroValue.Int(v.Integer, widths.Promote(v.Type), widths, v.TypedefName) : v;
                }
                case "~":
                {
                    _pos++;
                    var v = Unary();
                    if (v.Kind != MacroValueKind.Integer) throw Fail();
                    var type = widths.Promote(v.Type);
                    return MacroValue.Int(~v.Integer, type, widths, v.TypedefName);
                }
                case "!":
                {
                    _pos++;
                    var v = Unary();
                    return Bool(!Truth(v));
                }
                case "(":
                    if (TryTypeName(_pos + 1, out var end, out var typeName) && end < _tokens.Count && _tokens[end].Spelling == ")")
                    {
                        _pos = end + 1;
                        var operand = Unary();
                        return Cast(operand, typeName);
                    }
                    break;
            }
        }
        else if (t.Kind == TokenKind.Keyword && t.Spelling == "sizeof")
        {
            _pos++;
            if (Accept("(") && TryTypeName(_pos, out var end, out var typeName) && end < _tokens.Count && _tokens[end].Spelling == ")")
            {
                _pos = end + 1;
                if (typeName.Size <= 0) throw Fail();
                return MacroValue.Int(typeName.Size, widths.SizeType, widths, "size_t");
            }
            throw Fail();
        }
        return Postfix();
    }

    private MacroValue Cast(MacroValue operand, (CPrimitiveKind? Kind, long Size, string? TypedefName, bool IsPointer) type)
    {
        if (type.IsPointer || type.Kind is not { } kind) throw Fail();
        if (!operand.IsNumber) throw Fail();
        if (kind is CPrimitiveKind.Float or CPrimitiveKind.Double) return MacroValue.Floating(operand.AsDouble, kind);
        if (!IntegerWidths.IsInteger(kind)) throw Fail();
        var integer = operand.Kind == MacroValueKind.Float ? (Int128)operand.Float : operand.Integer;
        return MacroValue.Int(integer, kind, widths, type.TypedefName);
    }

    private static readonly HashSet<string> TypeKeywords = ["unsigned", "signed", "int", "long", "short", "char", "_Bool", "float", "double", "const", "volatile", "struct", "union", "enum", "void"];

    /// <summary>Reads a type name starting at <paramref name="start"/>; <paramref name="end"/> is the index after it.</summary>
    private bool TryTypeName(int start, out int end, out (CPrimitiveKind? Kind, long Size, string? TypedefName, bool IsPointer) type)
    {
        end = start;
        type = default;
        var words = new List<string>();
        while (end < _tokens.Count)
        {
            var t = _tokens[end];
            if (t.Kind == TokenKind.Keyword && TypeKeywords.Contains(t.Spelling)) words.Add(t.Spelling);
            else if (t.Kind == TokenKind.Identifier && (words.Count == 0 || words[^1] is "struct" or "union" or "enum" || words.TrueForAll(w => w is "const" or "volatile"))) words.Add(t.Spelling);
            else if (t.Kind == TokenKind.Punctuation && t.Spelling == "*" && words.Count > 0) words.Add("*");
            else break;
            end++;
        }
        if (words.Count == 0) return false;
        var resolved = resolveTypeName(words);
        if (resolved is null) return false;
        type = resolved.Value;
        return true;
    }

    private MacroValue Postfix()
    {
        var t = Peek() ?? throw Fail();
        _pos++;
        switch (t.Kind)
        {
            case TokenKind.Literal:
                return Literal(t.Spelling);
            case TokenKind.Identifier:
            {
                if (resolveIdentifier(t.Spelling) is { } value) return value;
                throw Fail();
            }
            case TokenKind.Punctuation when t.Spelling == "(":
            {
                var inner = Conditional();
                Expect(")");
                return inner;
            }
        }
        throw Fail();
    }

    private MacroValue Literal(string text)
    {
        if (text.EndsWith('"'))
        {
            var bytes = ImmutableArray.CreateBuilder<byte>();
            bytes.AddRange(StringLiteral(text));
            // Adjacent string literals concatenate.
            while (Peek() is { Kind: TokenKind.Literal } next && next.Spelling.EndsWith('"'))
            {
                _pos++;
                bytes.AddRange(StringLiteral(next.Spelling));
            }
            return MacroValue.String(bytes.ToImmutable());
        }
        if (text.EndsWith('\''))
        {
            if (text[0] != '\'') throw Fail(); // wide and UTF-16/32 character constants
            var bytes = Unescape(text[1..^1]);
            if (bytes.Count != 1) throw Fail();
            // A character constant has type int; a char value above 127 is negative where char is signed.
            Int128 value = widths.IsSigned(CPrimitiveKind.Char) ? (sbyte)bytes[0] : bytes[0];
            return MacroValue.Int(value, CPrimitiveKind.Int, widths);
        }
        return Number(text);
    }

    private static List<byte> StringLiteral(string text)
    {
        if (text.StartsWith("u8\"", StringComparison.Ordinal)) text = text[2..];
        if (text[0] != '"') throw Fail(); // L"", u"", U"": not UTF-8
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
            if (++i >= body.Length) throw Fail();
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
                    if (i == start || !int.TryParse(body.AsSpan(start, i - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) || hex > 0xFF) throw Fail();
                    bytes.Add((byte)hex);
                    i--;
                    break;
                }
                case 'u':
                case 'U':
                {
                    int length = c == 'u' ? 4 : 8;
                    if (i + length >= body.Length) throw Fail();
                    // "\u00em" is an incomplete universal character name: clang only warns, so it reaches us (found by fuzzing).
                    if (!int.TryParse(body.AsSpan(i + 1, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
                        code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) throw Fail();
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
                    throw Fail();
            }
        }
        return bytes;
    }

    private MacroValue Number(string text)
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
        if (digits.Length == 0) throw Fail();
        value = 0;
        foreach (char c in digits)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : char.ToLowerInvariant(c) is >= 'a' and <= 'f' ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= radix) throw Fail();
            value = checked(value * radix + d);
        }

        bool unsigned = suffix.Contains('u');
        int longs = suffix.Count(ch => ch == 'l');
        if (suffix.Contains('z')) throw Fail();
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
        throw Fail();
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
        else if (last == 'l') throw Fail(); // long double
        if (hex) return MacroValue.Floating(ParseHexFloat(body), kind);
        if (!double.TryParse(body, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) throw Fail();
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
