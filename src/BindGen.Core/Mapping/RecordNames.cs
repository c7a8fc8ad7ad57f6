using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// C# names of records: at top level the name C users write, that is the typedef that names the record (see
/// <see cref="TypedefNames"/>: <c>typedef struct z_stream_s {...} z_stream;</c> is <c>z_stream</c>), else the tag; anonymous
/// records nested in the record that holds them, named like ClangSharp does (<c>_Anonymous_e__Union</c> with field
/// <c>Anonymous</c>, <c>_pos_e__Struct</c> for a named field).
/// </summary>
public sealed class RecordNames
{
    /// <summary>Key → C# type reference (nested types qualified with their parent).</summary>
    public Dictionary<string, string> TypeNames { get; } = new(StringComparer.Ordinal);
    /// <summary>Key → simple (unqualified) type name.</summary>
    public Dictionary<string, string> SimpleNames { get; } = new(StringComparer.Ordinal);
    /// <summary>Key of an anonymous member record → the field name that holds it in the parent.</summary>
    public Dictionary<string, string> MemberFieldNames { get; } = new(StringComparer.Ordinal);
    /// <summary>Keys of the top-level records named after a typedef (the name C code writes without <c>struct</c>).</summary>
    public HashSet<string> TypedefNamed { get; } = new(StringComparer.Ordinal);
    /// <summary>Parent key → nested record keys, in field order.</summary>
    public Dictionary<string, List<string>> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>Assigns names to every record of <paramref name="api"/>.</summary>
    public static RecordNames Assign(CApi api) => Assign(api, DeclarationNames.Keep);

    /// <summary>Assigns names to every record of <paramref name="api"/>, top-level ones through <paramref name="naming"/>.</summary>
    public static RecordNames Assign(CApi api, DeclarationNames naming) => Assign(api, naming, TypedefNames.Of(api));

    /// <summary>Assigns names to every record of <paramref name="api"/>, top-level ones after <paramref name="typedefs"/> through <paramref name="naming"/>.</summary>
    public static RecordNames Assign(CApi api, DeclarationNames naming, TypedefNames typedefs)
    {
        var names = new RecordNames();
        foreach (var record in api.Records)
        {
            if (record.ParentKey is not null && record.Name.Length == 0) continue;
            var name = record.Name.Length > 0
                ? naming.Of(CName(record, typedefs, naming), NameKind.Type)
                : $"_Anonymous_{CsNames.Sanitize(Path.GetFileNameWithoutExtension(record.Location.File))}_{record.Location.Line}_{record.Location.Column}";
            names.TypeNames[record.Key] = name;
            names.SimpleNames[record.Key] = name;
            if (record.IsAnonymous && record.Name.Length > 0 || typedefs.For(record.Key) is not null) names.TypedefNamed.Add(record.Key);
        }
        foreach (var record in api.Records)
        {
            if (names.TypeNames.ContainsKey(record.Key)) names.AssignNested(api, record);
        }
        return names;
    }

    /// <summary>The C name a record's C# name is made from (see <see cref="TypedefNames.CName"/>).</summary>
    public static string CName(CRecord record, TypedefNames typedefs, DeclarationNames naming) => typedefs.CName(record, record.IsAnonymous, naming);

    private void AssignNested(CApi api, CRecord parent)
    {
        if (Children.ContainsKey(parent.Key)) return;
        int anonymousMembers = parent.Fields.Count(f => f.IsAnonymousMember);
        int index = 0;
        var children = new List<string>();
        foreach (var field in parent.Fields)
        {
            var nestedKey = NestedRecordKey(api, field.Type, parent.Key);
            if (nestedKey is null || TypeNames.ContainsKey(nestedKey)) continue;
            var nested = api.Record(nestedKey);
            var kind = nested.IsUnion ? "Union" : "Struct";
            string simple;
            if (field.IsAnonymousMember)
            {
                index++;
                var fieldName = anonymousMembers == 1 ? "Anonymous" : $"Anonymous{index}";
                MemberFieldNames[nestedKey] = fieldName;
                simple = $"_{fieldName}_e__{kind}";
            }
            else simple = $"_{field.Name}_e__{kind}";
            // A nested type may not share its enclosing type's name (CS0542): anonymous records nested in anonymous
            // records would otherwise both be _Anonymous_e__Struct.
            while (simple == SimpleNames[parent.Key]) simple = "_" + simple;
            SimpleNames[nestedKey] = simple;
            TypeNames[nestedKey] = TypeNames[parent.Key] + "." + simple;
            children.Add(nestedKey);
            AssignNested(api, nested);
        }
        Children[parent.Key] = children;
    }

    /// <summary>The key of an anonymous record nested in <paramref name="parentKey"/> that <paramref name="type"/> (or its array element) refers to.</summary>
    public static string? NestedRecordKey(CApi api, CType type, string parentKey) => type switch
    {
        CRecordRef r when api.Record(r.Key) is { ParentKey: var p, Name.Length: 0 } && p == parentKey => r.Key,
        CArrayType a => NestedRecordKey(api, a.Element, parentKey),
        _ => null,
    };
}
