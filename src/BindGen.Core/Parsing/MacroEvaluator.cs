using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>
/// Evaluates the token list of an object-like macro as a C constant expression, with C's types: literal suffixes,
/// casts, sizeof, references to other macros and to enum constants, and the usual arithmetic conversions.
/// It works on the tokens of the one translation unit; what it refuses, <see cref="ClangMacroEvaluator"/> may evaluate.
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
                return MacroLiterals.Read(t.Spelling, _tokens, ref _pos, widths);
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
}
