using System.Collections.Immutable;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>Maps a <see cref="CFunction"/> to an import, or reports why it cannot be bound.</summary>
public sealed class FunctionMapper(TypeMapper types, DiagnosticBag diagnostics, DeclarationNames naming, bool wrapStatic = false, Func<string, bool>? setLastError = null)
{
    /// <summary>Suffix of the exported wrapper of a static function.</summary>
    public const string WrapperSuffix = "__bindgen_wrap";

    /// <summary>Wrappers needed by the functions mapped so far (with <c>--shim</c>).</summary>
    public List<CStaticWrapper> Wrappers { get; } = [];

    /// <summary>The import, or null (with a diagnostic) when the function cannot be bound.</summary>
    public CsFunction? Map(CFunction function) => Map(function, out _);

    /// <summary>
    /// The import, or null (with a diagnostic) when the function cannot be bound; then <paramref name="stub"/> is a
    /// same-signature method marked obsolete-as-error with the reason (a variadic one takes the extra arguments as
    /// <c>params object?[]</c>), when the signature maps to C#.
    /// </summary>
    public CsFunction? Map(CFunction function, out CsStub? stub)
    {
        stub = null;
        bool shimmed = function.IsStatic || function.ShimOrigin != CShimOrigin.None;
        var convention = CsCallingConvention.For(function.CallingConvention, types.Api.Target);
        bool wrapped = wrapStatic && shimmed && !function.IsVariadic && CanSpellInC(function);
        (DiagnosticDescriptor Code, string Reason)? refusal =
            function.IsStatic && !wrapped ? (DiagnosticCodes.StaticFunction, $"static{(function.IsInline ? " inline" : "")}: the library exports no symbol for it")
            : function.IsVariadic ? (DiagnosticCodes.VariadicFunction, "variadic: P/Invoke cannot pass C varargs")
            : !convention.IsCallable ? (DiagnosticCodes.UnsupportedCallingConvention, $"calling convention {function.CallingConvention}, which .NET cannot call on this target")
            : null;
        var signature = Signature(function, out var unsupported);
        if (refusal is { } r)
        {
            var message = r.Code == DiagnosticCodes.UnsupportedCallingConvention ? $"'{function.Name}' uses {r.Reason}" : $"'{function.Name}' is {r.Reason}";
            diagnostics.Add(r.Code, function.Location, message);
            if (signature is { } sig)
            {
                stub = new CsStub
                {
                    Name = naming.Of(function.Name, NameKind.Function),
                    ReturnType = sig.Return.Text,
                    Parameters = sig.Parameters,
                    IsVariadic = function.IsVariadic,
                    Message = CsLiterals.String("not bound: " + message),
                };
            }
            return null;
        }
        if (signature is null)
        {
            diagnostics.Add(DiagnosticCodes.UnsupportedType, function.Location, $"'{function.Name}' not bound: {unsupported}");
            return null;
        }
        var (ret, parameterList) = signature.Value;
        var returnText = ret.Text;
        var doc = Doc(function, parameterList);
        var entryPoint = function.Symbol ?? function.Name;
        if (shimmed)
        {
            entryPoint = function.ShimEntryPoint ?? function.Name + WrapperSuffix;
            Wrappers.Add(new CStaticWrapper(function.Name, entryPoint, function.ReturnType.Spelling,
                types.StripTypedefs(function.ReturnType) is CPrimitiveType { Kind: CPrimitiveKind.Void }, [.. function.Parameters.Select(p => p.Type.Spelling)])
            {
                Location = function.Location,
                Kind = function.ShimOrigin switch
                {
                    CShimOrigin.Macro => "macro",
                    CShimOrigin.Variadic => "variadic instantiation",
                    _ => function.IsInline ? "static inline function" : "static function",
                },
            });
        }
        return new CsFunction
        {
            Name = naming.Of(function.Name, NameKind.Function),
            EntryPoint = entryPoint,
            CName = function.Name,
            ReturnType = returnText,
            ReturnNativeTypeName = Native(function.ReturnType, returnText),
            ReturnsVoid = ret == CsPrimitiveType.Void,
            FromShim = shimmed,
            SetLastError = setLastError?.Invoke(function.Name) == true,
            CallingConvention = convention.DllImportMember,
            CallConvType = convention.ImportCallConvType,
            Parameters = parameterList,
            Doc = doc.Summary,
            ParamDocs = doc.Params,
            Returns = doc.Returns,
        };
    }

    /// <summary>True when every type of the signature has a C spelling a wrapper can use (not an anonymous record's).</summary>
    private static bool CanSpellInC(CFunction function) =>
        function.Parameters.Select(p => p.Type).Append(function.ReturnType).All(t => !t.Spelling.Contains("(unnamed", StringComparison.Ordinal) && !t.Spelling.Contains("(anonymous", StringComparison.Ordinal));

    private (CsType Return, ImmutableArray<CsParameter> Parameters)? Signature(CFunction function, out string? unsupported)
    {
        unsupported = null;
        var ret = types.Map(function.ReturnType, TypePosition.Return);
        if (ret.Type is not { } returnType)
        {
            unsupported = $"return type {ret.Unsupported}";
            return null;
        }
        var parameters = ImmutableArray.CreateBuilder<CsParameter>(function.Parameters.Length);
        for (int i = 0; i < function.Parameters.Length; i++)
        {
            var p = function.Parameters[i];
            var mapped = types.Map(p.Type, TypePosition.Parameter);
            if (mapped.Type is not { } type)
            {
                unsupported = $"parameter '{p.Name}' {mapped.Unsupported}";
                return null;
            }
            var name = p.Name.Length == 0 ? $"param{i}" : CsNames.Escape(p.Name);
            while (IsTaken(parameters, name)) name += "_";
            var text = type.Text;
            parameters.Add(new CsParameter(name, text, Native(p.Type, text)));
        }
        return (returnType, parameters.MoveToImmutable());
    }

    /// <summary>True when a parameter before has <paramref name="name"/> (a few parameters: a set would cost more than the scan).</summary>
    private static bool IsTaken(ImmutableArray<CsParameter>.Builder parameters, string name)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Name == name) return true;
        }
        return false;
    }

    /// <summary>
    /// The doc comment with parameter docs in parameter order under their C# names. When any parameter is documented
    /// all get a tag (CS1573 warns about a partial set); docs naming no parameter are kept in the summary.
    /// </summary>
    public static (ImmutableArray<string> Summary, ImmutableArray<CsParamDoc> Params, ImmutableArray<string> Returns) Doc(CFunction function, IReadOnlyList<CsParameter> parameters)
    {
        var parsed = DocComments.Parse(function.Comment);
        if (parsed.Params.IsEmpty) return (parsed.Summary, [], parsed.Returns);
        var summary = new List<string>(parsed.Summary);
        var byName = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (name, lines) in parsed.Params)
        {
            if (HasParameter(function, name) && !byName.ContainsKey(name)) byName[name] = lines;
            else if (!lines.IsEmpty)
            {
                summary.Add(DocComments.Escape(name + ":") + " " + lines[0]);
                summary.AddRange(lines.Skip(1));
            }
        }
        ImmutableArray<CsParamDoc> docs = byName.Count == 0 ? [] :
            [.. function.Parameters.Select((p, i) => new CsParamDoc(parameters[i].Name.TrimStart('@'), byName.TryGetValue(p.Name, out var lines) ? lines : []))];
        return ([.. summary], docs, parsed.Returns);
    }

    private static bool HasParameter(CFunction function, string name)
    {
        foreach (var p in function.Parameters)
        {
            if (p.Name == name) return true;
        }
        return false;
    }

    private static string? Native(CType type, string text) => NativeSpellings.For(type, text);
}
