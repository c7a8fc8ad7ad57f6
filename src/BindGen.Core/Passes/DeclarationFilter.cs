using BindGen.Core.Diagnostics;

namespace BindGen.Core.Passes;

/// <summary>
/// The user's choice of declarations by name: with include patterns only matching declarations are kept (plus the types
/// they need), exclude patterns drop declarations, opaque patterns emit records as opaque structs used through pointers.
/// </summary>
public sealed class DeclarationFilter
{
    private readonly List<NamePattern> _include;
    private readonly List<NamePattern> _exclude;
    private readonly List<NamePattern> _opaque;
    private readonly HashSet<NamePattern> _used = [];

    private DeclarationFilter(List<NamePattern> include, List<NamePattern> exclude, List<NamePattern> opaque)
    {
        _include = include;
        _exclude = exclude;
        _opaque = opaque;
    }

    /// <summary>Keeps everything.</summary>
    public static DeclarationFilter All { get; } = new([], [], []);

    /// <summary>Builds the filter of <paramref name="options"/>; bad patterns are reported as BG0007.</summary>
    public static DeclarationFilter Create(GeneratorOptions options, DiagnosticBag diagnostics)
    {
        List<NamePattern> Parse(IEnumerable<string> texts, string option)
        {
            var list = new List<NamePattern>();
            foreach (var text in texts)
            {
                if (NamePattern.Parse(text, out var error) is { } pattern) list.Add(pattern);
                else diagnostics.Add(DiagnosticCodes.BadOption, null, $"{option} '{text}': {error}");
            }
            return list;
        }
        return new DeclarationFilter(Parse(options.Include, "--include"), Parse(options.Exclude, "--exclude"), Parse(options.Opaque, "--opaque"));
    }

    /// <summary>True when a declaration of the library named <paramref name="name"/> is a root of the selection.</summary>
    public bool IsSelected(string name)
    {
        if (IsExcluded(name)) return false;
        if (_include.Count == 0) return true;
        return Match(_include, name);
    }

    /// <summary>True when an exclude pattern matches <paramref name="name"/>.</summary>
    public bool IsExcluded(string name) => Match(_exclude, name);

    /// <summary>True when an opaque pattern matches <paramref name="name"/>.</summary>
    public bool IsOpaque(string name) => Match(_opaque, name);

    /// <summary>Warns about patterns that matched no declaration (a typo is then visible).</summary>
    public void ReportUnused(DiagnosticBag diagnostics)
    {
        foreach (var (list, option) in new[] { (_include, "--include"), (_exclude, "--exclude"), (_opaque, "--opaque") })
        {
            foreach (var pattern in list.Where(p => !_used.Contains(p)))
                diagnostics.Add(DiagnosticCodes.PatternMatchedNothing, null, $"{option} '{pattern.Text}' matched no declaration");
        }
    }

    private bool Match(List<NamePattern> patterns, string name)
    {
        bool any = false;
        foreach (var p in patterns)
        {
            if (!p.Matches(name)) continue;
            _used.Add(p);
            any = true;
        }
        return any;
    }
}
