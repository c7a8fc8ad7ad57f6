using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// The typedef names C users write that are not already the name of an emitted record or enum (see <see cref="TypedefNames"/>):
/// <list type="bullet">
/// <item><c>typedef void LIB_HANDLE;</c> becomes an empty struct <c>LIB_HANDLE</c>, so <c>LIB_HANDLE *</c> is
/// <c>LIB_HANDLE*</c> in C# rather than <c>void*</c> (same ABI: only pointers to it exist).</item>
/// <item>Another typedef name of an emitted record, enum or void handle (<c>typedef pthread_mutex_t lib_mutex_t;</c>, a second
/// <c>typedef struct x_s x2_t;</c>) becomes a <c>global using</c> alias: C# has no other way for two names to mean one type.</item>
/// </list>
/// Pointer typedefs (<c>typedef x_t *x_p;</c>, <c>typedef void *lib_handle_t;</c>) and scalar typedefs get neither: uses
/// map to what they name, and <c>[NativeTypeName]</c> keeps the typedef's spelling.
/// </summary>
public sealed class TypedefMapper(CApi api, DeclarationNames naming, DiagnosticBag diagnostics)
{
    /// <summary>
    /// C# names of the void typedefs (<c>typedef void LIB_HANDLE;</c>), by typedef key. A name already taken (by a type, by
    /// a name the generated code uses, in <paramref name="taken"/>) is reported, and its pointers stay <c>void*</c>.
    /// </summary>
    public Dictionary<string, string> VoidHandleNames(ISet<string> taken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in api.Typedefs.Where(IsVoidHandle).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var name = naming.Of(t.Name, NameKind.Type);
            if (!taken.Add(name))
            {
                diagnostics.Add(DiagnosticCodes.NameCollision, t.Location,
                    $"'{name}' is already used by another declaration or by the generated code; pointers to the void typedef '{t.Name}' stay void* (rename it with {naming.RenameHint(t.Name)})");
                continue;
            }
            names[t.Key] = name;
        }
        return names;
    }

    /// <summary>The empty struct of a void typedef: used only through pointers, like an incomplete struct.</summary>
    public static CsStruct VoidHandle(CTypedef typedef, string name) => new()
    {
        Name = name,
        NativeTypeName = name == CsNames.Escape(typedef.Name) ? null : typedef.Name,
        LayoutKind = "Sequential",
        IsOpaque = true,
        IsVoidHandle = true,
        Doc = DocComments.Lines(typedef.Comment),
    };

    /// <summary>
    /// The <c>global using</c> aliases: every typedef of the library's headers that names (through other typedefs, without pointers) an emitted
    /// top-level record, enum or void handle under another C# name. <paramref name="emitted"/> holds the C# names of the
    /// emitted records, enums and void handles by key; alias names are claimed in <paramref name="topLevel"/> (a taken one is
    /// reported and skipped).
    /// </summary>
    public List<CsTypeAlias> Aliases(IReadOnlyDictionary<string, string> emitted, TypedefNames typedefs, NameTable topLevel)
    {
        var aliases = new List<CsTypeAlias>();
        foreach (var t in api.Typedefs.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            // Another library's typedefs get no alias: two bindings in one project (libxml2's and libxslt's) would both declare it.
            if (!t.IsLibrary || typedefs.IsPrimary(t) || emitted.ContainsKey(t.Key) || Target(t, emitted) is not { } target) continue;
            var name = naming.Of(t.Name, NameKind.Type);
            if (name == target) continue;
            if (ReservedNames.Used.Contains(name))
            {
                // An alias beats the types 'using System;' imports: one named CLong would change what the bindings mean.
                diagnostics.Add(DiagnosticCodes.NameCollision, t.Location,
                    $"'{name}' is a name the generated code uses; no alias is emitted for the typedef '{t.Name}' (rename it with {naming.RenameHint(t.Name)})");
                continue;
            }
            if (topLevel.Claim(name, t.Name, t.Location, "typedef")) aliases.Add(new CsTypeAlias(name, target, t.Name));
        }
        return aliases;
    }

    /// <summary>True for <c>typedef void NAME;</c> (qualifiers aside).</summary>
    public static bool IsVoidHandle(CTypedef typedef) => typedef.Underlying is CPrimitiveType { Kind: CPrimitiveKind.Void };

    /// <summary>The C# name of the emitted type <paramref name="typedef"/> names through typedefs only, or null.</summary>
    private string? Target(CTypedef typedef, IReadOnlyDictionary<string, string> emitted)
    {
        for (int depth = 0; depth < 64; depth++)
        {
            if (emitted.TryGetValue(typedef.Key, out var handle)) return handle;
            switch (typedef.Underlying)
            {
                case CRecordRef r:
                    return emitted.GetValueOrDefault(r.Key);
                case CEnumRef e:
                    return emitted.GetValueOrDefault(e.Key);
                case CTypedefRef next:
                    // A typedef of the library may name one the selection left out (OpenSSL's ossl_intmax_t names intmax_t).
                    if (api.FindTypedef(next.Key) is not { } named) return null;
                    typedef = named;
                    continue;
                default:
                    return null;
            }
        }
        return null;
    }
}
