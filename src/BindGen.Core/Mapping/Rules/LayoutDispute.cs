using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>
/// Whether gcc and clang lay a record out differently, so that libclang's layout cannot be trusted for a library gcc
/// built: a member (at any depth, through arrays, records held by value and anonymous members) whose type the compilers
/// disagree on, today an <c>_Atomic</c> record of odd size (see <see cref="CUnsupportedType.CompilersDisagree"/>).
/// Such records are refused: emitted as opaque structs used through pointers, with warning BG0110.
/// </summary>
public static class LayoutDispute
{
    /// <summary>What makes the compilers disagree on <paramref name="record"/>'s layout, or null when they agree.</summary>
    public static string? Find(CRecord record, TypeMapper mapper) => Find(record, mapper, 0);

    private static string? Find(CRecord record, TypeMapper mapper, int depth)
    {
        if (!record.IsComplete || depth > 64) return null;
        foreach (var field in record.Fields)
        {
            var type = mapper.StripTypedefs(field.Type);
            while (type is CArrayType a) type = mapper.StripTypedefs(a.Element);
            switch (type)
            {
                case CUnsupportedType { CompilersDisagree: true } u:
                    return $"member '{(field.Name.Length > 0 ? field.Name : "<unnamed>")}' is '{u.Spelling}': {u.Reason}";
                case CRecordRef r when Find(mapper.Api.Record(r.Key), mapper, depth + 1) is { } inner:
                    var via = field.IsAnonymousMember ? "an anonymous member" : $"member '{field.Name}' ('{r.Spelling}')";
                    return $"{via}: {inner}";
            }
        }
        return null;
    }
}
