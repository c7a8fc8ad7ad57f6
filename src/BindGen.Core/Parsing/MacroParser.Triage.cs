using BindGen.Clang;

namespace BindGen.Core.Parsing;

// Which of the macros the in-house evaluator refused go to clang, and why the others are no constants.
internal sealed partial class MacroParser
{
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
}
