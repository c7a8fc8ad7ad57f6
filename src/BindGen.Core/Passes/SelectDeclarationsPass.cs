using System.Collections.Immutable;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// Keeps the declarations of the library's own headers, plus every type they use wherever it is declared: complete
/// where the use needs the layout (by value, in arrays, in function-pointer signatures), opaque where a pointer is enough.
/// </summary>
public static class SelectDeclarationsPass
{
    /// <summary>Returns the model reduced to what gets emitted.</summary>
    public static CApi Run(CApi api, LibraryFiles files)
    {
        var walker = new UseWalker(api);
        bool Own(CDeclaration d) => d.Location.File.Length > 0 && files.IsOwn(d.Location.File);

        foreach (var record in api.Records)
        {
            if (!Own(record)) continue;
            // Anonymous records are reached through the record (or typedef) that names them.
            if (record.IsAnonymous && record.Name.Length == 0) continue;
            walker.UseRecord(record.Key, complete: true);
        }
        foreach (var e in api.Enums.Where(Own)) walker.UseEnum(e.Key);
        foreach (var f in api.Functions.Where(Own))
        {
            walker.UseType(f.ReturnType, byValue: true);
            foreach (var p in f.Parameters) walker.UseType(p.Type, byValue: true);
        }
        foreach (var g in api.Globals.Where(Own)) walker.UseType(g.Type, byValue: true);
        foreach (var t in api.Typedefs.Where(Own))
        {
            // A typedef names a type: the record or enum it names belongs to the API even when nothing uses it yet.
            if (Strip(api, t.Underlying) is CRecordRef r) walker.UseRecord(r.Key, complete: api.Record(r.Key).IsComplete);
            else if (Strip(api, t.Underlying) is CEnumRef e) walker.UseEnum(e.Key);
        }

        var records = api.Records
            .Where(r => walker.Records.ContainsKey(r.Key))
            .Select(r => walker.Records[r.Key] || !r.IsComplete ? r : r with { IsComplete = false, Fields = [], Size = r.Size, Align = r.Align })
            .ToImmutableArray();
        return api with
        {
            Records = records,
            Enums = [.. api.Enums.Where(e => walker.Enums.Contains(e.Key))],
            Functions = [.. api.Functions.Where(Own)],
            Globals = [.. api.Globals.Where(Own)],
            Constants = [.. api.Constants.Where(Own)],
            Typedefs = [.. api.Typedefs.Where(t => walker.Typedefs.Contains(t.Key) || Own(t))],
        };
    }

    private static CType Strip(CApi api, CType type) => type is CTypedefRef t ? Strip(api, api.Typedef(t.Key).Underlying) : type;

    private sealed class UseWalker(CApi api)
    {
        /// <summary>Key → true when needed complete, false when a pointer use is enough.</summary>
        public Dictionary<string, bool> Records { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Enums { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Typedefs { get; } = new(StringComparer.Ordinal);

        public void UseRecord(string key, bool complete)
        {
            if (Records.TryGetValue(key, out var known) && (known || !complete)) return;
            var record = api.Record(key);
            Records[key] = complete && record.IsComplete;
            if (!complete || !record.IsComplete) return;
            foreach (var field in record.Fields) UseType(field.Type, byValue: true);
            // Anonymous records nested in this one are emitted inside it.
            if (record.ParentKey is { } parent) UseRecord(parent, complete: true);
        }

        public void UseEnum(string key) => Enums.Add(key);

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
