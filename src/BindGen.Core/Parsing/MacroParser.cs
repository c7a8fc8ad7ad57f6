using BindGen.Clang;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>
/// Collects macro definitions during the walk and evaluates the object-like ones in the library's own files to
/// <see cref="CConstant"/>s. Macros refer to each other lazily, so definitions in other files (limits.h...) still resolve.
/// </summary>
internal sealed class MacroParser
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

    public MacroParser(ParseContext context, bool charIsSigned)
    {
        _context = context;
        _widths = new IntegerWidths(context.Target, charIsSigned);
    }

    public void Collect(Cursor cursor)
    {
        if (cursor.IsMacroBuiltin) return;
        var name = cursor.Spelling;
        // The last definition wins, as in the preprocessor after #undef/#define.
        _definitions[name] = new Definition(cursor, ParseContext.ToLocation(cursor.Location), cursor.IsMacroFunctionLike);
    }

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
                _context.Diagnostics.Add(DiagnosticCodes.FunctionLikeMacro, definition.Location, $"function-like macro '{name}' is not bound");
                continue;
            }
            var body = BodyOf(definition);
            if (body.Count == 0) continue; // include guards and empty markers define nothing
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

    private readonly Dictionary<string, bool> _needsClang = new(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="name"/>'s expansion has something only clang evaluates (a function-like macro, a
    /// <c>__builtin</c>, an enum cast, a cast to a type named by a macro, a wide character), directly or through other
    /// macros. The rest of what the in-house evaluator refuses (attributes, storage classes, a type alone, function names,
    /// undeclared identifiers) clang refuses too: such macros cost no extra parse (zlib.h and sqlite3.h have only those).
    /// </summary>
    private bool NeedsClang(string name)
    {
        if (_needsClang.TryGetValue(name, out var known)) return known;
        _needsClang[name] = false; // a macro that refers to itself expands once
        var body = BodyOf(_definitions[name]);
        bool needs = false;
        for (int i = 0; i < body.Count && !needs; i++)
        {
            var t = body[i];
            needs = t.Kind switch
            {
                TokenKind.Keyword => t.Spelling is "enum" or "_Generic" or "_Alignof" or "__alignof__" or "__alignof" or "sizeof" or "__typeof__" or "typeof" or "__extension__",
                // A wide character constant, or a string the in-house evaluator did not join (OSSL_HTTPS_NAME "://").
                TokenKind.Literal => t.Spelling[^1] == '"' || t.Spelling[0] is 'L' or 'u' or 'U' && t.Spelling[^1] == '\'',
                TokenKind.Identifier when t.Spelling.StartsWith("__builtin", StringComparison.Ordinal) || t.Spelling == "__extension__" => true,
                TokenKind.Identifier when _definitions.TryGetValue(t.Spelling, out var d) =>
                    d.FunctionLike || NeedsClang(t.Spelling) || i + 1 < body.Count && body[i + 1].Spelling is ")" or "*" && IsTypeMacro(t.Spelling, 0),
                _ => false,
            };
        }
        return _needsClang[name] = needs;
    }

    private HashSet<string>? _functionNames;

    /// <summary>Why a macro clang is not asked about is no constant, when the tokens tell: a type, a function, an unknown name.</summary>
    private string? InHouseReason(string name, List<Token> body)
    {
        if (IsTypeMacro(name, 0)) return "a type, not a value";
        _functionNames ??= [.. _context.Functions.Values.Select(f => f.Name)];
        for (int i = 0; i < body.Count; i++)
        {
            var t = body[i];
            if (t.Kind != TokenKind.Identifier || i > 0 && body[i - 1].Spelling is "struct" or "union" or "enum") continue;
            if (_functionNames.Contains(t.Spelling)) return $"'{t.Spelling}' is a function";
            if (!_definitions.ContainsKey(t.Spelling) && !_context.EnumConstants.ContainsKey(t.Spelling) && !_context.TypedefsByName.ContainsKey(t.Spelling))
                return $"'{t.Spelling}' is not a constant";
        }
        return null;
    }

    /// <summary>True when the object-like macro <paramref name="name"/> expands to a type name (<c>#define LIB_SIZE size_t</c>).</summary>
    private bool IsTypeMacro(string name, int depth)
    {
        if (depth > 16 || !_definitions.TryGetValue(name, out var definition) || definition.FunctionLike) return false;
        var body = BodyOf(definition);
        return body.Count > 0 && body.TrueForAll(t => t.Kind switch
        {
            TokenKind.Keyword => TypeWords.Contains(t.Spelling),
            TokenKind.Identifier => _context.TypedefsByName.ContainsKey(t.Spelling) || IsTypeMacro(t.Spelling, depth + 1),
            TokenKind.Punctuation => t.Spelling == "*",
            _ => false,
        });
    }

    private static readonly HashSet<string> TypeWords = ["unsigned", "signed", "int", "long", "short", "char", "_Bool", "float", "double", "const", "volatile", "struct", "union", "enum", "void"];

    private static readonly HashSet<string> PlaceMacros = ["__FILE__", "__LINE__", "__COUNTER__", "__DATE__", "__TIME__", "__TIMESTAMP__",
        "__FILE_NAME__", "__BASE_FILE__", "__INCLUDE_LEVEL__", "__func__", "__FUNCTION__", "__PRETTY_FUNCTION__"];
    private readonly Dictionary<string, string?> _placeDependence = new(StringComparer.Ordinal);

    /// <summary>
    /// Why <paramref name="name"/>'s value depends on where it is expanded (it reaches <c>__FILE__</c>, <c>__LINE__</c>...
    /// through any macro), or null. clang would expand it in the declarations file and give that file's name.
    /// </summary>
    private string? PlaceDependence(string name)
    {
        if (_placeDependence.TryGetValue(name, out var known)) return known;
        _placeDependence[name] = null; // a macro that refers to itself expands once
        string? why = null;
        foreach (var t in BodyOf(_definitions[name]))
        {
            if (t.Kind != TokenKind.Identifier && t.Kind != TokenKind.Keyword) continue;
            if (PlaceMacros.Contains(t.Spelling)) why = $"its value depends on where it is expanded ({t.Spelling})";
            else if (_definitions.ContainsKey(t.Spelling)) why = PlaceDependence(t.Spelling);
            if (why is not null) break;
        }
        return _placeDependence[name] = why;
    }

    private void NotEvaluated(string name, Definition definition, string? reason) =>
        _context.Diagnostics.Add(DiagnosticCodes.MacroNotEvaluated, definition.Location,
            $"macro '{name}' does not evaluate to a constant: {string.Join(" ", BodyOf(definition).Select(t => t.Spelling))}{(reason is null ? "" : $" ({reason})")}");

    private CConstant Constant(string name, Definition definition, MacroValue v)
    {
        CConstantValue constant = v.Kind switch
        {
            MacroValueKind.Integer => new CIntegerValue(v.Integer, v.Type, v.TypedefName, v.NamedType ?? NamedTypedef(v.TypedefName)),
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

    private (CPrimitiveKind? Kind, long Size, string? TypedefName, bool IsPointer)? ResolveTypeName(IReadOnlyList<string> words)
    {
        var list = words.Where(w => w is not ("const" or "volatile")).ToList();
        bool pointer = list.Count > 0 && list[^1] == "*";
        while (list.Count > 0 && list[^1] == "*") list.RemoveAt(list.Count - 1);
        if (list.Count == 0) return null;
        if (pointer) return (null, _context.Target.PointerSize, null, true);

        if (list[0] is "struct" or "union" && list.Count == 2)
        {
            if (_context.RecordsByTag.TryGetValue(list[1], out var key) && _context.Records[key].IsComplete)
                return (null, _context.Records[key].Size, null, false);
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
        return kind is null ? null : (kind, _widths.SizeOf(kind.Value), null, false);
    }

    private (CPrimitiveKind? Kind, long Size, string? TypedefName, bool IsPointer)? ResolveTypedef(CType type) => type switch
    {
        CPrimitiveType p when p.Kind != CPrimitiveKind.Void => (p.Kind, _widths.SizeOf(p.Kind), null, false),
        CTypedefRef t when _context.Typedefs.TryGetValue(t.Key, out var td) => ResolveTypedef(td.Underlying),
        CEnumRef e when _context.Enums.TryGetValue(e.Key, out var en) => (en.IntegerType.Kind, _widths.SizeOf(en.IntegerType.Kind), null, false),
        CPointerType => (null, _context.Target.PointerSize, null, true),
        CRecordRef r when _context.Records.TryGetValue(r.Key, out var rec) && rec.IsComplete => (null, rec.Size, null, false),
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
