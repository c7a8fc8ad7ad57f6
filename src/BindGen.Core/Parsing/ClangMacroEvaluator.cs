using System.Text;
using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>
/// Evaluates the macros the in-house <see cref="MacroEvaluator"/> cannot (function-like macros in the expansion,
/// <c>UINT64_C</c>, casts to types named by macros, enum casts) by asking clang: one extra parse for the whole run, of a
/// main file that includes the same inputs and then declares <c>static __auto_type __bindgen_macro_NAME = NAME;</c> per
/// macro. clang gives each initializer's value (<c>clang_Cursor_Evaluate</c>) and C's type of the expression; a
/// declaration that does not compile leaves its macro unevaluated, with clang's message as the reason.
/// </summary>
internal sealed class ClangMacroEvaluator(ParseContext context, IntegerWidths widths)
{
    private const string Prefix = "__bindgen_macro_";

    /// <summary>Either a value or the reason there is none.</summary>
    public readonly record struct Outcome(MacroValue? Value, string? Reason);

    private static readonly HashSet<string> DeclarationWords = ["__attribute__", "__declspec", "extern", "static", "inline", "__inline", "__inline__",
        "typedef", "register", "auto", "_Noreturn", "_Thread_local", "__thread", "asm", "__asm", "__asm__", "_Static_assert"];

    /// <summary>
    /// Null when <paramref name="body"/> can stand alone as an initializer, else why not: unbalanced brackets, statement
    /// or block punctuation (one bad declaration must not swallow the next), a top-level comma (OpenSSL's object
    /// identifiers <c>1L,2L,3L</c> are lists, not comma expressions).
    /// </summary>
    public static string? WhyNotCandidate(IReadOnlyList<Token> body)
    {
        int depth = 0;
        foreach (var t in body)
        {
            if (t.Kind == TokenKind.Keyword && DeclarationWords.Contains(t.Spelling)) return "a declaration specifier or attribute, not an expression";
            if (t.Kind != TokenKind.Punctuation) continue;
            // A stray character (U+0085, a control character): clang reads some as whitespace where gcc rejects them.
            if (t.Spelling.Any(ch => ch > 0x7E || char.IsControl(ch))) return "a stray character";
            switch (t.Spelling)
            {
                case "(" or "[": depth++; break;
                case ")" or "]": if (--depth < 0) return "unbalanced brackets"; break;
                case ";" or "{" or "}" or "#" or "##": return "a declaration or statement, not an expression";
                case "," when depth == 0: return "a list, not one expression";
            }
        }
        return depth == 0 ? null : "unbalanced brackets";
    }

    /// <summary>Evaluates <paramref name="names"/> in one parse of <paramref name="unit"/> plus their declarations.</summary>
    public Dictionary<string, Outcome> Evaluate(IReadOnlyList<string> names, SyntheticUnit unit)
    {
        var source = new StringBuilder(unit.Prelude);
        if (source.Length > 0 && source[^1] != '\n') source.Append('\n');
        int firstLine = 1;
        for (int i = 0; i < source.Length; i++) if (source[i] == '\n') firstLine++;
        foreach (var name in names) source.Append("static __auto_type ").Append(Prefix).Append(name).Append(" = ").Append(name).Append(";\n");

        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        using var tu = unit.Parse(source.ToString());
        if (tu is null)
        {
            foreach (var name in names) outcomes[name] = new Outcome(null, "libclang could not parse the macro declarations");
            return outcomes;
        }

        // An error on a declaration's line (its expansion location: errors inside macros land there too) is that macro's.
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in tu.Diagnostics())
        {
            if (d.Severity < ClangSeverity.Error || d.Location.File != unit.File) continue;
            int index = d.Location.Line - firstLine;
            if (index >= 0 && index < names.Count) errors.TryAdd(names[index], d.Message);
        }

        foreach (var cursor in tu.Cursor.Children())
        {
            if (cursor.Kind != CursorKind.VarDecl || !cursor.IsFromMainFile) continue;
            var spelling = cursor.Spelling;
            if (!spelling.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            var name = spelling[Prefix.Length..];
            outcomes[name] = errors.TryGetValue(name, out var error) ? new Outcome(null, error) : Read(cursor);
        }
        foreach (var name in names)
        {
            if (!outcomes.ContainsKey(name)) outcomes[name] = new Outcome(null, errors.GetValueOrDefault(name, "clang declared nothing for it"));
        }
        return outcomes;
    }

    /// <summary>
    /// A string macro clang evaluated (through a stringizing macro, say). Only narrow strings whose text is every byte
    /// count: clang gives the text up to the first NUL, so the literal's array length must agree.
    /// </summary>
    private static Outcome String(Cursor initializer, byte[] bytes)
    {
        // The initializer is the literal decayed to a pointer: the array is below it.
        var cursor = initializer;
        for (int depth = 0; depth < 8 && cursor.Type.Canonical.Kind != TypeKind.ConstantArray; depth++)
        {
            var children = cursor.Children();
            if (children.Count != 1) break;
            cursor = children[0];
        }
        var array = cursor.Type.Canonical;
        if (array.Kind != TypeKind.ConstantArray || array.ArrayElementType.Canonical.Kind is not (TypeKind.Char_S or TypeKind.Char_U))
            return new Outcome(null, $"'{initializer.Type.Spelling}' is not a narrow string");
        if (bytes.Length != array.ArraySize - 1) return new Outcome(null, "the string has a NUL inside");
        return new Outcome(MacroValue.String([.. bytes]), null);
    }

    private Outcome Read(Cursor declaration)
    {
        // The initializer keeps the expression's own type, typedef names included (size_t, lib_flags_t, color_t).
        var children = declaration.Children();
        var type = children.Count > 0 ? children[^1].Type : declaration.Type;
        while (type.Kind == TypeKind.Elaborated) type = type.NamedType;
        var typedefName = type.Kind == TypeKind.Typedef ? type.TypedefName : null;
        var canonical = type.Canonical;
        var evaluation = declaration.Evaluate();

        if (evaluation.Kind == EvaluationKind.StrLiteral) return String(children.Count > 0 ? children[^1] : declaration, evaluation.Bytes ?? []);

        CType? named = typedefName is not null && context.TypedefsByName.TryGetValue(typedefName, out var typedefKey) ? new CTypedefRef(typedefKey, typedefName, typedefName) : null;
        CPrimitiveKind? kind;
        if (canonical.Kind == TypeKind.Enum)
        {
            var decl = canonical.Declaration;
            kind = TypeParser.Primitive(decl.EnumIntegerType.Canonical.Kind);
            var key = RecordParser.KeyOf(decl);
            if (named is null && context.Enums.ContainsKey(key)) named = new CEnumRef(key, canonical.Spelling);
        }
        else kind = TypeParser.Primitive(canonical.Kind);

        bool integer = kind is { } k && IntegerWidths.IsInteger(k) && widths.Bits(k) is > 0 and <= 64;
        if (!integer && kind is not (CPrimitiveKind.Float or CPrimitiveKind.Double))
            return new Outcome(null, $"its type '{type.Spelling}' is not an integer, a floating type or a string");
        return evaluation.Kind switch
        {
            EvaluationKind.Int when integer => new Outcome(MacroValue.Int(evaluation.IsUnsigned ? evaluation.Unsigned : evaluation.Signed, kind!.Value, widths, typedefName, named), null),
            EvaluationKind.Float when !integer => new Outcome(MacroValue.Floating(evaluation.Double, kind!.Value), null),
            _ => new Outcome(null, "clang does not evaluate it to a constant"),
        };
    }
}
