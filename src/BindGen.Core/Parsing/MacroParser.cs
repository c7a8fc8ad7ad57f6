using BindGen.Clang;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>
/// Collects macro definitions during the walk and evaluates the object-like ones in the library's own files to
/// <see cref="CConstant"/>s. Macros refer to each other lazily, so definitions in other files (limits.h...) still resolve.
/// What <see cref="MacroEvaluator"/> refuses and only clang can evaluate goes to <see cref="ClangMacroEvaluator"/>
/// (MacroParser.Triage.cs decides which).
/// </summary>
internal sealed partial class MacroParser
{
    private readonly ParseContext _context;
    private readonly IntegerWidths _widths;
    private readonly Dictionary<string, Definition> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MacroValue?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    private sealed record Definition(Cursor Cursor, CLocation Location, bool FunctionLike)
    {
        public List<Token>? Body { get; set; }
    }

    public MacroParser(ParseContext context)
    {
        _context = context;
        _widths = new IntegerWidths(context.Target);
    }

    public void Collect(Cursor cursor)
    {
        if (cursor.IsMacroBuiltin) return;
        var name = cursor.Spelling;
        // The last definition wins, as in the preprocessor after #undef/#define.
        _definitions[name] = new Definition(cursor, ParseContext.ToLocation(cursor.Location), cursor.IsMacroFunctionLike);
    }

    /// <summary>The macros <see cref="EvaluateAll"/> met that rename a function (<c>#define mpz_init __gmpz_init</c>).</summary>
    public List<CFunctionAlias> FunctionAliases { get; } = [];

    /// <summary>The function a macro body of one name (or one parenthesised name) names, when it is an exported function.</summary>
    private CFunction? RenamedFunction(List<Token> body)
    {
        var tokens = body.Count == 3 && body[0].Spelling == "(" && body[2].Spelling == ")" ? body.GetRange(1, 1) : body;
        if (tokens.Count != 1 || tokens[0].Kind != TokenKind.Identifier) return null;
        _functionsByName ??= _context.Functions.Values.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _functionsByName.TryGetValue(tokens[0].Spelling, out var f) && !f.IsStatic ? f : null;
    }

    private Dictionary<string, CFunction>? _functionsByName;

    /// <summary>The function-like macros <see cref="EvaluateAll"/> met, for the shim to bind (or report).</summary>
    public List<CMacroFunction> FunctionLike { get; } = [];

    /// <summary>
    /// Evaluates every macro defined in a file for which <paramref name="evaluateIn"/> is true: in house first, then the
    /// ones it cannot evaluate through <paramref name="synthetic"/> (one extra parse, only when there are such macros).
    /// </summary>
    public List<CConstant> EvaluateAll(Func<string, bool> evaluateIn, SyntheticUnit? synthetic = null)
    {
        var constants = new List<CConstant>();
        var pending = new List<string>();
        foreach (var (name, definition) in _definitions)
        {
            if (!evaluateIn(definition.Location.File)) continue;
            if (definition.FunctionLike)
            {
                // Bound through the shim, or reported as not bound, by AddShimFunctionsPass.
                if (FunctionMacro(name, definition) is { } macro) FunctionLike.Add(macro);
                continue;
            }
            var body = BodyOf(definition);
            if (body.Count == 0) continue; // include guards and empty markers define nothing
            if (RenamedFunction(body) is { } function)
            {
                // #define mpz_init __gmpz_init: C users call mpz_init; it is bound by that name too.
                FunctionAliases.Add(new CFunctionAlias(name, function, definition.Location));
                continue;
            }
            if (Value(name) is { } v) constants.Add(Constant(name, definition, v));
            else if (synthetic is null) NotEvaluated(name, definition, null);
            else if ((ClangMacroEvaluator.WhyNotCandidate(body) ?? PlaceDependence(name)) is { } why) NotEvaluated(name, definition, why);
            else if (!NeedsClang(name)) NotEvaluated(name, definition, InHouseReason(name, body));
            else pending.Add(name);
        }
        if (pending.Count == 0) return constants;

        var outcomes = new ClangMacroEvaluator(_context, _widths).Evaluate(pending, synthetic!);
        foreach (var name in pending)
        {
            var definition = _definitions[name];
            var outcome = outcomes[name];
            if (outcome.Value is { } v) constants.Add(Constant(name, definition, v));
            else NotEvaluated(name, definition, outcome.Reason);
        }
        return constants;
    }

    /// <summary>Splits <c>NAME(a, b) body</c> into parameter names and body tokens; null when malformed.</summary>
    private static CMacroFunction? FunctionMacro(string name, Definition definition)
    {
        var tokens = definition.Cursor.Tokens();
        if (tokens.Count < 3 || tokens[1].Spelling != "(") return null;
        var parameters = new List<string>();
        bool variadic = false;
        int i = 2;
        for (; i < tokens.Count && tokens[i].Spelling != ")"; i++)
        {
            var spelling = tokens[i].Spelling;
            if (spelling == ",") continue;
            if (spelling == "...") variadic = true;
            else parameters.Add(spelling);
        }
        if (i >= tokens.Count) return null;
        return new CMacroFunction
        {
            Key = "macro:" + name,
            Name = name,
            Location = definition.Location,
            Comment = RecordParser.Comment(definition.Cursor),
            Parameters = [.. parameters],
            IsVariadic = variadic,
            Body = [.. tokens.Skip(i + 1).Select(t => t.Spelling)],
        };
    }

    private void NotEvaluated(string name, Definition definition, string? reason) =>
        _context.Diagnostics.Add(DiagnosticCodes.MacroNotEvaluated, definition.Location,
            $"macro '{name}' does not evaluate to a constant: {string.Join(" ", BodyOf(definition).Select(t => t.Spelling))}{(reason is null ? "" : $" ({reason})")}");

    private CConstant Constant(string name, Definition definition, MacroValue v)
    {
        CConstantValue constant = v.Kind switch
        {
            // Plain char is signed char or unsigned char on the target: C# has only those two.
            MacroValueKind.Integer => new CIntegerValue(v.Integer, v.Type != CPrimitiveKind.Char ? v.Type : _widths.IsSigned(CPrimitiveKind.Char) ? CPrimitiveKind.SChar : CPrimitiveKind.UChar,
                v.TypedefName, v.NamedType ?? NamedTypedef(v.TypedefName)),
            MacroValueKind.Float => new CFloatValue(v.Float, v.Type),
            _ => new CStringValue(v.Bytes),
        };
        return new CConstant { Key = "macro:" + name, Name = name, Location = definition.Location, Comment = RecordParser.Comment(definition.Cursor), Value = constant };
    }

    private CTypedefRef? NamedTypedef(string? name) =>
        name is not null && _context.TypedefsByName.TryGetValue(name, out var key) ? new CTypedefRef(key, name, name) : null;

    private static List<Token> BodyOf(Definition definition)
    {
        if (definition.Body is not null) return definition.Body;
        var tokens = definition.Cursor.Tokens();
        // The first token is the macro's own name; comments inside the body (/*compat*/ in OpenSSL's asn1.h) are not code.
        definition.Body = tokens.Count > 0 ? tokens.GetRange(1, tokens.Count - 1) : tokens;
        definition.Body.RemoveAll(t => t.Kind == TokenKind.Comment);
        return definition.Body;
    }

    private MacroValue? Value(string name)
    {
        if (_values.TryGetValue(name, out var known)) return known;
        if (!_definitions.TryGetValue(name, out var definition) || definition.FunctionLike) return null;
        if (!_evaluating.Add(name)) return null;
        try
        {
            var body = BodyOf(definition);
            var value = HasUnresolvableIdentifier(body) ? null : new MacroEvaluator(_widths, ResolveIdentifier, ResolveTypeName).Evaluate(body);
            _values[name] = value;
            return value;
        }
        finally
        {
            _evaluating.Remove(name);
        }
    }

    /// <summary>
    /// True when an identifier of <paramref name="body"/> can name neither a value nor a type, so the evaluator would fail
    /// on it. Checked first because the evaluator fails by throwing, and in headers with thousands of such macros
    /// (OpenSSL's object identifiers) the exceptions cost more than the rest of the parse.
    /// </summary>
    private bool HasUnresolvableIdentifier(List<Token> body)
    {
        for (int i = 0; i < body.Count; i++)
        {
            var t = body[i];
            if (t.Kind != TokenKind.Identifier) continue;
            if (i > 0 && body[i - 1] is { Kind: TokenKind.Keyword, Spelling: "struct" or "union" or "enum" }) continue;
            if (_definitions.ContainsKey(t.Spelling))
            {
                if (Value(t.Spelling) is null && !_context.TypedefsByName.ContainsKey(t.Spelling)) return true;
                continue;
            }
            if (_context.EnumConstants.ContainsKey(t.Spelling) || _context.TypedefsByName.ContainsKey(t.Spelling)) continue;
            return true;
        }
        return false;
    }

    private MacroValue? ResolveIdentifier(string name)
    {
        if (_definitions.ContainsKey(name)) return Value(name);
        if (_context.EnumConstants.TryGetValue(name, out var constant)) return MacroValue.Int(constant.Value, constant.Type, _widths);
        return null;
    }

    private MacroTypeName? ResolveTypeName(IReadOnlyList<string> words)
    {
        var list = words.Where(w => w is not ("const" or "volatile")).ToList();
        bool pointer = list.Count > 0 && list[^1] == "*";
        while (list.Count > 0 && list[^1] == "*") list.RemoveAt(list.Count - 1);
        if (list.Count == 0) return null;
        if (pointer) return new MacroTypeName(null, _context.Target.PointerSize, null, true);

        if (list[0] is "struct" or "union" && list.Count == 2)
        {
            if (_context.RecordsByTag.TryGetValue(list[1], out var key) && _context.Records[key].IsComplete)
                return new MacroTypeName(null, _context.Records[key].Size, null, false);
            return null;
        }
        // An enum's type is the enum, compatible with an integer type the tag alone does not tell: clang evaluates these.
        if (list[0] == "enum") return null;

        if (list.Count == 1 && !IsKeyword(list[0]))
        {
            if (_definitions.ContainsKey(list[0])) return null; // a parenthesised macro, not a cast
            if (!_context.TypedefsByName.TryGetValue(list[0], out var typedefKey)) return null;
            var resolved = ResolveTypedef(_context.Typedefs[typedefKey].Underlying);
            return resolved is null ? null : resolved.Value with { TypedefName = list[0] };
        }

        var kind = Keywords(list);
        return kind is null ? null : new MacroTypeName(kind, _widths.SizeOf(kind.Value), null, false);
    }

    private MacroTypeName? ResolveTypedef(CType type) => type switch
    {
        CPrimitiveType p when p.Kind != CPrimitiveKind.Void => new MacroTypeName(p.Kind, _widths.SizeOf(p.Kind), null, false),
        CTypedefRef t when _context.Typedefs.TryGetValue(t.Key, out var td) => ResolveTypedef(td.Underlying),
        CEnumRef e when _context.Enums.TryGetValue(e.Key, out var en) => new MacroTypeName(en.IntegerType.Kind, _widths.SizeOf(en.IntegerType.Kind), null, false),
        CPointerType => new MacroTypeName(null, _context.Target.PointerSize, null, true),
        CRecordRef r when _context.Records.TryGetValue(r.Key, out var rec) && rec.IsComplete => new MacroTypeName(null, rec.Size, null, false),
        _ => null,
    };

    private static bool IsKeyword(string word) => word is "unsigned" or "signed" or "int" or "long" or "short" or "char" or "_Bool" or "float" or "double" or "void";

    private static CPrimitiveKind? Keywords(List<string> words)
    {
        int longs = words.Count(w => w == "long");
        bool unsigned = words.Contains("unsigned");
        bool signed = words.Contains("signed");
        if (words.Contains("_Bool")) return CPrimitiveKind.Bool;
        if (words.Contains("float")) return CPrimitiveKind.Float;
        if (words.Contains("double")) return longs > 0 ? null : CPrimitiveKind.Double;
        if (words.Contains("void")) return null;
        if (words.Contains("char")) return unsigned ? CPrimitiveKind.UChar : signed ? CPrimitiveKind.SChar : CPrimitiveKind.Char;
        if (words.Contains("short")) return unsigned ? CPrimitiveKind.UShort : CPrimitiveKind.Short;
        return longs switch
        {
            0 => unsigned ? CPrimitiveKind.UInt : CPrimitiveKind.Int,
            1 => unsigned ? CPrimitiveKind.ULong : CPrimitiveKind.Long,
            _ => unsigned ? CPrimitiveKind.ULongLong : CPrimitiveKind.LongLong,
        };
    }
}
