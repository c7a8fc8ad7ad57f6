using System.Collections.Frozen;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Keeps top-level C# type names unique. C has separate namespaces for struct, union and enum tags, and a C type may be
/// named like a type the generated code uses unqualified (<c>CLong</c>, <c>Span</c>, <c>NativeTypeName</c>...): a type of
/// that name in the output namespace would shadow it and silently change what the bindings mean. Such a type is renamed
/// with a suffix of its kind (<c>color_enum</c>, <c>CLong_struct</c>) and a warning names the conflict.
/// </summary>
public static class ReservedNames
{
    /// <summary>Names the generated code uses without qualification, plus the attribute class it declares.</summary>
    public static FrozenSet<string> Used { get; } = new[]
    {
        "System", "NativeTypeName", "NativeTypeNameAttribute", "CLong", "CULong", "NFloat", "Half", "Int128", "UInt128",
        "Span", "ReadOnlySpan", "MemoryMarshal", "Unsafe", "Attribute", "AttributeUsage", "AttributeUsageAttribute", "AttributeTargets",
        "Conditional", "ConditionalAttribute", "UnscopedRef", "UnscopedRefAttribute", "StructLayout", "StructLayoutAttribute", "LayoutKind",
        "FieldOffset", "FieldOffsetAttribute", "DllImport", "DllImportAttribute", "LibraryImport", "LibraryImportAttribute",
        "UnmanagedCallConv", "UnmanagedCallConvAttribute", "CallingConvention", "InlineArray", "InlineArrayAttribute", "Flags", "FlagsAttribute",
        "CallConvCdecl", "CallConvStdcall", "CallConvThiscall", "CallConvFastcall", "CallConvVectorcall", "SuppressGCTransition",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Renames colliding top-level records and enums in <paramref name="recordNames"/> and <paramref name="typeNames"/>
    /// (records first, each in name-then-key order, a record named by a typedef before one named by its tag, so the
    /// result is deterministic), reporting each renaming.
    /// </summary>
    public static void Resolve(CApi api, string className, RecordNames recordNames, Dictionary<string, string> typeNames, DiagnosticBag diagnostics)
    {
        var taken = new HashSet<string>(Used, StringComparer.Ordinal) { className };
        var records = api.Records.Where(r => recordNames.SimpleNames.ContainsKey(r.Key) && (r.ParentKey is null || r.Name.Length > 0))
            .OrderBy(r => recordNames.SimpleNames[r.Key], StringComparer.Ordinal)
            // Of two records that want one name, the one a typedef names keeps it: C code writes that one without 'struct'.
            .ThenBy(r => recordNames.TypedefNamed.Contains(r.Key) ? 0 : 1)
            .ThenBy(r => r.Key, StringComparer.Ordinal);
        foreach (var record in records)
        {
            var name = recordNames.SimpleNames[record.Key];
            if (taken.Add(name)) continue;
            var renamed = Unique(name, record.IsUnion ? "_union" : "_struct", taken);
            diagnostics.Add(DiagnosticCodes.NameCollision, record.Location,
                $"'{name}' is already used by another declaration or by the generated code; this {(record.IsUnion ? "union" : "struct")} is emitted as '{renamed}' (exclude or rename one of them to choose)");
            // The record and the anonymous records nested in it (qualified with its name); never another record of that name.
            var pending = new Stack<string>([record.Key]);
            while (pending.TryPop(out var key))
            {
                var qualified = recordNames.TypeNames[key];
                recordNames.TypeNames[key] = renamed + qualified[name.Length..];
                typeNames[key] = recordNames.TypeNames[key];
                foreach (var child in recordNames.Children.GetValueOrDefault(key) ?? []) pending.Push(child);
            }
            recordNames.SimpleNames[record.Key] = renamed;
        }
        foreach (var e in api.Enums.Where(e => e.Name.Length > 0).OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            var name = typeNames[e.Key];
            if (taken.Add(name)) continue;
            var renamed = Unique(name, "_enum", taken);
            diagnostics.Add(DiagnosticCodes.NameCollision, e.Location,
                $"'{name}' is already used by another declaration or by the generated code; this enum is emitted as '{renamed}' (exclude or rename one of them to choose)");
            typeNames[e.Key] = renamed;
        }
    }

    private static string Unique(string name, string suffix, HashSet<string> taken)
    {
        var candidate = name.TrimStart('@') + suffix;
        while (!taken.Add(candidate)) candidate += "_";
        return candidate;
    }
}
