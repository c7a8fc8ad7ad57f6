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
    private readonly List<NamePattern> _includeFiles;
    private readonly List<NamePattern> _excludeFiles;
    private readonly HashSet<NamePattern> _used = [];

    private DeclarationFilter(List<NamePattern> include, List<NamePattern> exclude, List<NamePattern> opaque, List<NamePattern> includeFiles, List<NamePattern> excludeFiles, OptionNames optionNames)
    {
        OptionNames = optionNames;
        _include = include;
        _exclude = exclude;
        _opaque = opaque;
        _includeFiles = includeFiles;
        _excludeFiles = excludeFiles;
    }

    /// <summary>Keeps everything.</summary>
    public static DeclarationFilter All { get; } = new([], [], [], [], [], OptionNames.Neutral);

    /// <summary>How messages name the filter options.</summary>
    public OptionNames OptionNames { get; }

    /// <summary>Builds the filter of <paramref name="options"/>; bad patterns are reported as BG0007.</summary>
    public static DeclarationFilter Create(GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var n = options.OptionNames;
        List<NamePattern> Parse(IEnumerable<string> texts, BindGenOption option)
        {
            var list = new List<NamePattern>();
            foreach (var text in texts)
            {
                if (NamePattern.Parse(text, out var error) is { } pattern) list.Add(pattern);
                else diagnostics.Add(DiagnosticCodes.BadOption, null, $"{n[option]} '{text}': {error}");
            }
            return list;
        }
        return new DeclarationFilter(Parse(options.Include, BindGenOption.Include), Parse(options.Exclude, BindGenOption.Exclude), Parse(options.Opaque, BindGenOption.Opaque),
            Parse(options.IncludeFiles, BindGenOption.IncludeFile), Parse(options.ExcludeFiles, BindGenOption.ExcludeFile), n);
    }

    /// <summary>True when a declaration of the library named <paramref name="name"/> is a root of the selection.</summary>
    public bool IsSelected(string name) => IsSelected(name, "");

    /// <summary>
    /// True when a declaration of the library named <paramref name="name"/>, declared in <paramref name="file"/> (a full
    /// path), is a root of the selection: file patterns match the path with '/' separators.
    /// </summary>
    public bool IsSelected(string name, string file)
    {
        if (IsExcluded(name)) return false;
        var path = file.Replace('\\', '/');
        if (_excludeFiles.Count > 0 && Match(_excludeFiles, path)) return false;
        if (_includeFiles.Count > 0 && !Match(_includeFiles, path)) return false;
        if (_include.Count == 0) return true;
        return Match(_include, name);
    }

    /// <summary>
    /// Why a declaration named <paramref name="name"/> in <paramref name="file"/> is not a root of the selection (for the
    /// Not-bound list), naming the option and pattern that left it out; or null when it is selected.
    /// </summary>
    public string? WhyLeftOut(string name, string file)
    {
        var path = file.Replace('\\', '/');
        var n = OptionNames;
        if (FirstMatch(_exclude, name) is { } exclude) return $"excluded by {n[BindGenOption.Exclude]} '{exclude.Text}'";
        if (FirstMatch(_excludeFiles, path) is { } excludeFile) return $"its header is excluded by {n[BindGenOption.ExcludeFile]} '{excludeFile.Text}'";
        if (_includeFiles.Count > 0 && FirstMatch(_includeFiles, path) is null) return $"its header matches no {n.PatternOf(BindGenOption.IncludeFile)}";
        if (_include.Count > 0 && FirstMatch(_include, name) is null)
            return name.Length == 0 ? $"it has no name, and {n[BindGenOption.Include]} matches names" : $"it matches no {n.PatternOf(BindGenOption.Include)}";
        return null;
    }

    private static NamePattern? FirstMatch(List<NamePattern> patterns, string name)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Matches(name)) return pattern;
        }
        return null;
    }

    /// <summary>True when <c>--include-file</c> patterns were given: the headers they match count as the library's.</summary>
    public bool HasIncludeFilePatterns => _includeFiles.Count > 0;

    /// <summary>True when an <c>--include-file</c> pattern matches <paramref name="file"/> (a full path): the header then counts as the library's.</summary>
    public bool IsIncludedFile(string file) => Match(_includeFiles, file.Replace('\\', '/'));

    /// <summary>True when an exclude pattern matches <paramref name="name"/>.</summary>
    public bool IsExcluded(string name) => Match(_exclude, name);

    /// <summary>True when an opaque pattern matches <paramref name="name"/>.</summary>
    public bool IsOpaque(string name) => Match(_opaque, name);

    /// <summary>Warns about patterns that matched no declaration (a typo is then visible).</summary>
    public void ReportUnused(DiagnosticBag diagnostics)
    {
        foreach (var (list, option) in new[] { (_include, BindGenOption.Include), (_exclude, BindGenOption.Exclude), (_opaque, BindGenOption.Opaque), (_includeFiles, BindGenOption.IncludeFile), (_excludeFiles, BindGenOption.ExcludeFile) })
        {
            foreach (var pattern in list.Where(p => !_used.Contains(p)))
                diagnostics.Add(DiagnosticCodes.PatternMatchedNothing, null, $"{OptionNames[option]} '{pattern.Text}' matched no declaration");
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
