using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>How records and their members are spelled: the C spelling a <c>[NativeTypeName]</c> keeps, the name a diagnostic uses, C# member names.</summary>
internal sealed class RecordSpellings(TypeMapper types, RecordNames names)
{
    /// <summary>How a diagnostic names a record: its C spelling, or for an anonymous one, where it is nested.</summary>
    public string DisplayName(CRecord record)
    {
        var kind = record.IsUnion ? "union" : "struct";
        if (record.Name.Length > 0) return NativeSpelling(record, names.SimpleNames.GetValueOrDefault(record.Key) ?? record.Name) ?? record.Name;
        return record.ParentKey is { } parent ? $"anonymous {kind} in {DisplayName(types.Api.Record(parent))}" : $"anonymous {kind}";
    }

    /// <summary>A field's C# name: escaped, and not the name of the struct that declares it (CS0542).</summary>
    public static string MemberName(string name, string enclosingType) =>
        name == enclosingType ? name + "_" : CsNames.Escape(name);

    /// <summary>The <c>[NativeTypeName]</c> of a record whose C# name is <paramref name="csName"/>, or null when none is needed.</summary>
    public string? NativeSpelling(CRecord record, string csName)
    {
        if (record.Name.Length == 0) return null;
        // Records named through a typedef keep their typedef spelling; tagged ones read "struct tag".
        bool tagged = (_typedefsByName ??= types.Api.Typedefs.ToLookup(t => t.Name, StringComparer.Ordinal))[record.Name]
            .All(t => types.StripTypedefs(t.Underlying) is not CRecordRef r || r.Key != record.Key);
        // A renamed typedef-named record keeps its C name in NativeTypeName.
        return tagged ? (record.IsUnion ? "union " : "struct ") + record.Name : csName != record.Name ? record.Name : null;
    }

    // Typedefs by name, built once: scanning every typedef for every record was quadratic.
    private ILookup<string, CTypedef>? _typedefsByName;

    /// <summary>The C spelling for a doc comment: never clang's name of an anonymous record, which holds a path.</summary>
    public static string CommentSpelling(CType type) => NativeSpellings.For(type, "") ?? "anonymous record type";
}
