using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// The typedef name C users write for each record: C code and documentation say <c>z_stream</c>, not
/// <c>struct z_stream_s</c>. A typedef names a record directly when it is <c>typedef struct x_s x_t;</c> (with or without
/// the body); among several, the one whose declaration holds the record's body wins, then the first in source order
/// (the record's own header first, then by file, line and column). Typedefs of typedefs (<c>typedef x_t y_t;</c>) and of
/// pointers (<c>typedef x_t *x_p;</c>) never name the record: the first become aliases, the second stay spellings.
/// </summary>
public sealed class TypedefNames
{
    private readonly Dictionary<string, CTypedef> _primary;

    private TypedefNames(Dictionary<string, CTypedef> primary) => _primary = primary;

    /// <summary>Picks the naming typedef of every record of <paramref name="api"/> that has one.</summary>
    public static TypedefNames Of(CApi api)
    {
        var records = api.Records.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var primary = api.Typedefs
            .Where(t => t.Underlying is CRecordRef r && records.ContainsKey(r.Key))
            .GroupBy(t => ((CRecordRef)t.Underlying).Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Pick(records[g.Key], g), StringComparer.Ordinal);
        return new TypedefNames(primary);
    }

    /// <summary>The typedef that names the record keyed <paramref name="recordKey"/>, or null when none names it directly.</summary>
    public CTypedef? For(string recordKey) => _primary.GetValueOrDefault(recordKey);

    /// <summary>True when <paramref name="typedef"/> is the name its record is emitted under.</summary>
    public bool IsPrimary(CTypedef typedef) =>
        typedef.Underlying is CRecordRef r && _primary.TryGetValue(r.Key, out var chosen) && chosen.Key == typedef.Key;

    private static CTypedef Pick(CRecord record, IEnumerable<CTypedef> typedefs) => typedefs
        .OrderByDescending(t => t.DeclaresUnderlying)
        .ThenByDescending(t => t.Location.File == record.Location.File)
        .ThenBy(t => t.Location.File, StringComparer.Ordinal)
        .ThenBy(t => t.Location.Line)
        .ThenBy(t => t.Location.Column)
        .ThenBy(t => t.Name, StringComparer.Ordinal)
        .First();
}
