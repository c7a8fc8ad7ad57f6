using System.Collections.Frozen;
using BindGen.Core.Diagnostics;

namespace BindGen.Core.Mapping;

/// <summary>
/// C# names of declarations (types, enum members, functions, variables, constants): an explicit rename
/// (<c>--rename OLD=NEW</c>) wins; otherwise the longest matching <c>--strip-prefix</c> is removed when what remains
/// is a valid identifier; then, with <c>--pascal-case</c>, types, functions and enum members are written in PascalCase
/// (<c>z_stream_s</c> → <c>ZStreamS</c>, <c>SQLITE_OK</c> → <c>SqliteOk</c>); C# keywords are escaped. Fields and
/// parameters keep their C names.
/// </summary>
public sealed class DeclarationNames
{
    private readonly string[] _prefixes;
    private readonly FrozenDictionary<string, string> _renames;
    private readonly bool _pascalCase;

    private DeclarationNames(string[] prefixes, FrozenDictionary<string, string> renames, bool pascalCase)
    {
        _prefixes = prefixes;
        _renames = renames;
        _pascalCase = pascalCase;
    }

    /// <summary>How messages name options (the rename hint of a name collision).</summary>
    public OptionNames OptionNames { get; private init; } = OptionNames.Neutral;

    /// <summary>How a message tells the user to rename <paramref name="cName"/>: <c>--rename x=NEWNAME</c> on the command line.</summary>
    public string RenameHint(string cName) => $"{OptionNames[BindGenOption.Rename]} {cName}=NEWNAME";

    /// <summary>C names kept (keywords escaped).</summary>
    public static DeclarationNames Keep { get; } = new([], FrozenDictionary<string, string>.Empty, false);

    /// <summary>Builds the naming of <paramref name="options"/>; a malformed rename is reported as BG0007.</summary>
    public static DeclarationNames Create(GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rename in options.Renames)
        {
            var eq = rename.IndexOf('=');
            var from = eq < 0 ? "" : rename[..eq].Trim();
            var to = eq < 0 ? "" : rename[(eq + 1)..].Trim();
            if (from.Length == 0 || !IdentifierCheck.IsIdentifier(to))
                diagnostics.Add(DiagnosticCodes.BadOption, null, $"{options.OptionNames[BindGenOption.Rename]} '{rename}': expected OLD=NEW with NEW a C# identifier");
            else if (renames.TryGetValue(from, out var other) && other != to)
                diagnostics.Add(DiagnosticCodes.BadOption, null, $"{options.OptionNames[BindGenOption.Rename]} '{from}' is given twice ('{other}' and '{to}')");
            else renames[from] = to;
        }
        var prefixes = options.StripPrefixes.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToArray();
        return new DeclarationNames(prefixes, renames.ToFrozenDictionary(StringComparer.Ordinal), options.PascalCase) { OptionNames = options.OptionNames };
    }

    /// <summary>True when <paramref name="cName"/> has an explicit rename.</summary>
    public bool IsRenamed(string cName) => _renames.ContainsKey(cName);

    /// <summary>The explicit renames, for reporting the ones that matched nothing.</summary>
    public IEnumerable<string> RenamedNames => _renames.Keys.Order(StringComparer.Ordinal);

    /// <summary>The C# name of a declaration of kind <paramref name="kind"/> named <paramref name="cName"/> in C.</summary>
    public string Of(string cName, NameKind kind)
    {
        if (_renames.TryGetValue(cName, out var renamed)) return CsNames.Escape(renamed);
        var name = cName;
        foreach (var prefix in _prefixes)
        {
            if (cName.Length > prefix.Length && cName.StartsWith(prefix, StringComparison.Ordinal) && IdentifierCheck.IsIdentifier(cName[prefix.Length..]))
            {
                name = cName[prefix.Length..];
                break;
            }
        }
        if (_pascalCase && kind is NameKind.Type or NameKind.Function or NameKind.EnumMember && PascalCase.Of(name) is { } pascal) name = pascal;
        return CsNames.Escape(name);
    }

}

/// <summary>What a name belongs to: PascalCase applies to types, functions and enum members only.</summary>
public enum NameKind
{
    /// <summary>A struct, union or enum.</summary>
    Type,
    /// <summary>A function.</summary>
    Function,
    /// <summary>An enumerator of a named enum.</summary>
    EnumMember,
    /// <summary>A global variable.</summary>
    Variable,
    /// <summary>A macro constant or an anonymous enum's enumerator.</summary>
    Constant,
}
