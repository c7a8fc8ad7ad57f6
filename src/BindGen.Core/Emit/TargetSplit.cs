using System.Collections.Immutable;
using BindGen.Core.Mapping;
using BindGen.Core.Model;
using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>
/// Splits the C# of several targets into one common part and per-target variants. The test is the emitted text: a
/// declaration is common when its own template renders it to the same C# for every target (after the portable mapping:
/// <c>CLong</c>, <c>nint</c>...), so what is common is exactly what compiles to the right thing everywhere.
/// </summary>
public static class TargetSplit
{
    private const string Separator = "//\u0001bindgen-fingerprint-end";

    /// <summary>Splits <paramref name="targets"/> (at least two); null when a template failed (diagnostics say why).</summary>
    public static TargetSplitResult? Split(IReadOnlyList<TargetApi> targets, TemplateRenderer renderer)
    {
        // Integers of one size and signedness on every target, spelled differently (CLong / long...): one fixed-width type.
        var (apis, unified) = ExactWidthTypes.Unify(targets);
        var shared = apis.Select(a => ScriptModel.Globals(a, Emitter.Version)).ToList();
        foreach (var s in shared) renderer.AddRenderEach(s);

        string[]? Texts(int i, string list, string template)
        {
            var text = renderer.Render("fingerprint.scriban", shared[i], new ScriptObject
            {
                ["fingerprint_items"] = shared[i][list],
                ["fingerprint_template"] = template,
                ["fingerprint_separator"] = Separator,
            });
            if (text is null) return null;
            // The first text has no line break before it, the others the separator's: compared without, so a declaration's
            // text does not depend on whether another target declares something before it.
            var parts = text.Split(Separator);
            return [.. parts[..^1].Select(p => p.Trim('\n', '\r'))];
        }

        var differences = new List<TargetDifference>();
        int agreed = 0;
        var common = apis[0];
        var variants = apis.Select((a, i) => a with
        {
            Structs = [], Enums = [], Functions = [], Constants = [], TypeAliases = [], Globals = [], Stubs = [], NotBound = [],
            LibraryFileNames = [], VariantSymbol = TargetSymbol.Of(targets[i].Name),
        }).ToArray();

        // One kind of declaration: the names every target renders alike go to the common part, the others to each target's variant.
        // Types some target does not declare: a declaration naming one cannot be common.
        var partialTypes = apis.SelectMany(a => a.Structs.Select(x => x.Name).Concat(a.Enums.Select(x => x.Name)).Concat(a.TypeAliases.Select(x => x.Name)))
            .GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() < apis.Count).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        ImmutableArray<T>? Kind<T>(string kind, Func<CsApi, ImmutableArray<T>> items, Func<T, string> name, Func<int, string[]?> texts,
            Func<int, T, ImmutableArray<string>> describe, Func<CsApi, ImmutableArray<T>, CsApi> set, Func<T, bool, T>? onePlatform = null)
        {
            var perTarget = new List<Dictionary<string, (T Item, string Text)>>();
            for (int i = 0; i < apis.Count; i++)
            {
                var list = items(apis[i]);
                var t = texts(i);
                if (t is null) return null;
                if (t.Length != list.Length) throw new InvalidOperationException($"{kind}: {t.Length} rendered texts for {list.Length} declarations");
                var byName = new Dictionary<string, (T, string)>(StringComparer.Ordinal);
                for (int k = 0; k < list.Length; k++) byName.TryAdd(name(list[k]), (list[k], t[k]));
                perTarget.Add(byName);
            }
            bool Agrees(string n) => perTarget.All(p => p.TryGetValue(n, out var x) && x.Text == perTarget[0][n].Text);
            var names = perTarget.SelectMany(p => p.Keys).Distinct(StringComparer.Ordinal).ToList();
            var same = names.Where(n => perTarget[0].ContainsKey(n) && Agrees(n)).ToHashSet(StringComparer.Ordinal);
            agreed += same.Count;
            // Declared alike by exactly the Windows targets, or exactly the others: once, marked with the platform.
            var platformOnly = new List<T>();
            foreach (var n in names.Where(n => !same.Contains(n)).Order(StringComparer.Ordinal))
            {
                string? resolution = null;
                var present = Enumerable.Range(0, apis.Count).Where(i => perTarget[i].ContainsKey(n)).ToList();
                if (onePlatform is not null && present.All(i => perTarget[i][n].Text == perTarget[present[0]][n].Text)
                    && !partialTypes.Any(t => ContainsWord(perTarget[present[0]][n].Text, t)))
                {
                    bool windowsOnly = Enumerable.Range(0, apis.Count).All(i => present.Contains(i) == targets[i].Target.IsWindows);
                    bool allButWindows = Enumerable.Range(0, apis.Count).All(i => present.Contains(i) == !targets[i].Target.IsWindows);
                    if (windowsOnly || allButWindows)
                    {
                        platformOnly.Add(onePlatform(perTarget[present[0]][n].Item, windowsOnly));
                        resolution = windowsOnly ? "emitted once, [SupportedOSPlatform(\"windows\")]" : "emitted once, [UnsupportedOSPlatform(\"windows\")]";
                    }
                }
                differences.Add(new TargetDifference(kind, n, [.. Enumerable.Range(0, apis.Count).Select(i =>
                    new TargetDescription(targets[i].Name, perTarget[i].TryGetValue(n, out var x) ? describe(i, x.Item) : ["not declared"]))], resolution));
            }
            var resolved = platformOnly.Select(name).ToHashSet(StringComparer.Ordinal);
            for (int i = 0; i < apis.Count; i++)
                variants[i] = set(variants[i], [.. items(apis[i]).Where(x => !same.Contains(name(x)) && !resolved.Contains(name(x)))]);
            return [.. items(apis[0]).Where(x => same.Contains(name(x))).Concat(platformOnly)];
        }

        var structs = Kind("struct", a => a.Structs, s => s.Name, i => Texts(i, "structs", "struct_item.scriban"), DescribeStruct, (a, v) => a with { Structs = v });
        var enums = Kind("enum", a => a.Enums, e => e.Name, i => Texts(i, "enums", "enum.scriban"),
            (_, e) => [$"enum {e.Name} : {e.UnderlyingType}", .. e.Members.Select(m => $"{m.Name} = {m.Value}")], (a, v) => a with { Enums = v });
        var functions = Kind("function", a => a.Functions, f => f.Name, i => Texts(i, "functions", (string)shared[i]["function_template"]!),
            (_, f) => [Signature(f)], (a, v) => a with { Functions = v },
            (f, windows) => windows ? f with { SupportedOS = "windows" } : f with { UnsupportedOS = "windows" });
        var constants = Kind("constant", a => a.Constants, c => c.Name, i => Texts(i, "constants", "constant.scriban"),
            (_, c) => [$"{c.Type} {c.Name} = {c.Value}"], (a, v) => a with { Constants = v });
        var aliases = Kind("type alias", a => a.TypeAliases, t => t.Name, i => [.. apis[i].TypeAliases.Select(t => $"{t.Name}={t.Target}")],
            (_, t) => [$"{t.Name} = {t.Target}"], (a, v) => a with { TypeAliases = v });
        var stubs = Kind("stub", a => a.Stubs, s => s.Name, i => [.. apis[i].Stubs.Select(s => $"{s.ReturnType} {s.Name}({string.Join(", ", s.Parameters.Select(p => p.Type))}) {s.Message}")],
            (_, s) => [$"{s.ReturnType} {s.Name}({string.Join(", ", s.Parameters.Select(p => $"{p.Type} {p.Name}"))})"], (a, v) => a with { Stubs = v });
        if (structs is null || enums is null || functions is null || constants is null || aliases is null || stubs is null) return null;

        // What the rule above made common is still a difference between the targets' C: listed, with why it is exact.
        foreach (var (kind, name) in unified)
        {
            bool isCommon = kind == "struct" ? structs.Value.Any(x => x.Name == name) : functions.Value.Any(x => x.Name == name);
            if (!isCommon) continue;
            differences.Add(new TargetDifference(kind, name, [.. targets.Select((t, i) => new TargetDescription(t.Name, kind == "struct"
                ? DescribeStruct(i, t.Mapped.Structs.First(x => x.Name == name))
                : [Signature(t.Mapped.Functions.First(x => x.Name == name))]))],
                $"emitted once: the integers that differ in C have one size and signedness on every requested target, so a fixed-width C# type is exact on these targets (not on a target with another long or pointer size)"));
        }

        // Globals share one lookup helper class per file: all common, or all per target.
        static string GlobalText(CsGlobal g) => $"{g.Kind} {g.Type} {g.ElementType} {g.Name} {g.Symbol} {g.Length} {g.NativeTypeName}";
        bool globalsAgree = apis.All(a => a.Globals.Select(GlobalText).SequenceEqual(apis[0].Globals.Select(GlobalText)));
        var globals = globalsAgree ? apis[0].Globals : [];
        if (globalsAgree) agreed += globals.Length;
        else
        {
            for (int i = 0; i < apis.Count; i++) variants[i] = variants[i] with { Globals = apis[i].Globals };
            foreach (var n in apis.SelectMany(a => a.Globals.Select(g => g.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                differences.Add(new TargetDifference("global", n, [.. apis.Select((a, i) => new TargetDescription(targets[i].Name,
                    a.Globals.FirstOrDefault(g => g.Name == n) is { } g ? [$"{g.Type} {g.Name}"] : ["not declared"]))]));
            }
        }

        // What one target does not bind is said in the common file, marked with the target when not all share it.
        var notBound = apis.SelectMany((a, i) => a.NotBound.Select(line => (Line: line, Target: targets[i].Name)))
            .GroupBy(x => x.Line, StringComparer.Ordinal)
            .SelectMany(g => g.Count() == apis.Count ? [g.Key] : g.Select(x => $"[{x.Target}] {x.Line}"))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();

        common = common with
        {
            Structs = structs.Value, Enums = enums.Value, Functions = functions.Value, Constants = constants.Value, TypeAliases = aliases.Value,
            Stubs = stubs.Value, Globals = globals, NotBound = notBound,
        };
        var kept = variants.Select(v => v.Structs.IsEmpty && v.Enums.IsEmpty && v.Functions.IsEmpty && v.Constants.IsEmpty && v.TypeAliases.IsEmpty && v.Globals.IsEmpty && v.Stubs.IsEmpty ? null : v);
        var ordered = differences.OrderBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal).ToImmutableArray();
        return new TargetSplitResult(common, [.. kept], ordered, agreed);

        ImmutableArray<string> DescribeStruct(int i, CsStruct s)
        {
            var cName = s.NativeTypeName is { } n ? n.Replace("struct ", "", StringComparison.Ordinal).Replace("union ", "", StringComparison.Ordinal) : s.Name;
            var record = targets[i].Api.Records.FirstOrDefault(r => r.Name == cName || r.Name == s.Name);
            var lines = new List<string> { $"size {s.NativeSize}, align {s.NativeAlign}, {s.LayoutKind}{(s.Pack > 0 ? $" Pack={s.Pack}" : "")}" };
            if (record is not null)
            {
                foreach (var f in record.Fields)
                {
                    var at = f.OffsetBits % 8 == 0 && f.BitWidth is null ? $"offset {f.OffsetBits / 8}" : $"bit {f.OffsetBits}{(f.BitWidth is { } w ? $" width {w}" : "")}";
                    lines.Add($"{(f.Name.Length == 0 ? "(anonymous)" : f.Name)}: {at}, {f.Type.Spelling}");
                }
            }
            else
            {
                foreach (var f in s.Fields) lines.Add($"{f.Name}: {(f.Offset >= 0 ? $"offset {f.Offset}, " : "")}{f.Type}");
            }
            return [.. lines];
        }
    }

    private static string Signature(CsFunction f) => $"{f.ReturnType} {f.Name}({string.Join(", ", f.Parameters.Select(p => $"{p.Type} {p.Name}"))}) {f.CallingConvention}";

    /// <summary>True when <paramref name="text"/> has <paramref name="word"/> as a whole C# identifier.</summary>
    private static bool ContainsWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_');
            int end = at + word.Length;
            bool after = end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_');
            if (before && after) return true;
        }
        return false;
    }
}
