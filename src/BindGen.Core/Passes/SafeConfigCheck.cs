using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// Checks every <see cref="SafeWrapperConfig"/> entry against the declarations: one that names nothing (BG0080) or a
/// declaration of the wrong shape (BG0081) is an error naming the entry and the nearest names. Conventions are guesses
/// and config wins, so a config entry that silently does nothing is a bug in waiting.
/// </summary>
public static class SafeConfigCheck
{
    /// <summary>Reports every entry that matches nothing or does not fit; true when all fit.</summary>
    public static bool Check(CApi api, SafeWrapperConfig config, DiagnosticBag diagnostics)
    {
        int before = diagnostics.ToList().Count(d => d.Severity == DiagnosticSeverity.Error);
        var functions = api.Functions.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var functionNames = functions.Keys.Order(StringComparer.Ordinal).ToList();
        var typeNames = api.Records.Where(r => r.Name.Length > 0).Select(r => r.Name).Concat(api.Typedefs.Select(t => t.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        CFunction? Function(string entry, string name)
        {
            if (functions.TryGetValue(name, out var f)) return f;
            Missing(diagnostics, entry, name, "function", functionNames);
            return null;
        }
        void Patterns(string entry, IEnumerable<string> patterns)
        {
            foreach (var p in patterns)
            {
                if (NamePattern.Parse(p, out var error) is null) Misfit(diagnostics, entry, p, "is not a valid pattern: " + error);
                else if (!functionNames.Any(n => SafeShapes.Glob(p, n))) Missing(diagnostics, entry, p, "function", functionNames);
            }
        }
        void Returns(string entry, string name, Func<CFunction, bool> fits, string shape)
        {
            if (Function(entry, name) is { } f && !fits(f)) Misfit(diagnostics, entry, name, $"returns {f.ReturnType.Spelling}, not {shape}");
        }
        void Frees(string entry, string name)
        {
            if (Function(entry, name) is { } f && (f.Parameters.Length != 1 || api.StripTypedefs(f.Parameters[0].Type) is not CPointerType))
                Misfit(diagnostics, entry, name, "does not take one pointer, so it cannot free");
        }

        foreach (var (type, release) in config.Release)
        {
            var key = RecordKey(api, type);
            if (key is null) Missing(diagnostics, "release", type, "record or typedef of a record", typeNames);
            if (Function("release", release) is { } f && key is not null
                && (f.Parameters.Length != 1 || SafeShapes.PointeeRecord(api, f.Parameters[0].Type) != key))
                Misfit(diagnostics, "release", release, $"does not take one {type}* (it takes {string.Join(", ", f.Parameters.Select(p => p.Type.Spelling))})");
        }
        foreach (var (function, free) in config.OwnedReturns)
        {
            Returns("owned_returns", function, f => SafeShapes.IsCharPointer(api, f.ReturnType), "a string (char*)");
            Frees("owned_returns", free);
        }
        foreach (var function in config.StringReturns) Returns("string_returns", function, f => SafeShapes.IsCharPointer(api, f.ReturnType), "a string (char*)");
        foreach (var function in config.ErrorMessage) Returns("error_message", function, f => SafeShapes.IsCharPointer(api, f.ReturnType), "a string (char*)");
        foreach (var function in config.BoolReturns) Returns("bool_returns", function, f => SafeShapes.IsInteger(api, f.ReturnType), "an integer");
        foreach (var (function, parameters) in config.OutParams)
        {
            if (Function("out_params", function) is not { } f) continue;
            foreach (var name in parameters) Parameter(api, diagnostics, "out_params", f, name);
        }
        foreach (var (function, parameter) in config.Retains)
        {
            Patterns("retains", [function]);
            foreach (var f in api.Functions.Where(f => SafeShapes.Glob(function, f.Name))) Parameter(api, diagnostics, "retains", f, parameter);
        }
        foreach (var (function, free) in config.OwnedOutStrings)
        {
            if (Function("owned_out_strings", function) is { } f && !f.Parameters.Any(p => IsCharPointerPointer(api, p.Type)))
                Misfit(diagnostics, "owned_out_strings", function, "has no char** parameter");
            Frees("owned_out_strings", free);
        }
        foreach (var (register, unregister) in config.RegisteredCallbacks)
        {
            Function("registered_callbacks", register);
            Function("registered_callbacks", unregister);
        }
        if (config.Status is { } status) Patterns("status.functions", status.Functions);
        Patterns("call_scoped_callbacks", config.CallScopedCallbacks);
        Patterns("exclude", config.Exclude);
        if (config.Names is not ("dotnet" or "c")) Misfit(diagnostics, "names", config.Names, "is neither \"dotnet\" nor \"c\"");
        return diagnostics.ToList().Count(d => d.Severity == DiagnosticSeverity.Error) == before;
    }

    /// <summary>The key of the record a config type name means (the record's tag or a typedef naming it), or null.</summary>
    public static string? RecordKey(CApi api, string name)
    {
        if (api.Records.FirstOrDefault(r => r.Name == name) is { } record) return record.Key;
        return api.Typedefs.FirstOrDefault(t => t.Name == name) is { } t && api.StripTypedefs(t.Underlying) is CRecordRef r ? r.Key : null;
    }

    /// <summary>True for <c>char**</c> (any const).</summary>
    public static bool IsCharPointerPointer(CApi api, CType type) =>
        api.StripTypedefs(type) is CPointerType p && SafeShapes.IsCharPointer(api, p.Pointee);

    private static void Parameter(CApi api, DiagnosticBag diagnostics, string entry, CFunction f, string name)
    {
        var parameter = f.Parameters.FirstOrDefault(p => p.Name == name);
        if (parameter is null)
            Missing(diagnostics, entry + " of " + f.Name, name, "parameter", [.. f.Parameters.Select(p => p.Name).Where(n => n.Length > 0)]);
        else if (api.StripTypedefs(parameter.Type) is not CPointerType)
            Misfit(diagnostics, entry, f.Name + "(" + name + ")", $"is a {parameter.Type.Spelling}, not a pointer");
    }

    private static void Missing(DiagnosticBag diagnostics, string entry, string name, string what, IReadOnlyList<string> candidates)
    {
        var nearest = Nearest(name, candidates);
        diagnostics.Add(DiagnosticCodes.SafeConfigMatchesNothing, null,
            $"safe config \"{entry}\": '{name}' matches no {what}" + (nearest.Count > 0 ? "; nearest: " + string.Join(", ", nearest) : ""));
    }

    private static void Misfit(DiagnosticBag diagnostics, string entry, string name, string why) =>
        diagnostics.Add(DiagnosticCodes.SafeConfigDoesNotFit, null, $"safe config \"{entry}\": '{name}' {why}");

    /// <summary>Up to three names closest to <paramref name="name"/> by edit distance (ties in name order).</summary>
    public static List<string> Nearest(string name, IReadOnlyList<string> candidates) =>
        [.. candidates.Select(c => (c, d: Distance(name, c))).Where(x => x.d <= Math.Max(3, name.Length / 2)).OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal).Take(3).Select(x => x.c)];

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
