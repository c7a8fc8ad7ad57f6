using System.Collections.Immutable;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// Gives function-like macros and variadic instantiations a C signature, as functions the shim wraps
/// (<see cref="CShimOrigin"/>): a macro that forwards its parameters to a function takes its types from that function
/// (<c>#define deflateInit(strm, level) deflateInit_((strm), (level), ZLIB_VERSION, (int)sizeof(z_stream))</c>), any
/// other macro needs a signature from config; variadic functions get one overload per configured list of extra types.
/// Without a shim, or when a macro fits neither case, the macro is reported as not bound (BG0014).
/// </summary>
public static class AddShimFunctionsPass
{
    /// <summary>Suffix of the exported wrapper of the n-th variadic instantiation: <c>NAME__bindgen_va0</c>...</summary>
    public const string VariadicSuffix = "__bindgen_va";

    /// <summary>Returns <paramref name="api"/> with the macro and variadic functions added.</summary>
    public static CApi Run(CApi api, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        bool shim = options.Shim is not null;
        // Built when a macro function or a variadic instantiation needs them: most headers have neither.
        TypeSpellingReader? typeReader = null;
        Dictionary<string, CFunction>? functionsByName = null;
        TypeSpellingReader Reader() => typeReader ??= new TypeSpellingReader(api);
        Dictionary<string, CFunction> ByName() => functionsByName ??= FirstByName(api.Functions);
        var signatures = Pairs(options.MacroFunctions, options.OptionNames[BindGenOption.MacroFunction], diagnostics);
        var added = new List<CFunction>();
        foreach (var macro in api.MacroFunctions)
        {
            if (ByName().ContainsKey(macro.Name))
            {
                // A function of the same name (zlib's gzgetc) is what the bindings call: the symbol.
                diagnostics.Add(DiagnosticCodes.FunctionLikeMacro, macro.Location, $"function-like macro '{macro.Name}' is not bound{(shim ? ": the function of the same name is" : "")}");
                signatures.Remove(macro.Name);
                continue;
            }
            CFunction? function = null;
            if (signatures.Remove(macro.Name, out var signature)) function = FromSignature(macro, signature, Reader(), diagnostics);
            else if (shim) function = Forwarding(macro, ByName());
            if (function is not null && shim)
            {
                added.Add(function);
                continue;
            }
            var hint = !shim ? "" : signature is null ? ": give it a signature in macroFunctions to bind it through the shim" : "";
            diagnostics.Add(DiagnosticCodes.FunctionLikeMacro, macro.Location, $"function-like macro '{macro.Name}' is not bound{hint}");
        }
        foreach (var name in signatures.Keys.Order(StringComparer.Ordinal))
            diagnostics.Add(DiagnosticCodes.UnknownShimName, null, $"macroFunctions names '{name}', which is not a function-like macro of the library");

        foreach (var (name, instantiations) in Variadics(options.Variadic, options.OptionNames[BindGenOption.Variadic], diagnostics))
        {
            if (!ByName().TryGetValue(name, out var callee) || !callee.IsVariadic)
            {
                diagnostics.Add(DiagnosticCodes.UnknownShimName, null, $"variadic names '{name}', which is not a variadic function of the library");
                continue;
            }
            for (int i = 0; i < instantiations.Count; i++)
            {
                var extra = new List<CParameter>();
                foreach (var part in TypeSpellingReader.SplitTopLevel(instantiations[i]))
                {
                    if (Reader().Read(part) is not { } type)
                    {
                        diagnostics.Add(DiagnosticCodes.BadShimSignature, callee.Location, $"variadic instantiation '{name}({instantiations[i]})': the type '{part}' is not a C type BindGen knows (name a typedef for function pointers and arrays)");
                        extra = null;
                        break;
                    }
                    extra.Add(new CParameter($"arg{callee.Parameters.Length + extra.Count}", type));
                }
                if (extra is null || !shim) continue;
                added.Add(callee with
                {
                    Key = $"{callee.Key}#va{i}",
                    Parameters = [.. callee.Parameters, .. extra],
                    IsVariadic = false,
                    IsStatic = false,
                    ShimOrigin = CShimOrigin.Variadic,
                    ShimEntryPoint = name + VariadicSuffix + i,
                });
            }
        }
        return added.Count == 0 ? api : api with { Functions = [.. api.Functions, .. added] };
    }

    /// <summary>
    /// The signature of a macro whose body is one call, each macro parameter passed as a whole argument (parenthesised or
    /// not), from the callee's parameter types; null for any other shape.
    /// </summary>
    public static CFunction? Forwarding(CMacroFunction macro, IReadOnlyDictionary<string, CFunction> functions)
    {
        if (macro.IsVariadic) return null;
        var body = Unparenthesize(macro.Body);
        if (body.Count < 3 || body[1] != "(" || body[^1] != ")" || !functions.TryGetValue(body[0], out var callee)) return null;
        if (Matching(body, 1) != body.Count - 1) return null;
        var arguments = Arguments(body.GetRange(2, body.Count - 3));
        var types = new CType[macro.Parameters.Length];
        for (int p = 0; p < macro.Parameters.Length; p++)
        {
            int index = arguments.FindIndex(a => Unparenthesize(a) is [var only] && only == macro.Parameters[p]);
            if (index < 0 || index >= callee.Parameters.Length) return null;
            // The parameter must not appear anywhere else: then its type would be the callee's only by chance.
            if (arguments.Where((a, i) => i != index).Any(a => a.Contains(macro.Parameters[p]))) return null;
            types[p] = callee.Parameters[index].Type;
        }
        return new CFunction
        {
            Key = macro.Key,
            Name = macro.Name,
            Location = macro.Location,
            Comment = macro.Comment ?? callee.Comment,
            ReturnType = callee.ReturnType,
            Parameters = [.. macro.Parameters.Select((p, i) => new CParameter(p, types[i]))],
            CallingConvention = CCallingConvention.Cdecl,
            ShimOrigin = CShimOrigin.Macro,
        };
    }

    /// <summary>The first function of each name, in the model's order.</summary>
    private static Dictionary<string, CFunction> FirstByName(IEnumerable<CFunction> functions)
    {
        var byName = new Dictionary<string, CFunction>(StringComparer.Ordinal);
        foreach (var f in functions) byName.TryAdd(f.Name, f);
        return byName;
    }

    private static CFunction? FromSignature(CMacroFunction macro, string signature, TypeSpellingReader reader, DiagnosticBag diagnostics)
    {
        int open = signature.IndexOf('(');
        if (open <= 0 || !signature.TrimEnd().EndsWith(')'))
        {
            diagnostics.Add(DiagnosticCodes.BadShimSignature, macro.Location, $"the signature of macro '{macro.Name}' must read 'RETURN (TYPE name, ...)', not '{signature}'");
            return null;
        }
        var returnText = signature[..open].Trim();
        var inner = signature.TrimEnd()[(open + 1)..^1];
        var parameters = new List<CParameter>();
        CType? Type(string text)
        {
            var type = reader.Read(text);
            if (type is null) diagnostics.Add(DiagnosticCodes.BadShimSignature, macro.Location, $"the signature of macro '{macro.Name}': '{text}' is not a C type BindGen knows (name a typedef for function pointers and arrays)");
            return type;
        }
        var ret = Type(returnText);
        if (ret is null) return null;
        var parts = TypeSpellingReader.SplitTopLevel(inner);
        if (parts is ["void"]) parts = [];
        foreach (var part in parts)
        {
            var (typeText, name) = TypeSpellingReader.Parameter(part);
            if (Type(typeText) is not { } type) return null;
            parameters.Add(new CParameter(name, type));
        }
        if (parameters.Count != macro.Parameters.Length)
        {
            diagnostics.Add(DiagnosticCodes.BadShimSignature, macro.Location, $"the signature of macro '{macro.Name}' has {parameters.Count} parameters; the macro takes {macro.Parameters.Length}");
            return null;
        }
        return new CFunction
        {
            Key = macro.Key,
            Name = macro.Name,
            Location = macro.Location,
            Comment = macro.Comment,
            ReturnType = ret,
            Parameters = [.. parameters.Select((p, i) => p.Name.Length == 0 ? p with { Name = macro.Parameters[i] } : p)],
            CallingConvention = CCallingConvention.Cdecl,
            ShimOrigin = CShimOrigin.Macro,
        };
    }

    private static Dictionary<string, string> Pairs(ImmutableArray<string> entries, string option, DiagnosticBag diagnostics)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            int eq = entry.IndexOf('=');
            if (eq <= 0) diagnostics.Add(DiagnosticCodes.BadShimSignature, null, $"{option} '{entry}' must read NAME=SIGNATURE");
            else pairs[entry[..eq].Trim()] = entry[(eq + 1)..].Trim();
        }
        return pairs;
    }

    private static SortedDictionary<string, List<string>> Variadics(ImmutableArray<string> entries, string option, DiagnosticBag diagnostics)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            int eq = entry.IndexOf('=');
            if (eq <= 0)
            {
                diagnostics.Add(DiagnosticCodes.BadShimSignature, null, $"{option} '{entry}' must read NAME=TYPE, TYPE...");
                continue;
            }
            var name = entry[..eq].Trim();
            if (!result.TryGetValue(name, out var list)) result[name] = list = [];
            list.Add(entry[(eq + 1)..].Trim());
        }
        return result;
    }

    private static List<string> Unparenthesize(IReadOnlyList<string> tokens)
    {
        var list = tokens.ToList();
        while (list.Count >= 2 && list[0] == "(" && Matching(list, 0) == list.Count - 1) list = list.GetRange(1, list.Count - 2);
        return list;
    }

    private static int Matching(IReadOnlyList<string> tokens, int open)
    {
        int depth = 0;
        for (int i = open; i < tokens.Count; i++)
        {
            if (tokens[i] == "(") depth++;
            else if (tokens[i] == ")" && --depth == 0) return i;
        }
        return -1;
    }

    private static List<List<string>> Arguments(List<string> tokens)
    {
        var arguments = new List<List<string>>();
        if (tokens.Count == 0) return arguments;
        var current = new List<string>();
        int depth = 0;
        foreach (var t in tokens)
        {
            if (t is "(" or "[" or "{") depth++;
            else if (t is ")" or "]" or "}") depth--;
            if (t == "," && depth == 0)
            {
                arguments.Add(current);
                current = [];
            }
            else current.Add(t);
        }
        arguments.Add(current);
        return arguments;
    }
}
