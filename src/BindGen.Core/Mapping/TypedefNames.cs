using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// The typedef name C users write for each record and enum: C code and documentation say <c>z_stream</c>, not
/// <c>struct z_stream_s</c>. A typedef names a record (or enum) directly when it is <c>typedef struct x_s x_t;</c> (with
/// or without the body); among several, the one whose declaration holds the body wins, then the first in source order
/// (the declaration's own header first, then by file, line and column). Typedefs of typedefs (<c>typedef x_t y_t;</c>)
/// and of pointers (<c>typedef x_t *x_p;</c>) never name it: the first become aliases, the second stay spellings.
/// </summary>
public sealed class TypedefNames
{
    private readonly Dictionary<string, CTypedef> _primary;

    private TypedefNames(Dictionary<string, CTypedef> primary) => _primary = primary;

    /// <summary>Picks the naming typedef of every record of <paramref name="api"/> that has one.</summary>
    public static TypedefNames Of(CApi api)
    {
        var named = new Dictionary<string, CDeclaration>(StringComparer.Ordinal);
        foreach (var r in api.Records) named[r.Key] = r;
        foreach (var e in api.Enums) named[e.Key] = e;
        var primary = new Dictionary<string, CTypedef>(StringComparer.Ordinal);
        foreach (var t in api.Typedefs)
        {
            if (NamedKey(t) is not { } key || !named.TryGetValue(key, out var declaration)) continue;
            // In source order, a later typedef wins only when it goes strictly first: the first of equals stays.
            if (!primary.TryGetValue(key, out var chosen) || Precedes(declaration, t, chosen)) primary[key] = t;
        }
        return new TypedefNames(primary);
    }

    /// <summary>The typedef that names the record or enum keyed <paramref name="key"/>, or null when none names it directly.</summary>
    public CTypedef? For(string key) => _primary.GetValueOrDefault(key);

    /// <summary>True when <paramref name="typedef"/> is the name its record or enum is emitted under.</summary>
    public bool IsPrimary(CTypedef typedef) =>
        NamedKey(typedef) is { } key && _primary.TryGetValue(key, out var chosen) && chosen.Key == typedef.Key;

    /// <summary>
    /// The C name a record's or enum's C# name is made from: its naming typedef, unless only the tag has an explicit
    /// rename (<c>--rename z_stream_s=ZStream</c> works as well as <c>--rename z_stream=ZStream</c>; the typedef's wins).
    /// An anonymous one already carries the name of its typedef.
    /// </summary>
    public string CName(CDeclaration declaration, bool isAnonymous, DeclarationNames naming)
    {
        if (isAnonymous || For(declaration.Key) is not { } typedef) return declaration.Name;
        return naming.IsRenamed(declaration.Name) && !naming.IsRenamed(typedef.Name) ? declaration.Name : typedef.Name;
    }

    private static string? NamedKey(CTypedef typedef) => typedef.Underlying switch
    {
        CRecordRef r => r.Key,
        CEnumRef e => e.Key,
        _ => null,
    };

    /// <summary>True when <paramref name="a"/> names <paramref name="declaration"/> before <paramref name="b"/> does.</summary>
    private static bool Precedes(CDeclaration declaration, CTypedef a, CTypedef b)
    {
        // An anonymous one is already named by the typedef the parser met first: the model and the C# name agree.
        bool anonymous = declaration is CRecord { IsAnonymous: true } or CEnum { IsAnonymous: true };
        int order = (anonymous && b.Name == declaration.Name).CompareTo(anonymous && a.Name == declaration.Name);
        if (order == 0) order = b.DeclaresUnderlying.CompareTo(a.DeclaresUnderlying);
        if (order == 0) order = (b.Location.File == declaration.Location.File).CompareTo(a.Location.File == declaration.Location.File);
        if (order == 0) order = string.CompareOrdinal(a.Location.File, b.Location.File);
        if (order == 0) order = a.Location.Line.CompareTo(b.Location.Line);
        if (order == 0) order = a.Location.Column.CompareTo(b.Location.Column);
        if (order == 0) order = string.CompareOrdinal(a.Name, b.Name);
        return order < 0;
    }
}
