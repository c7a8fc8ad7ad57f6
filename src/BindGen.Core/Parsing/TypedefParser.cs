using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>Builds <see cref="CTypedef"/>s; an anonymous struct, union or enum takes the name of the first typedef that names it.</summary>
internal sealed class TypedefParser(ParseContext context, TypeParser types)
{
    public void Ensure(Cursor decl)
    {
        var key = decl.Usr;
        if (key.Length == 0 || context.Typedefs.ContainsKey(key) || !context.InProgress.Add(key)) return;
        try
        {
            var name = decl.Spelling;
            var underlying = types.Parse(decl.TypedefUnderlyingType);
            context.Typedefs[key] = new CTypedef
            {
                Key = key, Name = name, Location = ParseContext.ToLocation(decl.Location), Comment = RecordParser.Comment(decl), Underlying = underlying,
                DeclaresUnderlying = DeclaresUnderlying(decl),
            };
            context.TypedefsByName.TryAdd(name, key);
            switch (underlying)
            {
                case CRecordRef r when context.Records.TryGetValue(r.Key, out var record) && record.Name.Length == 0:
                    context.Records[r.Key] = record with { Name = name };
                    break;
                case CEnumRef e when context.Enums.TryGetValue(e.Key, out var @enum) && @enum.Name.Length == 0:
                    context.Enums[e.Key] = @enum with { Name = name };
                    break;
            }
        }
        finally
        {
            context.InProgress.Remove(key);
        }
    }

    /// <summary>True when the typedef's declaration holds the definition of the record or enum it names (a child cursor).</summary>
    private static bool DeclaresUnderlying(Cursor decl) =>
        decl.Children().Any(c => c.Kind is CursorKind.StructDecl or CursorKind.UnionDecl or CursorKind.EnumDecl && c.IsDefinition);
}
