using BindGen.Clang;

namespace BindGen.Core.Parsing;

/// <summary>
/// Evaluates the token list of an object-like macro as a C constant expression: the grammar (precedence climbing over
/// the tokens of the one translation unit), with literals read by <see cref="MacroLiterals"/>, type names by
/// <see cref="MacroTypeName"/> and the caller's resolver, and C's typed arithmetic by <see cref="MacroArithmetic"/>.
/// References to other macros and to enum constants go through the caller's resolver. What it refuses,
/// <see cref="ClangMacroEvaluator"/> may evaluate.
/// </summary>
internal sealed class MacroEvaluator(IntegerWidths widths, Func<string, MacroValue?> resolveIdentifier, Func<IReadOnlyList<string>, MacroTypeName?> resolveTypeName)
{
    private readonly MacroArithmetic _arithmetic = new(widths);
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

    private static NotConstantException Fail() => MacroArithmetic.Fail();

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
        return _arithmetic.Select(condition, whenTrue, whenFalse);
    }

    private MacroValue LogicalOr()
    {
        var left = LogicalAnd();
        while (Accept("||")) left = _arithmetic.Logical(isOr: true, left, LogicalAnd());
        return left;
    }

    private MacroValue LogicalAnd()
    {
        var left = Binary(0);
        while (Accept("&&")) left = _arithmetic.Logical(isOr: false, left, Binary(0));
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
            left = _arithmetic.Apply(t.Spelling, left, right);
        }
        return left;
    }

    private MacroValue Unary()
    {
        var t = Peek() ?? throw Fail();
        if (t.Kind == TokenKind.Punctuation)
        {
            switch (t.Spelling)
            {
                case "-" or "+" or "~" or "!":
                    _pos++;
                    return _arithmetic.Unary(t.Spelling, Unary());
                case "(":
                    if (TryTypeName(_pos + 1, out var end, out var typeName) && end < _tokens.Count && _tokens[end].Spelling == ")")
                    {
                        _pos = end + 1;
                        return _arithmetic.Cast(Unary(), typeName);
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
                return _arithmetic.SizeOf(typeName);
            }
            throw Fail();
        }
        return Postfix();
    }

    /// <summary>Reads a type name starting at <paramref name="start"/>; <paramref name="end"/> is the index after it.</summary>
    private bool TryTypeName(int start, out int end, out MacroTypeName type)
    {
        type = default;
        if (MacroTypeName.ReadWords(_tokens, start, out end) is not { } words || resolveTypeName(words) is not { } resolved) return false;
        type = resolved;
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
