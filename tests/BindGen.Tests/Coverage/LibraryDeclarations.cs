using System.Text.RegularExpressions;
using BindGen.Clang;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Coverage;

/// <summary>
/// The oracle of what a header declares, built without BindGen's parser, model or passes: it parses the header with the
/// raw libclang layer (<see cref="TranslationUnit"/>, <see cref="Cursor"/>) and lists every function, named struct/union
/// (nested ones too: C gives them file scope), named enum, enumerator, variable and macro definition declared in the
/// library's files. The library's files are chosen by a deliberately simple rule of its own: the input header, plus
/// every header reached from a library file by a quoted <c>#include "..."</c> that resolved inside the input's folder
/// (zlib.h: zlib.h and zconf.h; sqlite3.h: sqlite3.h). Macros that are empty (include guards, markers) or builtin are
/// not declarations.
/// </summary>
public static class LibraryDeclarations
{
    private static readonly Regex QuotedInclude = new(@"^\s*#\s*include\s*""", RegexOptions.Compiled);

    /// <summary>Walks <paramref name="header"/> parsed with the include folders and defines in <paramref name="flags"/>.</summary>
    public static List<CDeclared> Walk(string header, IReadOnlyList<string> flags)
    {
        var full = Path.GetFullPath(header);
        using var tu = Parse(full, flags);
        var files = LibraryFiles(tu, full);

        var found = new List<CDeclared>();
        void Add(string kind, Cursor c, string container = "")
        {
            var location = c.Location;
            if (location.IsEmpty || !files.Contains(Path.GetFullPath(location.File))) return;
            found.Add(new CDeclared(kind, c.Spelling, Path.GetFullPath(location.File), location.Line, container));
        }
        void Visit(Cursor cursor)
        {
            switch (cursor.Kind)
            {
                case CursorKind.StructDecl or CursorKind.UnionDecl:
                    if (!cursor.IsAnonymous && cursor.Spelling.Length > 0) Add("record", cursor);
                    foreach (var child in cursor.Children()) Visit(child);
                    break;
                case CursorKind.EnumDecl:
                    if (!cursor.IsAnonymous && cursor.Spelling.Length > 0) Add("enum", cursor);
                    var enumName = cursor.IsAnonymous ? "" : cursor.Spelling;
                    foreach (var child in cursor.Children().Where(k => k.Kind == CursorKind.EnumConstantDecl)) Add("enumerator", child, enumName);
                    break;
                case CursorKind.FieldDecl or CursorKind.TypedefDecl:
                    // A record defined in a field's type or a typedef (struct outer { struct inner {...} i; }) is declared there.
                    foreach (var child in cursor.Children().Where(k => k.Kind is CursorKind.StructDecl or CursorKind.UnionDecl or CursorKind.EnumDecl)) Visit(child);
                    break;
                case CursorKind.FunctionDecl:
                    Add("function", cursor);
                    break;
                case CursorKind.VarDecl:
                    Add("variable", cursor);
                    break;
                case CursorKind.MacroDefinition:
                    if (cursor.IsMacroBuiltin) break;
                    if (!cursor.IsMacroFunctionLike && cursor.Tokens().Count <= 1) break; // include guard or empty marker
                    Add("macro", cursor);
                    break;
            }
        }
        foreach (var cursor in tu.Cursor.Children()) Visit(cursor);

        // A name declared twice (a prototype and its definition, a redefined macro) is one declaration: its first place.
        return [.. found.GroupBy(d => (d.Kind, d.Name)).Select(g => g.First())];
    }

    /// <summary>
    /// Parses <paramref name="header"/> with the raw libclang layer, as C, with the loaded libclang's builtin headers and
    /// the <c>-I</c>, <c>-D</c>, <c>--target</c> and <c>--clang-arg</c> of <paramref name="flags"/> (bindgen's own flags).
    /// </summary>
    public static TranslationUnit Parse(string header, IReadOnlyList<string> flags)
    {
        var full = Path.GetFullPath(header);
        var libclang = LibClangLoader.Load();
        var args = new List<string> { "-xc", "-Wno-pragma-once-outside-header" };
        if (libclang.ResourceDirectory is { } resource) args.AddRange(["-resource-dir", resource]);
        for (int i = 0; i + 1 < flags.Count; i++)
        {
            if (flags[i] is "-I" or "--include-directory") args.Add("-I" + Path.GetFullPath(flags[i + 1]));
            if (flags[i] is "-D" or "--define") args.Add("-D" + flags[i + 1]);
            if (flags[i] is "--target") args.Add("--target=" + flags[i + 1]);
            if (flags[i] is "--clang-arg") args.Add(flags[i + 1]);
        }
        return TranslationUnit.Parse(full, args, null, new ParseOptions(), out int error) ?? throw new InvalidOperationException($"libclang could not parse {full} ({error})");
    }

    /// <summary>The input header and the headers reached from library files by quoted includes inside the input's folder.</summary>
    public static HashSet<string> LibraryFiles(TranslationUnit tu, string header)
    {
        var folder = Path.GetDirectoryName(header)! + Path.DirectorySeparatorChar;
        var own = new HashSet<string>(StringComparer.Ordinal) { header };
        var inclusions = tu.Inclusions();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var inclusion in inclusions)
            {
                if (inclusion.IncludedFrom is not { IsEmpty: false } from || inclusion.File.Length == 0) continue;
                var file = Path.GetFullPath(inclusion.File);
                if (own.Contains(file) || !own.Contains(Path.GetFullPath(from.File)) || !file.StartsWith(folder, StringComparison.Ordinal)) continue;
                var line = File.ReadLines(from.File).Skip(from.Line - 1).FirstOrDefault() ?? "";
                if (!QuotedInclude.IsMatch(line)) continue;
                own.Add(file);
                changed = true;
            }
        }
        return own;
    }
}
