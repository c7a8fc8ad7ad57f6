using System.Collections.Immutable;
using System.Text;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>Maps the selected C model to the C# view model that templates render, sorted by name for byte-identical output.</summary>
public static class ApiMapper
{
    /// <summary>Maps <paramref name="api"/>.</summary>
    public static CsApi Map(CApi api, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var recordNames = RecordNames.Assign(api);
        var typeNames = new Dictionary<string, string>(recordNames.TypeNames, StringComparer.Ordinal);
        var namedEnums = api.Enums.Where(e => e.Name.Length > 0).ToList();
        foreach (var e in namedEnums) typeNames[e.Key] = CsNames.Escape(e.Name);
        var types = new TypeMapper(api, typeNames);
        var records = new RecordMapper(types, recordNames, diagnostics);

        var topLevelNames = new HashSet<string>(StringComparer.Ordinal) { options.ClassName, "NativeTypeNameAttribute" };
        var structs = new List<CsStruct>();
        foreach (var record in api.Records.Where(r => recordNames.SimpleNames.ContainsKey(r.Key) && (r.ParentKey is null || r.Name.Length > 0))
                                          .OrderBy(r => recordNames.SimpleNames[r.Key], StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var mapped = records.Map(record);
            if (!topLevelNames.Add(mapped.Name))
            {
                diagnostics.Add(DiagnosticCodes.NameCollision, record.Location, $"'{mapped.Name}' is already declared; this record is skipped");
                continue;
            }
            structs.Add(mapped);
        }

        var enums = new List<CsEnum>();
        var constants = new List<CsConstant>();
        var classMembers = new HashSet<string>(StringComparer.Ordinal) { "LibraryName" };
        foreach (var e in api.Enums.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            var underlying = types.IntegerKeyword(e.IntegerType.Kind);
            if (e.Name.Length == 0)
            {
                // An anonymous enum is a set of named integer constants.
                foreach (var c in e.Constants)
                {
                    // C gives an enumeration constant type int when its value fits.
                    var type = c.Value >= int.MinValue && c.Value <= int.MaxValue ? "int" : underlying;
                    AddConstant(constants, classMembers, diagnostics, e.Location, new CsConstant { Name = CsNames.Escape(c.Name), Type = type, Value = CsLiterals.Integer(c.Value, type), Doc = DocComments.Lines(c.Comment) });
                }
                continue;
            }
            var name = CsNames.Escape(e.Name);
            if (!topLevelNames.Add(name))
            {
                diagnostics.Add(DiagnosticCodes.NameCollision, e.Location, $"'{name}' is already declared; this enum is skipped");
                continue;
            }
            enums.Add(new CsEnum
            {
                Name = name,
                NativeTypeName = e.IntegerType.Kind == CPrimitiveKind.UInt && !HasTypedefName(api, e) ? "enum " + e.Name : HasTypedefName(api, e) ? null : "enum " + e.Name,
                UnderlyingType = underlying,
                IsFlags = IsFlags(e),
                Members = [.. e.Constants.Select(c => new CsEnumMember(MemberName(c.Name, name), CsLiterals.Integer(c.Value, underlying)) { Doc = DocComments.Lines(c.Comment) })],
                Doc = DocComments.Lines(e.Comment),
            });
        }

        var functions = new List<CsFunction>();
        var functionMapper = new FunctionMapper(types, diagnostics);
        foreach (var f in api.Functions.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (functionMapper.Map(f) is not { } mapped) continue;
            if (!classMembers.Add(mapped.Name))
            {
                diagnostics.Add(DiagnosticCodes.NameCollision, f.Location, $"'{mapped.Name}' is already a member of {options.ClassName}; function skipped");
                continue;
            }
            functions.Add(mapped);
        }

        functions = SuppressGCTransitionFor(functions, options.SuppressGCTransition, diagnostics);

        var constantMapper = new ConstantMapper(types);
        foreach (var c in api.Constants.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            foreach (var mapped in constantMapper.Map(c))
                AddConstant(constants, classMembers, diagnostics, c.Location, mapped);
        }

        return new CsApi
        {
            Namespace = options.Namespace,
            ClassName = options.ClassName,
            LibraryName = options.LibraryName,
            UseLibraryImport = options.ImportStyle == ImportStyle.LibraryImport,
            Sources = [.. options.Headers.Select(Path.GetFileName).Order(StringComparer.Ordinal)!],
            Structs = [.. structs],
            Enums = [.. enums],
            Functions = [.. functions],
            Constants = [.. constants.OrderBy(c => c.Name, StringComparer.Ordinal)],
        };
    }

    /// <summary>Marks the functions named in <c>--suppress-gc-transition</c> (by C name); warns about names not bound.</summary>
    private static List<CsFunction> SuppressGCTransitionFor(List<CsFunction> functions, ImmutableArray<string> names, DiagnosticBag diagnostics)
    {
        if (names.IsDefaultOrEmpty) return functions;
        var wanted = new HashSet<string>(names, StringComparer.Ordinal);
        var result = functions.Select(f => wanted.Remove(f.EntryPoint) ? f with { SuppressGCTransition = true } : f).ToList();
        foreach (var name in wanted.Order(StringComparer.Ordinal))
            diagnostics.Add(DiagnosticCodes.UnknownFunctionName, null, $"--suppress-gc-transition names '{name}', which is not a bound function");
        return result;
    }

    private static void AddConstant(List<CsConstant> constants, HashSet<string> members, DiagnosticBag diagnostics, CLocation location, CsConstant constant)
    {
        if (!members.Add(constant.Name))
        {
            diagnostics.Add(DiagnosticCodes.NameCollision, location, $"'{constant.Name}' is already a member; constant skipped");
            return;
        }
        constants.Add(constant);
    }

    private static string MemberName(string name, string enclosing) => name == enclosing ? name + "_" : CsNames.Escape(name);

    private static bool HasTypedefName(CApi api, CEnum e) => e.IsAnonymous;

    /// <summary>An enum whose members are single bits (at least three) and combinations of them, not a counting sequence.</summary>
    public static bool IsFlags(CEnum e)
    {
        var values = e.Constants.Select(c => c.Value).Where(v => v != 0).Distinct().ToList();
        if (values.Count < 3 || values.Any(v => v < 0)) return false;
        var bits = values.Where(v => (v & (v - 1)) == 0).ToList();
        if (bits.Count < 3 || !bits.Any(b => b >= 4)) return false;
        Int128 all = 0;
        foreach (var b in bits) all |= b;
        return values.All(v => (v & ~all) == 0) && values.Max() > values.Count;
    }
}
