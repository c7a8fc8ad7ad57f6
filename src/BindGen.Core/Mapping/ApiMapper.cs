using System.Collections.Immutable;
using System.Text;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Maps the selected C model to the raw layer's C# view model that templates render, sorted by name for byte-identical
/// output. The safe layer is a later stage of <see cref="Generator"/> (<see cref="Passes.InferSafeShapesPass"/>, then
/// <see cref="SafeMapper"/>), over this result.
/// </summary>
public static class ApiMapper
{
    /// <summary>Maps <paramref name="api"/>: the raw layer, and the type mapper later stages map with.</summary>
    public static RawMapping Map(CApi api, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var naming = DeclarationNames.Create(options, diagnostics);
        var typedefNames = TypedefNames.Of(api);
        var recordNames = RecordNames.Assign(api, naming, typedefNames);
        var typeNames = new Dictionary<string, string>(recordNames.TypeNames, StringComparer.Ordinal);
        var namedEnums = api.Enums.Where(e => e.Name.Length > 0).ToList();
        foreach (var e in namedEnums) typeNames[e.Key] = naming.Of(typedefNames.CName(e, e.IsAnonymous, naming), NameKind.Type);
        ReservedNames.Resolve(api, CsNames.Escape(options.ClassName), recordNames, typeNames, diagnostics);
        // Void typedefs (typedef void LIB_HANDLE;) name empty structs that pointers to them use.
        var typedefMapper = new TypedefMapper(api, naming, diagnostics);
        var taken = new HashSet<string>(ReservedNames.Used, StringComparer.Ordinal) { CsNames.Escape(options.ClassName) };
        taken.UnionWith(recordNames.SimpleNames.Where(n => api.Record(n.Key) is { ParentKey: null } or { Name.Length: > 0 }).Select(n => n.Value));
        taken.UnionWith(namedEnums.Select(e => typeNames[e.Key]));
        var voidHandles = typedefMapper.VoidHandleNames(taken);
        foreach (var (key, name) in voidHandles) typeNames[key] = name;
        var types = new TypeMapper(api, typeNames);
        var records = new RecordMapper(types, recordNames, diagnostics);

        var topLevelNames = new NameTable(diagnostics, $"namespace {options.Namespace}", naming, api.Records.Length + api.Enums.Length + voidHandles.Count + 2).Reserve(options.ClassName, "NativeTypeNameAttribute");
        var structs = new List<CsStruct>();
        var layoutSubjects = new List<(CRecord, CsStruct)>();
        var emitted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in api.Records.Where(r => recordNames.SimpleNames.ContainsKey(r.Key) && (r.ParentKey is null || r.Name.Length > 0))
                                          .OrderBy(r => recordNames.SimpleNames[r.Key], StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var mapped = records.Map(record);
            if (!topLevelNames.Claim(mapped.Name, RecordNames.CName(record, typedefNames, naming), record.Location, "record")) continue;
            structs.Add(mapped);
            if (options.LayoutTests is not null) layoutSubjects.Add((record, mapped));
            emitted[record.Key] = mapped.Name;
        }
        foreach (var (key, name) in voidHandles)
        {
            var typedef = api.Typedef(key);
            if (!topLevelNames.Claim(name, typedef.Name, typedef.Location, "typedef")) continue;
            structs.Add(TypedefMapper.VoidHandle(typedef, name));
            emitted[key] = name;
        }
        structs.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        var enums = new List<CsEnum>();
        var constants = new List<CsConstant>();
        var classMembers = new NameTable(diagnostics, options.ClassName, naming, api.Functions.Length + api.Globals.Length + api.Constants.Length + 20).Reserve(CsNames.Escape(options.ClassName), "LibraryName", "ShimLibraryName", "BindGenSymbols", "BindGenSymbolCache", "ResolveLibrary");
        // The members of the function-pointer table class (templates/dynamic/methods.scriban).
        if (options.Loading != Loading.Static) classMembers.Reserve("Load", "IsAvailable", "Dispose", "Resolve", "Address", "LoadAll", "DefaultNames", "Shared", "s_shared", "_loader", "_library");
        foreach (var e in api.Enums.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            var underlying = types.IntegerType(e.IntegerType.Kind);
            if (e.Name.Length == 0)
            {
                // An anonymous enum is a set of named integer constants.
                foreach (var c in e.Constants)
                {
                    // C gives an enumeration constant type int when its value fits.
                    var type = CsPrimitiveType.Int.Holds(c.Value) ? CsPrimitiveType.Int : underlying;
                    var constant = new CsConstant { Name = naming.Of(c.Name, NameKind.Constant), Type = type.Text, Value = CsLiterals.Integer(c.Value, type), Doc = DocComments.Lines(c.Comment) };
                    if (classMembers.Claim(constant.Name, c.Name, e.Location, "constant")) constants.Add(constant);
                }
                continue;
            }
            var name = typeNames[e.Key];
            if (!topLevelNames.Claim(name, typedefNames.CName(e, e.IsAnonymous, naming), e.Location, "enum")) continue;
            emitted[e.Key] = name;
            var memberNames = new NameTable(diagnostics, $"enum {name}", naming, e.Constants.Length);
            enums.Add(new CsEnum
            {
                Name = name,
                NativeTypeName = name != CsNames.Escape(e.Name) ? (e.IsAnonymous ? e.Name : "enum " + e.Name) : e.IntegerType.Kind == CPrimitiveKind.UInt && !HasTypedefName(api, e) ? "enum " + e.Name : HasTypedefName(api, e) ? null : "enum " + e.Name,
                UnderlyingType = underlying.Text,
                IsFlags = IsFlags(e),
                Members = [.. e.Constants.Select(c => new CsEnumMember(MemberName(naming.Of(c.Name, NameKind.EnumMember), name), CsLiterals.Integer(c.Value, underlying)) { Doc = DocComments.Lines(c.Comment) })
                                         .Where((m, i) => memberNames.Claim(m.Name, e.Constants[i].Name, e.Location, "enumerator"))],
                Doc = DocComments.Lines(e.Comment),
            });
        }

        var aliases = typedefMapper.Aliases(emitted, typedefNames, topLevelNames);

        var functions = new List<CsFunction>();
        var stubs = new List<CsStub>();
        var functionMapper = new FunctionMapper(types, diagnostics, naming, wrapStatic: options.Shim is not null, SetLastErrorPatterns(options.SetLastError, options.OptionNames, diagnostics));
        // Variadic instantiations are overloads: they share the C# name of the function they instantiate (and its stub).
        var overloads = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var f in api.Functions.OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.ShimEntryPoint, StringComparer.Ordinal))
        {
            if (functionMapper.Map(f, out var stub) is not { } mapped)
            {
                if (stub is not null && (f.IsVariadic && overloads.ContainsKey(stub.Name) || classMembers.Claim(stub.Name, f.Name, f.Location, "function"))) stubs.Add(stub);
                if (stub is not null && f.IsVariadic) overloads.TryAdd(stub.Name, []);
                continue;
            }
            if (f.ShimOrigin == CShimOrigin.Variadic)
            {
                var signature = string.Join(",", mapped.Parameters.Select(p => p.Type));
                if (overloads.TryGetValue(mapped.Name, out var signatures) || classMembers.Claim(mapped.Name, f.Name, f.Location, "function"))
                {
                    overloads.TryAdd(mapped.Name, signatures = overloads.GetValueOrDefault(mapped.Name) ?? []);
                    if (signatures.Add(signature)) functions.Add(mapped);
                    else diagnostics.AddSkip(DiagnosticCodes.NameCollision, f.Location, $"the variadic instantiation {mapped.EntryPoint} of '{f.Name}' has the C# parameters of another ({signature}); skipped");
                }
                continue;
            }
            if (classMembers.Claim(mapped.Name, f.Name, f.Location, "function")) functions.Add(mapped);
        }
        var entryPoints = functions.Select(f => f.EntryPoint).ToHashSet(StringComparer.Ordinal);
        var wrappers = functionMapper.Wrappers.Where(w => entryPoints.Contains(w.Wrapper)).OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.Wrapper, StringComparer.Ordinal).ToList();

        var globals = new List<CsGlobal>();
        var globalMapper = new GlobalMapper(types, diagnostics, naming);
        foreach (var g in api.Globals.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            if (globalMapper.Map(g) is not { } mapped) continue;
            if (classMembers.Claim(mapped.Name, g.Name, g.Location, "variable")) globals.Add(mapped);
        }

        functions = SuppressGCTransitionFor(functions, options.SuppressGCTransition, options.OptionNames, diagnostics);

        var constantMapper = new ConstantMapper(types, naming);
        foreach (var c in api.Constants.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            bool any = false;
            foreach (var mapped in constantMapper.Map(c))
            {
                any = true;
                if (classMembers.Claim(mapped.Name, c.Name + mapped.Name[naming.Of(c.Name, NameKind.Constant).Length..], c.Location, "constant")) constants.Add(mapped with { Macro = c.Name });
            }
            if (!any) diagnostics.Add(DiagnosticCodes.UnsupportedType, c.Location, $"'{c.Name}' not bound: its value has C type {TypeOf(c.Value)}, which no C# constant has");
        }

        if (options.Loading != Loading.Static && functions.FirstOrDefault(f => f.FromShim) is { } fromShim)
            diagnostics.Add(DiagnosticCodes.ShimFunctionInTable, null, $"'{fromShim.EntryPoint}' and the other shim functions are looked up through the table's loader like the rest: Load opens only the library, so the loader must also find the shim's symbols");
        return new RawMapping(new CsApi
        {
            Namespace = options.Namespace,
            ClassName = options.ClassName,
            LibraryName = options.LibraryName,
            UseLibraryImport = options.ImportStyle == ImportStyle.LibraryImport,
            Loading = options.Loading,
            Sources = [.. options.Headers.Select(h => CsComments.Line(Path.GetFileName(h))).Order(StringComparer.Ordinal)],
            Structs = [.. structs],
            LayoutRecords = options.LayoutTests is null ? [] : [.. LayoutExpectations.Build(layoutSubjects, records, recordNames, api, api.Target.Triple).OrderBy(r => r.Type, StringComparer.Ordinal)],
            TypeAliases = [.. aliases],
            Enums = [.. enums],
            Functions = options.Loading == Loading.Static ? [.. functions] : TableSlots(functions),
            Globals = options.Loading == Loading.Static ? [.. globals] : [.. globals.Select((g, i) => g with { TableSlot = "__var" + i })],
            Stubs = [.. stubs],
            StaticWrappers = [.. wrappers],
            WrapperIncludes = options.Shim is null ? [] : [.. options.Headers.Select(h => CsComments.Line(options.Resolve(h).Replace('\\', '/')))],
            ShimLibraryName = options.Shim is not null && functions.Any(f => f.FromShim) ? options.LibraryName + "_shim" : null,
            NotBound = NotBoundLines(diagnostics),
            LibraryFileNames = LibraryNameMapper.Map(options.LibraryFileNames, options.OptionNames, diagnostics),
            Constants = [.. constants.OrderBy(c => c.Name, StringComparer.Ordinal)],
        }, types);
    }

    /// <summary>Matches C function names against <c>--set-last-error</c> patterns; null when there are none.</summary>
    /// <summary>
    /// A table slot per entry point (<c>--loading dynamic</c>): numbered, since C names may be C# keywords (@event); functions
    /// that import the same symbol (a macro's name and the function's own) share one, declared by the first.
    /// </summary>
    private static ImmutableArray<CsFunction> TableSlots(IEnumerable<CsFunction> functions)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<CsFunction>();
        foreach (var f in functions)
        {
            bool owns = !slots.TryGetValue(f.EntryPoint, out var slot);
            if (owns) slots[f.EntryPoint] = slot = "__fn" + slots.Count;
            result.Add(f with { TableSlot = slot!, OwnsTableSlot = owns });
        }
        return result.ToImmutable();
    }

    private static Func<string, bool>? SetLastErrorPatterns(ImmutableArray<string> texts, OptionNames optionNames, DiagnosticBag diagnostics)
    {
        if (texts.IsDefaultOrEmpty) return null;
        var patterns = new List<Passes.NamePattern>();
        foreach (var text in texts.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Passes.NamePattern.Parse(text, out var error) is { } pattern) patterns.Add(pattern);
            else diagnostics.Add(DiagnosticCodes.BadOption, null, $"{optionNames[BindGenOption.SetLastError]} '{text}': {error}");
        }
        return name => patterns.Any(p => p.Matches(name));
    }

    /// <summary>Marks the functions named in <c>--suppress-gc-transition</c> (by C name); warns about names not bound.</summary>
    private static List<CsFunction> SuppressGCTransitionFor(List<CsFunction> functions, ImmutableArray<string> names, OptionNames optionNames, DiagnosticBag diagnostics)
    {
        if (names.IsDefaultOrEmpty) return functions;
        var wanted = new HashSet<string>(names, StringComparer.Ordinal);
        var result = functions.Select(f => wanted.Remove(f.EntryPoint) ? f with { SuppressGCTransition = true } : f).ToList();
        foreach (var name in wanted.Order(StringComparer.Ordinal))
            diagnostics.Add(DiagnosticCodes.UnknownFunctionName, null, $"{optionNames[BindGenOption.SuppressGCTransition]} names '{name}', which is not a bound function");
        return result;
    }

    /// <summary>Every not-bound diagnostic so far (skipped, or left out by a filter) as <c>file:line: message</c> (file name only: output must not depend on the machine), sorted.</summary>
    private static ImmutableArray<string> NotBoundLines(DiagnosticBag diagnostics)
    {
        return
        [
            .. diagnostics.ToList().Where(CoverageReport.IsNotBound)
                .Select(d => (File: Path.GetFileName(d.Location?.File ?? ""), Line: d.Location?.Line ?? 0, d.Code, d.Message))
                .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal)
                .Select(d => CsComments.Line($"{d.File}:{d.Line}: {d.Code} {d.Message}"))
                .Distinct(StringComparer.Ordinal),
        ];
    }

    private static string TypeOf(CConstantValue value) => value switch
    {
        CIntegerValue { TypedefName: { } typedefName } => typedefName,
        CIntegerValue { Type: CPrimitiveKind.Int128 } => "__int128",
        CIntegerValue { Type: CPrimitiveKind.UInt128 } => "unsigned __int128",
        CIntegerValue i => i.Type.ToString(),
        CFloatValue f => f.Type.ToString(),
        _ => "char[]",
    };

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
