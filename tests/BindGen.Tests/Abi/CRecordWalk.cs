using BindGen.Clang;
using BindGen.Tests.Coverage;

namespace BindGen.Tests.Abi;

/// <summary>
/// The records of a header, found by walking clang's cursors through the raw layer (not BindGen's parser or model):
/// every struct/union with a definition and a name (a tag, or a typedef naming an untagged one), nested ones included,
/// with the typedef names that alias each, and the names of every macro (a macro of a member's name hides it from C).
/// </summary>
public sealed class CRecordWalk
{
    /// <summary>Every complete named record of the translation unit, by C spelling.</summary>
    public Dictionary<string, CProbeRecord> Records { get; } = new(StringComparer.Ordinal);
    /// <summary>A typedef name or tag → the C spelling of the record it names (<c>z_stream</c> → <c>struct z_stream_s</c>).</summary>
    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);
    /// <summary>Every macro name defined.</summary>
    public HashSet<string> Macros { get; } = new(StringComparer.Ordinal);

    /// <summary>Walks <paramref name="header"/>; library files are chosen as <see cref="LibraryDeclarations.LibraryFiles"/> does.</summary>
    public static CRecordWalk Run(string header, IReadOnlyList<string> flags)
    {
        var full = Path.GetFullPath(header);
        using var tu = LibraryDeclarations.Parse(full, flags);
        var library = LibraryDeclarations.LibraryFiles(tu, full);
        var walk = new CRecordWalk();
        var top = tu.Cursor.Children();

        // Untagged records get the name of the first typedef naming them.
        var typedefNames = new Dictionary<Cursor, string>();
        var typedefs = new List<(string Name, Cursor Record)>();
        foreach (var cursor in top)
        {
            if (cursor.Kind == CursorKind.MacroDefinition && !cursor.IsMacroBuiltin) walk.Macros.Add(cursor.Spelling);
            if (cursor.Kind != CursorKind.TypedefDecl) continue;
            var declaration = cursor.TypedefUnderlyingType.Canonical.Declaration;
            if (declaration.IsNull || declaration.Kind is not (CursorKind.StructDecl or CursorKind.UnionDecl)) continue;
            var definition = declaration.Definition;
            if (definition.IsNull) continue;
            typedefs.Add((cursor.Spelling, definition));
            if (TagSpelling(definition) is null) typedefNames.TryAdd(definition, cursor.Spelling);
        }

        void Visit(Cursor cursor)
        {
            if (cursor.Kind is CursorKind.StructDecl or CursorKind.UnionDecl)
            {
                if (cursor.IsDefinition && !cursor.IsAnonymousRecordDecl)
                {
                    var tag = TagSpelling(cursor);
                    string? spelling = tag ?? typedefNames.GetValueOrDefault(cursor);
                    if (spelling is { Length: > 0 } && !cursor.Location.IsEmpty)
                    {
                        var name = tag is null ? spelling : spelling[(spelling.IndexOf(' ') + 1)..];
                        var file = Path.GetFullPath(cursor.Location.File);
                        walk.Records.TryAdd(spelling, new CProbeRecord(spelling, name, file, cursor.Location.Line, library.Contains(file), Members(cursor, typedefNames), cursor.Type.SizeOf));
                        walk.Aliases.TryAdd(name, spelling);
                    }
                }
                foreach (var child in cursor.Children()) Visit(child);
            }
            else if (cursor.Kind is CursorKind.FieldDecl or CursorKind.TypedefDecl or CursorKind.VarDecl or CursorKind.FunctionDecl)
            {
                foreach (var child in cursor.Children().Where(c => c.Kind is CursorKind.StructDecl or CursorKind.UnionDecl)) Visit(child);
            }
        }
        foreach (var cursor in top) Visit(cursor);

        foreach (var (name, record) in typedefs)
        {
            var tagged = TagSpelling(record) ?? typedefNames.GetValueOrDefault(record);
            if (tagged is not null && walk.Records.ContainsKey(tagged)) walk.Aliases.TryAdd(name, tagged);
        }
        return walk;
    }

    /// <summary>
    /// <c>struct tag</c> / <c>union tag</c> for a tagged record, or null for an untagged one (named by a typedef, or not at
    /// all). Read from the type's spelling: libclang 14 spells an untagged record by its typedef name.
    /// </summary>
    private static string? TagSpelling(Cursor record)
    {
        var spelling = record.Type.Spelling;
        return (spelling.StartsWith("struct ", StringComparison.Ordinal) || spelling.StartsWith("union ", StringComparison.Ordinal)) && !IsUnnamed(spelling) ? spelling : null;
    }

    /// <summary>A flexible array member (<c>T x[]</c>) or a GNU zero-length array (<c>T x[0]</c>): C# reaches it through an accessor.</summary>
    private static bool IsFlexible(ClangType type) => type.Kind == TypeKind.IncompleteArray || type.Kind == TypeKind.ConstantArray && type.ArraySize == 0;

    private static bool IsUnnamed(string spelling) =>
        spelling.Contains("(unnamed", StringComparison.Ordinal) || spelling.Contains("(anonymous", StringComparison.Ordinal);

    /// <summary>The members of a record definition, in declaration order.</summary>
    private static List<CProbeField> Members(Cursor definition, Dictionary<Cursor, string> typedefNames)
    {
        var fields = new List<CProbeField>();
        foreach (var child in definition.Children())
        {
            if (child.Kind is CursorKind.StructDecl or CursorKind.UnionDecl && child.IsAnonymousRecordDecl)
            {
                fields.Add(new CProbeField("", null, false, true, Members(child, typedefNames)));
                continue;
            }
            if (child.Kind != CursorKind.FieldDecl) continue;
            var type = child.Type;
            var declaration = type.Canonical.Declaration;
            // A member of an anonymous record type (struct { int x, y; } pos): C reaches its members as pos.x.
            IReadOnlyList<CProbeField>? inner = !declaration.IsNull && declaration.Kind is CursorKind.StructDecl or CursorKind.UnionDecl
                                                && IsUnnamed(declaration.Type.Spelling) && !declaration.Definition.IsNull
                ? Members(declaration.Definition, typedefNames)
                : null;
            // The record held by value, through any number of array dimensions: its layout is part of this one.
            var element = type.Canonical;
            while (element.Kind is TypeKind.ConstantArray or TypeKind.IncompleteArray) element = element.ArrayElementType.Canonical;
            Cursor? held = element.Kind == TypeKind.Record ? element.Declaration : null;
            string? uses = held is not { IsNull: false } h || h.Definition.IsNull ? null : TagSpelling(h.Definition) ?? typedefNames.GetValueOrDefault(h.Definition);
            fields.Add(new CProbeField(child.Spelling, child.IsBitField ? child.FieldBitWidth : null, IsFlexible(type.Canonical), false, inner, uses));
        }
        return fields;
    }
}
