using System.Collections.Immutable;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>The layout C gives one record on one target, as libclang computed it: what the generated layout tests expect.</summary>
/// <param name="Triple">The target the headers were parsed for.</param>
/// <param name="Size">C's size in bytes.</param>
/// <param name="Align">C's alignment in bytes.</param>
/// <param name="Fields">C's offset of every member the C# struct has as a field, reached by its C# path.</param>
public sealed record CsLayoutTarget(string Triple, long Size, long Align, ImmutableArray<CsLayoutField> Fields);

/// <summary>One member's expected offset: its C path (<c>pos.x</c>, for messages), its C# path from the record, and C's offset.</summary>
public sealed record CsLayoutField(string CPath, string CsPath, long Offset);

/// <summary>The expected layouts of one emitted record (its C# type and C spelling), per target.</summary>
public sealed record CsLayoutRecord(string Type, string CName, ImmutableArray<CsLayoutTarget> Targets);

/// <summary>
/// Builds the expectations of <c>--layout-tests</c> from the C model, never from the C# BindGen emits: sizes, alignments
/// and member offsets are libclang's. The C# struct only says which members exist as fields (bitfields, flexible arrays
/// and members C gives no storage have no field and no offset to check) and how C# reaches them.
/// </summary>
internal static class LayoutExpectations
{
    /// <summary>The expectations for <paramref name="emitted"/> (each C record with the C# struct emitted for it) on <paramref name="target"/>.</summary>
    public static ImmutableArray<CsLayoutRecord> Build(IEnumerable<(CRecord Record, CsStruct Struct)> emitted, RecordMapper records, RecordNames names, CApi api, string target)
    {
        var result = ImmutableArray.CreateBuilder<CsLayoutRecord>();
        foreach (var (record, cs) in emitted)
        {
            // Records emitted without C's layout (incomplete, refused) have nothing to check.
            if (!record.IsComplete || cs.IsOpaque && !cs.Fields.Any()) continue;
            var fields = ImmutableArray.CreateBuilder<CsLayoutField>();
            if (!cs.Fields.Any(f => f.Name == "_data" && !f.IsPublic)) Members(record, cs, "", "", 0, fields, records, names, api);
            var cName = cs.NativeTypeName ?? record.Name;
            result.Add(new CsLayoutRecord(cs.Name, cName, [new CsLayoutTarget(target, record.Size, record.Align, fields.ToImmutable())]));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// Several targets' expectations as one list: a record's targets side by side (one <c>case</c> per target in its
    /// generated method), records sorted by C# type, targets in the order given.
    /// </summary>
    public static ImmutableArray<CsLayoutRecord> Combine(IEnumerable<ImmutableArray<CsLayoutRecord>> perTarget) =>
        [.. perTarget.SelectMany(records => records)
            .GroupBy(r => r.Type, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CsLayoutRecord(g.Key, g.First().CName, [.. g.SelectMany(r => r.Targets)]))];

    private static void Members(CRecord record, CsStruct cs, string cPrefix, string csPrefix, long at, ImmutableArray<CsLayoutField>.Builder fields, RecordMapper records, RecordNames names, CApi api)
    {
        foreach (var field in record.Fields)
        {
            if (field.BitWidth is not null) continue;
            long offset = at + field.OffsetBits / 8;
            if (field.IsAnonymousMember)
            {
                var key = ((CRecordRef)field.Type).Key;
                if (!names.MemberFieldNames.TryGetValue(key, out var member) || !cs.Fields.Any(f => f.Name == member && f.IsPublic)) continue;
                Members(api.Record(key), records.Map(api.Record(key)), cPrefix, csPrefix + member + ".", offset, fields, records, names, api);
                continue;
            }
            var csName = RecordSpellings.MemberName(field.Name, cs.Name);
            if (!cs.Fields.Any(f => f.Name == csName && f.IsPublic)) continue;
            fields.Add(new CsLayoutField(cPrefix + field.Name, csPrefix + csName, offset));
        }
    }
}
