using System.Collections.Immutable;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// Keeps the declarations of the library's own headers, plus every type they use wherever it is declared. A record C
/// defines is kept complete however it is reached (by value or through a pointer), and the types its fields use with it:
/// callers allocate <c>struct timeval</c> or <c>fd_set</c> themselves, so every record has C's size. Only a record C never
/// defines stays incomplete (an empty struct). A <see cref="DeclarationFilter"/> narrows the roots (<c>--include</c>,
/// <c>--exclude</c>) and makes records opaque (<c>--opaque</c>: no fields, C's size kept); a type excluded, or made
/// opaque and used by value, that a kept declaration still needs is an error naming both.
/// </summary>
public static class SelectDeclarationsPass
{
    /// <summary>Returns the model reduced to what gets emitted.</summary>
    public static CApi Run(CApi api, LibraryFiles files) => Run(api, files, DeclarationFilter.All, new DiagnosticBag());

    /// <summary>Returns the model reduced to what gets emitted, narrowed by <paramref name="filter"/>.</summary>
    public static CApi Run(CApi api, LibraryFiles files, DeclarationFilter filter, DiagnosticBag diagnostics)
    {
        var opaque = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in api.Records.Where(r => filter.IsOpaque(r.Name))) opaque.Add(record.Key);
        foreach (var t in api.Typedefs.Where(t => filter.IsOpaque(t.Name)))
        {
            if (api.StripTypedefs(t.Underlying) is CRecordRef r) opaque.Add(r.Key);
        }
        var walker = new UseWalker(api, opaque);
        bool Own(CDeclaration d) => d.Location.File.Length > 0 && files.IsOwn(d.Location.File);
        bool Root(CDeclaration d) => Own(d) && filter.IsSelected(d.Name, d.Location.File);

        foreach (var record in api.Records)
        {
            if (!Root(record)) continue;
            // Anonymous records are reached through the record (or typedef) that names them.
            if (record.IsAnonymous && record.Name.Length == 0) continue;
            walker.User = record.Name;
            walker.UseRecord(record.Key, byValue: false);
        }
        foreach (var e in api.Enums.Where(Root)) walker.UseEnum(e.Key);
        var functions = api.Functions.Where(Root).ToImmutableArray();
        foreach (var f in functions)
        {
            walker.User = f.Name;
            walker.UseType(f.ReturnType, byValue: true);
            foreach (var p in f.Parameters) walker.UseType(p.Type, byValue: true);
        }
        var globals = api.Globals.Where(Root).ToImmutableArray();
        foreach (var g in globals)
        {
            walker.User = g.Name;
            walker.UseType(g.Type, byValue: true);
        }
        foreach (var t in api.Typedefs.Where(Root))
        {
            // A typedef names a type: the record or enum it names belongs to the API even when nothing uses it yet.
            walker.User = t.Name;
            if (api.StripTypedefs(t.Underlying) is CRecordRef r) walker.UseRecord(r.Key, byValue: false);
            else if (api.StripTypedefs(t.Underlying) is CEnumRef e) walker.UseEnum(e.Key);
        }

        foreach (var (key, user) in walker.Users.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            CDeclaration declaration = walker.Records.Contains(key) ? api.Record(key) : api.Enum(key);
            if (declaration.Name.Length == 0 || opaque.Contains(key) || !filter.IsExcluded(declaration.Name)) continue;
            diagnostics.Add(DiagnosticCodes.ExcludedTypeUsed, declaration.Location,
                $"'{declaration.Name}' is excluded but '{user}' uses it: exclude '{user}' too{(declaration is CRecord ? $", or emit '{declaration.Name}' with {filter.OptionNames[BindGenOption.Opaque]}" : "")}");
        }
        foreach (var (key, user) in walker.ByValueOpaque.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var record = api.Record(key);
            diagnostics.Add(DiagnosticCodes.OpaqueTypeUsedByValue, record.Location, $"'{record.Name}' is made opaque but '{user}' uses it by value, which needs its layout");
        }

        ReportLeftOut(api, files, filter, walker, diagnostics);

        var records = api.Records
            .Where(r => walker.Records.Contains(r.Key))
            // A record made opaque loses its fields, not its size: C# still gets C's size and alignment when C defines it.
            .Select(r => opaque.Contains(r.Key) ? r with { IsComplete = false, IsOpaque = true, Fields = [] } : r)
            .ToImmutableArray();
        return api with
        {
            Records = records,
            Enums = [.. api.Enums.Where(e => walker.Enums.Contains(e.Key))],
            Functions = functions,
            Globals = globals,
            Constants = [.. api.Constants.Where(Root)],
            Typedefs = [.. api.Typedefs.Where(t => walker.Typedefs.Contains(t.Key) || Root(t)).Select(t => Own(t) ? t with { IsLibrary = true } : t)],
        };
    }

    /// <summary>
    /// Lists every declaration of the library that the filter left out and nothing else brought back (a record or enum
    /// a kept declaration uses is emitted anyway): nothing disappears silently, not even on purpose.
    /// </summary>
    private static void ReportLeftOut(CApi api, LibraryFiles files, DeclarationFilter filter, UseWalker walker, DiagnosticBag diagnostics)
    {
        void Report(CDeclaration d, string kind, string? name = null)
        {
            if (d.Location.File.Length == 0 || !files.IsOwn(d.Location.File)) return;
            if (filter.WhyLeftOut(d.Name, d.Location.File) is not { } why) return;
            diagnostics.Add(DiagnosticCodes.LeftOutByFilter, d.Location, $"{kind} '{name ?? d.Name}' left out: {why}");
        }
        foreach (var r in api.Records.Where(r => !(r.IsAnonymous && r.Name.Length == 0) && !walker.Records.Contains(r.Key))) Report(r, r.IsUnion ? "union" : "struct");
        foreach (var e in api.Enums.Where(e => !walker.Enums.Contains(e.Key)))
        {
            if (e.Name.Length > 0) Report(e, "enum");
            // The constants of an anonymous enum are the declarations C code uses: each is listed.
            else foreach (var c in e.Constants) Report(e, "enumerator", c.Name);
        }
        foreach (var f in api.Functions) Report(f, "function");
        foreach (var g in api.Globals) Report(g, "variable");
        foreach (var c in api.Constants) Report(c, "macro");
    }


    private sealed class UseWalker(CApi api, HashSet<string> opaque)
    {
        /// <summary>The kept declaration whose uses are being walked, for messages.</summary>
        public string User { get; set; } = "";
        /// <summary>Record or enum key → the first kept declaration that needed it.</summary>
        public Dictionary<string, string> Users { get; } = new(StringComparer.Ordinal);
        /// <summary>Opaque record key → a declaration that uses it by value.</summary>
        public Dictionary<string, string> ByValueOpaque { get; } = new(StringComparer.Ordinal);

        /// <summary>Keys of the records kept.</summary>
        public HashSet<string> Records { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Enums { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Typedefs { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Keeps a record; <paramref name="byValue"/> says whether the use needs its layout (only an opaque record cares).
        /// A record C defines is walked whatever the use: a pointer use keeps it complete too, so it has C's size.
        /// </summary>
        public void UseRecord(string key, bool byValue)
        {
            Users.TryAdd(key, User);
            bool isOpaque = opaque.Contains(key);
            if (isOpaque && byValue) ByValueOpaque.TryAdd(key, User);
            if (!Records.Add(key)) return;
            var record = api.Record(key);
            if (isOpaque || !record.IsComplete) return;
            foreach (var field in record.Fields) UseType(field.Type, byValue: true);
            // Anonymous records nested in this one are emitted inside it.
            if (record.ParentKey is { } parent) UseRecord(parent, byValue: true);
        }

        public void UseEnum(string key)
        {
            Users.TryAdd(key, User);
            Enums.Add(key);
        }

        public void UseType(CType type, bool byValue)
        {
            switch (type)
            {
                case CRecordRef r:
                    UseRecord(r.Key, byValue);
                    break;
                case CEnumRef e:
                    UseEnum(e.Key);
                    break;
                case CTypedefRef t:
                    Typedefs.Add(t.Key);
                    UseType(api.Typedef(t.Key).Underlying, byValue);
                    break;
                case CPointerType p:
                    UseType(p.Pointee, byValue: false);
                    break;
                case CArrayType a:
                    UseType(a.Element, byValue);
                    break;
                case CFunctionType f:
                    UseType(f.Result, byValue: true);
                    foreach (var p in f.Parameters) UseType(p, byValue: true);
                    break;
            }
        }
    }
}
