using System.Collections.Immutable;
using BindGen.Core.Mapping;

namespace BindGen.Core.Emit;

/// <summary>
/// The one rule that lets a declaration stay common when the targets only disagree on the portable spelling of an integer:
/// where every requested target gives a struct field, a parameter or a return value an integer of the same size and
/// signedness but a different C# type (<c>CLong</c> on some, <c>long</c> on others; <c>CULong</c>/<c>ulong</c>;
/// <c>nint</c>/<c>long</c> when every pointer is 8 bytes...), the fixed-width type of that size is used on every target.
/// It is exact for the requested targets only (a 32-bit target or one with a 32-bit <c>long</c> would break it), so it is
/// never applied when any target disagrees on the size, and each use is listed in the difference report. This is the
/// choice rust-bindgen makes for one target (<c>c_long</c> is <c>i64</c> where long is 64-bit) and ClangSharp's
/// <c>nint</c>-free output for 64-bit-only generation, narrowed to the set of targets requested.
/// </summary>
internal static class ExactWidthTypes
{
    /// <summary>The APIs with agreeing widths written as fixed-width types, and the declarations (kind, name) that changed.</summary>
    public static (List<CsApi> Apis, List<(string Kind, string Name)> Unified) Unify(IReadOnlyList<TargetApi> targets)
    {
        var apis = targets.Select(t => t.Mapped).ToList();
        var unified = new List<(string, string)>();
        if (apis.Count < 2) return (apis, unified);

        // Structs declared by every target with the same fields in the same order.
        var structs = apis.Select(a => a.Structs.ToList()).ToList();
        foreach (var name in apis[0].Structs.Select(s => s.Name).Distinct(StringComparer.Ordinal))
        {
            var index = structs.Select(l => l.FindIndex(s => s.Name == name)).ToList();
            if (index.Any(k => k < 0)) continue;
            var each = index.Select((k, i) => structs[i][k]).ToList();
            if (each.Any(s => s.Fields.Length != each[0].Fields.Length || !s.Fields.Select(f => f.Name).SequenceEqual(each[0].Fields.Select(f => f.Name)))) continue;
            var fields = each.Select(s => s.Fields.ToArray()).ToList();
            bool changed = false;
            for (int f = 0; f < fields[0].Length; f++)
            {
                if (Fixed(targets, [.. fields.Select(x => x[f].Type)]) is not { } type) continue;
                var native = NativeName(targets, [.. fields.Select(x => x[f].NativeTypeName)]);
                for (int i = 0; i < fields.Count; i++) fields[i][f] = fields[i][f] with { Type = type, NativeTypeName = native };
                changed = true;
            }
            if (!changed) continue;
            for (int i = 0; i < structs.Count; i++) structs[i][index[i]] = each[i] with { Fields = [.. fields[i]] };
            unified.Add(("struct", name));
        }

        // Functions declared by every target with the same parameters.
        var functions = apis.Select(a => a.Functions.ToList()).ToList();
        foreach (var name in apis[0].Functions.Select(f => f.Name).Distinct(StringComparer.Ordinal))
        {
            var index = functions.Select(l => l.FindIndex(f => f.Name == name)).ToList();
            if (index.Any(k => k < 0)) continue;
            var each = index.Select((k, i) => functions[i][k]).ToList();
            if (each.Any(f => !f.Parameters.Select(p => p.Name).SequenceEqual(each[0].Parameters.Select(p => p.Name)))) continue;
            var parameters = each.Select(f => f.Parameters.ToArray()).ToList();
            var returns = each.Select(f => (f.ReturnType, f.ReturnNativeTypeName)).ToArray();
            bool changed = false;
            for (int p = 0; p < parameters[0].Length; p++)
            {
                if (Fixed(targets, [.. parameters.Select(x => x[p].Type)]) is not { } type) continue;
                var native = NativeName(targets, [.. parameters.Select(x => x[p].NativeTypeName)]);
                for (int i = 0; i < parameters.Count; i++) parameters[i][p] = parameters[i][p] with { Type = type, NativeTypeName = native };
                changed = true;
            }
            if (Fixed(targets, [.. returns.Select(r => r.ReturnType)]) is { } returnType)
            {
                var native = NativeName(targets, [.. returns.Select(r => r.ReturnNativeTypeName)]);
                for (int i = 0; i < returns.Length; i++) returns[i] = (returnType, native);
                changed = true;
            }
            if (!changed) continue;
            for (int i = 0; i < functions.Count; i++)
                functions[i][index[i]] = each[i] with { Parameters = [.. parameters[i]], ReturnType = returns[i].ReturnType, ReturnNativeTypeName = returns[i].ReturnNativeTypeName };
            unified.Add(("function", name));
        }

        return ([.. apis.Select((a, i) => a with { Structs = [.. structs[i]], Functions = [.. functions[i]] })], unified);
    }

    /// <summary>
    /// The fixed-width C# integer exact on every target for <paramref name="types"/> (one per target), or null when they are
    /// already alike, when one is not an integer this rule knows, or when the targets disagree on size or signedness.
    /// </summary>
    internal static string? Fixed(IReadOnlyList<TargetApi> targets, ImmutableArray<string> types)
    {
        if (types.All(t => t == types[0])) return null;
        var widths = types.Select((t, i) => Width(t, targets[i].Target)).ToList();
        if (widths.Any(w => w is null) || widths.Distinct().Count() != 1) return null;
        return widths[0] switch
        {
            (8, true) => "long",
            (8, false) => "ulong",
            (4, true) => "int",
            (4, false) => "uint",
            _ => null,
        };
    }

    /// <summary>Size in bytes and signedness of an integer type on one target; null for any other type.</summary>
    private static (int Size, bool Signed)? Width(string type, Model.CTarget target) => type switch
    {
        "CLong" => (target.LongSize, true),
        "CULong" => (target.LongSize, false),
        "nint" => (target.PointerSize, true),
        "nuint" => (target.PointerSize, false),
        "long" => (8, true),
        "ulong" => (8, false),
        "int" => (4, true),
        "uint" => (4, false),
        _ => null,
    };

    /// <summary>One C spelling for the attribute: the first target's, then each other target's that differs.</summary>
    private static string? NativeName(IReadOnlyList<TargetApi> targets, ImmutableArray<string?> names)
    {
        if (names.All(n => n == names[0])) return names[0];
        var first = names[0] ?? "";
        var others = names.Select((n, i) => (n, i)).Skip(1).Where(x => x.n != names[0]).Select(x => $"{targets[x.i].Name}: {x.n}");
        return $"{first} ({string.Join(", ", others)})";
    }
}
