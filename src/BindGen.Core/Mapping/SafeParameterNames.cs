using System.Collections.Immutable;
using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Core.Mapping;

/// <summary>
/// Parameter names of the safe layer: C's own, else the <c>@param</c> of the same position, else one from the type
/// (<c>sqlite3_stmt*</c> → <c>stmt</c>, <c>const char*</c> → <c>text</c>, a destructor → <c>destructor</c>); never <c>param0</c>.
/// </summary>
public static class SafeParameterNames
{
    /// <summary>One escaped, unique name per parameter of <paramref name="f"/>.</summary>
    public static ImmutableArray<string> For(CApi api, CFunction f, SafeFunctionShape shape, IReadOnlyDictionary<string, string> handles)
    {
        var docs = DocComments.Parse(f.Comment).Params;
        var names = new string[f.Parameters.Length];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            var name = f.Parameters[i].Name;
            if (name.Length == 0 && i < docs.Length && !f.Parameters.Any(p => p.Name == docs[i].Name)) name = docs[i].Name;
            if (name.Length == 0) name = FromType(api, f.Parameters[i].Type, shape.Parameters[i].Kind, handles);
            var unique = name;
            for (int n = 2; !used.Add(unique); n++) unique = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names[i] = CsNames.Escape(unique);
        }
        return [.. names];
    }

    private static string FromType(CApi api, CType type, SafeParamKind kind, IReadOnlyDictionary<string, string> handles)
    {
        if (kind == SafeParamKind.Destructor) return "destructor";
        if (kind is SafeParamKind.RetainedLength or SafeParamKind.BufferLength) return "length";
        if (SafeShapes.PointeeRecord(api, type) is { } key && handles.TryGetValue(key, out var handle))
        {
            var bare = handle.EndsWith("Handle", StringComparison.Ordinal) ? handle[..^"Handle".Length] : handle;
            var word = System.Text.RegularExpressions.Regex.Match(bare, "[A-Z][a-z0-9]*$").Value;
            return word.Length == 0 ? "handle" : char.ToLowerInvariant(word[0]) + word[1..];
        }
        return api.StripTypedefs(type) switch
        {
            CPointerType p when api.StripTypedefs(p.Pointee) is CFunctionType => "callback",
            CPointerType p when SafeShapes.IsCharPointer(api, p) && p.PointeeIsConst => "text",
            CPointerType => "data",
            CPrimitiveType { Kind: CPrimitiveKind.Bool } => "flag",
            CEnumRef e => Camel(api.Enum(e.Key).Name),
            _ => "value",
        };
    }

    private static string Camel(string cName)
    {
        var pascal = SafeMapper.Pascal(cName);
        return pascal.Length == 0 ? "value" : char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }
}
