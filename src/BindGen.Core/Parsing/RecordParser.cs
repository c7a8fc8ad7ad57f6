using System.Collections.Immutable;
using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>Builds <see cref="CRecord"/>s (structs and unions) with libclang's layout, including nested and anonymous records.</summary>
internal sealed class RecordParser(ParseContext context, TypeParser types)
{
    /// <summary>Makes sure the record declared by <paramref name="decl"/> is in the model; returns its key.</summary>
    public string Ensure(Cursor decl, string? parentKey = null)
    {
        var key = KeyOf(decl);
        if (context.InProgress.Contains(key)) return key;
        if (context.Records.TryGetValue(key, out var existing) && (existing.IsComplete || decl.Definition.IsNull)) return key;

        var definition = decl.Definition;
        bool isUnion = decl.Kind == CursorKind.UnionDecl;
        var spelling = decl.Spelling;
        bool anonymous = IsAnonymous(decl, spelling);
        var name = anonymous ? string.Empty : spelling;
        if (definition.IsNull)
        {
            context.Records[key] = new CRecord
            {
                Key = key, Name = name, Location = ParseContext.ToLocation(decl.Location), IsUnion = isUnion, IsComplete = false,
                IsAnonymous = anonymous, ParentKey = parentKey,
            };
            if (!anonymous) context.RecordsByTag.TryAdd(name, key);
            return key;
        }

        context.InProgress.Add(key);
        try
        {
            var type = definition.Type;
            var fields = ImmutableArray.CreateBuilder<CField>();
            foreach (var child in definition.Children())
            {
                switch (child.Kind)
                {
                    case CursorKind.FieldDecl:
                        fields.Add(ParseField(child));
                        break;
                    case CursorKind.StructDecl:
                    case CursorKind.UnionDecl:
                        if (child.IsAnonymousRecordDecl)
                        {
                            var nestedKey = Ensure(child, key);
                            fields.Add(new CField(string.Empty, new CRecordRef(nestedKey, child.Type.Spelling), AnonymousMemberOffset(type, child), null)
                            {
                                IsAnonymousMember = true,
                            });
                        }
                        else
                        {
                            // A record declared inside another: anonymous ones belong to the parent (a field names them),
                            // named ones are file-scope in C.
                            Ensure(child, IsAnonymous(child, child.Spelling) ? key : null);
                        }
                        break;
                    case CursorKind.EnumDecl:
                        types.Enums!.Ensure(child);
                        break;
                }
            }

            var existingName = context.Records.TryGetValue(key, out var prior) ? prior.Name : string.Empty;
            var record = new CRecord
            {
                Key = key,
                Name = name.Length > 0 ? name : existingName,
                Location = ParseContext.ToLocation(definition.Location),
                Comment = Comment(definition),
                IsUnion = isUnion,
                IsComplete = true,
                IsAnonymous = anonymous,
                ParentKey = parentKey ?? prior?.ParentKey,
                Size = Math.Max(0, type.SizeOf),
                Align = Math.Max(0, type.AlignOf),
                Fields = fields.ToImmutable(),
            };
            context.Records[key] = record;
            if (!anonymous) context.RecordsByTag[name] = key;
            return key;
        }
        finally
        {
            context.InProgress.Remove(key);
        }
    }

    private CField ParseField(Cursor field)
    {
        var type = types.Parse(field.Type);
        int? width = field.IsBitField ? field.FieldBitWidth : null;
        return new CField(field.Spelling, type, field.OffsetOfField, width) { Comment = Comment(field) };
    }

    /// <summary>
    /// libclang gives no offset for the implicit field of an anonymous member; it is the offset (in the parent) of the first named
    /// field inside it minus that field's offset inside the anonymous record.
    /// </summary>
    private static long AnonymousMemberOffset(ClangType parent, Cursor anonymous)
    {
        foreach (var child in anonymous.Children())
        {
            if (child.Kind == CursorKind.FieldDecl && child.Spelling is { Length: > 0 } name)
            {
                long outer = parent.OffsetOf(name);
                long inner = child.OffsetOfField;
                if (outer >= 0 && inner >= 0) return outer - inner;
            }
            else if (child.Kind is CursorKind.StructDecl or CursorKind.UnionDecl && child.IsAnonymousRecordDecl)
            {
                long nested = AnonymousMemberOffset(parent, child);
                if (nested >= 0)
                {
                    long innerOffset = AnonymousMemberOffset(anonymous.Type, child);
                    if (innerOffset >= 0) return nested - innerOffset;
                }
            }
        }
        return 0;
    }

    /// <summary>
    /// The USR, made unique for anonymous records and enums: clang gives every anonymous struct in one parent the same
    /// USR (<c>c:@S@outer@Sa</c>), so their location is added.
    /// </summary>
    public static string KeyOf(Cursor decl)
    {
        var canonical = decl.Canonical;
        var usr = canonical.Usr;
        if (usr.Length > 0 && !IsAnonymous(canonical, canonical.Spelling)) return usr;
        var definition = decl.Definition.IsNull ? canonical : decl.Definition;
        var l = definition.Location;
        return $"{usr}@{decl.Kind}@{l.File}:{l.Offset}";
    }

    public static bool IsAnonymous(Cursor decl, string spelling) =>
        decl.IsAnonymous || spelling.Length == 0 || spelling.Contains("(unnamed", StringComparison.Ordinal) || spelling.Contains("(anonymous", StringComparison.Ordinal);

    public static string? Comment(Cursor cursor)
    {
        var text = cursor.RawComment;
        return text.Length == 0 ? null : text;
    }
}
