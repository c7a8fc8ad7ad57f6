using System.Collections.Frozen;
using System.Collections.Immutable;
using BindGen.Core.Mapping;
using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>
/// What templates see of the mapped view model, and under which names: one table per view-model type of snake_case member
/// names and getters (computed members such as <c>has_doc</c> are computed here), read in place by
/// <see cref="RenderContext"/>, so rendering neither copies the model nor reflects over it (Native AOT, trimming). Lists are
/// the model's own arrays; the small globals of a render are a <see cref="ScriptObject"/>.
/// </summary>
public static class ScriptModel
{
    /// <summary>The globals every template sees: the mapped API.</summary>
    public static ScriptObject Globals(CsApi api, string version)
    {
        var o = new ScriptObject(24)
        {
            ["namespace"] = api.Namespace,
            ["class_name"] = api.ClassName,
            ["library_name"] = api.LibraryName,
            ["shim_library_name"] = api.ShimLibraryName,
            ["use_library_import"] = api.UseLibraryImport,
            // The import flavour's template for one function: [DllImport] or [LibraryImport].
            ["function_template"] = api.UseLibraryImport ? "library_import/function.scriban" : "function.scriban",
            ["loading_eager"] = api.Loading == Loading.DynamicEager,
            ["loading_dynamic"] = api.Loading != Loading.Static,
            ["bindgen_version"] = version,
            ["sources"] = List(api.Sources),
            ["structs"] = List(api.Structs),
            ["enums"] = List(api.Enums),
            ["type_aliases"] = List(api.TypeAliases),
            ["functions"] = List(api.Functions),
            ["constants"] = List(api.Constants),
            ["globals"] = List(api.Globals),
            ["stubs"] = List(api.Stubs),
            ["not_bound"] = List(api.NotBound),
            ["library_file_names"] = List(api.LibraryFileNames),
            ["safe"] = api.Safe,
            ["variant_symbol"] = api.VariantSymbol,
        };
        var bg = new ScriptObject(1) { ["indent"] = new IndentFunction() };
        o["bg"] = bg;
        return o;
    }

    /// <summary>The globals of the shim C file.</summary>
    public static ScriptObject Wrappers(CsApi api, string version, string shimFile, string buildCommand) => new()
    {
        ["bindgen_version"] = version,
        ["shim_file"] = shimFile,
        ["build_command"] = buildCommand,
        ["includes"] = List(api.WrapperIncludes),
        ["wrappers"] = List(api.StaticWrappers),
    };

    /// <summary>The model of templates/layout_tests.scriban: the expected layouts of the emitted records, per target.</summary>
    public static ScriptObject LayoutTests(CsApi api, string version) => new()
    {
        ["bindgen_version"] = version,
        ["namespace"] = api.Namespace,
        ["class_name"] = api.ClassName + "LayoutTests",
        ["sources"] = List(api.Sources),
        ["targets"] = List(api.LayoutRecords.SelectMany(r => r.Targets.Select(t => t.Triple)).Distinct().Order(StringComparer.Ordinal).ToImmutableArray()),
        ["records"] = List(api.LayoutRecords),
    };

    /// <summary>
    /// The globals of one output file pushed above the shared ones: the rendered text of each of its sections, in order,
    /// and whether the file declares the <c>global using</c> type aliases (they must precede the namespace, so they
    /// belong to the file, not to a section). Functions that templates define land here too, so the shared globals stay
    /// as every section and file sees them.
    /// </summary>
    internal static ScriptObject FileGlobals(IEnumerable<RenderedText> sectionTexts, bool withTypeAliases = false) =>
        new(2) { ["section_texts"] = Array(sectionTexts, s => s), ["with_type_aliases"] = withTypeAliases };

    /// <summary>The model of templates/target_report.scriban: each target's facts and every declaration the targets disagree on.</summary>
    internal static ScriptObject TargetReport(ImmutableArray<TargetApi> targets, TargetSplitResult split, GeneratorOptions options)
    {
        var symbols = targets.Select(t => TargetSymbol.Of(t.Name)).ToList();
        bool anyVariant = split.Variants.Any(v => v is not null);
        return new ScriptObject
        {
            ["bindgen_version"] = Emitter.Version,
            ["sources"] = Array(options.Headers.Select(Path.GetFileName), s => s),
            ["namespace"] = options.Namespace,
            ["class_name"] = options.ClassName,
            ["agreed"] = split.Agreed,
            ["targets"] = Array(targets.Select((t, i) => (t, i)), x => new ScriptObject
            {
                ["name"] = x.t.Name,
                ["symbol"] = symbols[x.i],
                ["clang_triple"] = x.t.Target.Triple,
                ["pointer_size"] = x.t.Target.PointerSize,
                ["long_size"] = x.t.Target.LongSize,
                ["wchar_size"] = x.t.Target.WCharSize,
                ["char_sign"] = x.t.Target.CharIsSigned ? "signed" : "unsigned",
                ["os"] = x.t.Target.OsFamily,
                ["variant_file"] = split.Variants[x.i] is null ? null : $"{options.ClassName}.{x.t.Name}.cs",
            }),
            ["differences"] = Array(split.Differences, d => new ScriptObject
            {
                ["kind"] = d.Kind,
                ["name"] = d.Name,
                ["resolution"] = d.Resolution,
                ["targets"] = Array(d.PerTarget, t => new ScriptObject { ["name"] = t.Triple, ["lines"] = Array(t.Lines, l => l) }),
            }),
            // With variants, exactly one symbol must be defined: none leaves types undefined, two define them twice.
            ["has_variants"] = anyVariant,
            ["none_defined"] = string.Join(" || ", symbols),
            ["two_defined"] = string.Join(" || ", symbols.SelectMany((a, i) => symbols.Skip(i + 1).Select(b => $"({a} && {b})"))),
        };
    }

    private static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object?> convert)
    {
        var array = items.TryGetNonEnumeratedCount(out int count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items) array.Add(convert(item));
        return array;
    }

    /// <summary>The member table of view-model type <paramref name="type"/>, or null for any other type.</summary>
    internal static IModelMembers? Members(Type type) => Tables.GetValueOrDefault(type);

    /// <summary>Every member table, by the type it reads.</summary>
    internal static IEnumerable<IModelMembers> AllMembers => Tables.Values;

    /// <summary>
    /// True for BindGen's own types (the view model's records), which templates may read only through a table: a
    /// template reaching one without a table is a bug in this file. Template functions (<c>bg.*</c>) are not data.
    /// </summary>
    internal static bool IsViewModelType(Type type) => type.Assembly == typeof(ScriptModel).Assembly && !typeof(IScriptCustomFunction).IsAssignableFrom(type);

    /// <summary>A list of the model as templates read it: the array itself, boxed (a read-only IList), never null.</summary>
    private static object List<T>(ImmutableArray<T> items) => items.IsDefaultOrEmpty ? Empty<T>.List : items;

    // One boxed empty list per element type: most declarations have no doc comment, most records no bitfields.
    private static class Empty<T>
    {
        public static readonly object List = ImmutableArray<T>.Empty;
    }

    private static readonly ModelMembers<CsTypeAlias> TypeAlias = new(
        ("name", a => a.Name), ("target", a => a.Target), ("native_name", a => a.NativeName));

    private static readonly ModelMembers<CsParameter> Parameter = new(
        ("name", p => p.Name), ("type", p => p.Type), ("native_type_name", p => p.NativeTypeName));

    private static readonly ModelMembers<CsStub> Stub = new(
        ("name", s => s.Name), ("return_type", s => s.ReturnType), ("is_variadic", s => Boxed.Of(s.IsVariadic)), ("params_name", s => s.ParamsName),
        ("message", s => s.Message), ("parameters", s => List(s.Parameters)));

    private static readonly ModelMembers<CsPlatformLibrary> PlatformLibrary = new(
        ("check", l => l.Check), ("files", l => List(l.Files)));

    private static readonly ModelMembers<CStaticWrapper> StaticWrapper = new(
        ("name", w => w.Name), ("wrapper", w => w.Wrapper), ("return_type", w => w.ReturnType), ("returns_void", w => Boxed.Of(w.ReturnsVoid)), ("kind", w => w.Kind),
        ("parameter_types", w => List(w.ParameterTypes)));

    private static readonly ModelMembers<CsLayoutRecord> LayoutRecord = new(
        ("type", r => r.Type), ("method", r => "Layout_" + r.Type.TrimStart('@')), ("c_name", r => r.CName), ("targets", r => List(r.Targets)));

    private static readonly ModelMembers<CsLayoutTarget> LayoutTarget = new(
        ("triple", t => t.Triple), ("size", t => Boxed.Of(t.Size)), ("align", t => Boxed.Of(t.Align)), ("fields", t => List(t.Fields)));

    private static readonly ModelMembers<CsLayoutField> LayoutField = new(
        ("c_path", f => f.CPath), ("cs_path", f => f.CsPath), ("offset", f => Boxed.Of(f.Offset)));

    private static readonly ModelMembers<CsStruct> Struct = new(
        ("name", s => s.Name),
        ("native_type_name", s => s.NativeTypeName),
        ("layout_kind", s => s.LayoutKind),
        ("pack", s => Boxed.Of(s.Pack)),
        ("size", s => Boxed.Of(s.Size)),
        ("native_size", s => Boxed.Of(s.NativeSize)),
        ("native_align", s => Boxed.Of(s.NativeAlign)),
        ("is_opaque", s => Boxed.Of(s.IsOpaque)),
        ("has_aligned_allocation", s => Boxed.Of(s.HasAlignedAllocation)),
        ("doc", s => List(s.Doc)),
        ("fields", s => List(s.Fields)),
        ("bitfields", s => List(s.Bitfields)),
        ("split_storages", s => List(s.SplitStorages)),
        ("forwards", s => List(s.Forwards)),
        ("nested", s => List(s.Nested)),
        ("fixed_buffers", s => List(s.FixedBuffers)),
        ("flexible_arrays", s => List(s.FlexibleArrays)),
        ("zero_size_members", s => List(s.ZeroSizeMembers)));

    private static readonly ModelMembers<CsField> Field = new(
        ("name", f => f.Name), ("type", f => f.Type), ("native_type_name", f => f.NativeTypeName), ("offset", f => Boxed.Of(f.Offset)), ("is_public", f => Boxed.Of(f.IsPublic)),
        ("doc", f => List(f.Doc)));

    private static readonly ModelMembers<CsBitfield> Bitfield = new(
        ("name", b => b.Name), ("type", b => b.Type), ("native_type_name", b => b.NativeTypeName), ("storage", b => b.Storage), ("storage_type", b => b.StorageType),
        ("shift", b => Boxed.Of(b.Shift)), ("width", b => Boxed.Of(b.Width)), ("mask", b => b.Mask), ("sign_shift_left", b => Boxed.Of(b.SignShiftLeft)), ("sign_shift_right", b => Boxed.Of(b.SignShiftRight)),
        ("kind", b => b.Kind), ("underlying", b => b.Underlying), ("is_wide", b => Boxed.Of(b.IsWide)));

    private static readonly ModelMembers<CsSplitStorage> SplitStorage = new(
        ("name", s => s.Name), ("raw_type", s => s.RawType), ("size", s => Boxed.Of(s.Size)), ("parts", s => List(s.Parts)));

    private static readonly ModelMembers<CsStoragePart> StoragePart = new(
        ("name", p => p.Name), ("type", p => p.Type), ("shift", p => Boxed.Of(p.Shift)));

    private static readonly ModelMembers<CsForward> Forward = new(
        ("name", f => f.Name), ("type", f => f.Type), ("path", f => f.Path), ("is_bitfield", f => Boxed.Of(f.IsBitfield)));

    private static readonly ModelMembers<CsFixedBuffer> FixedBuffer = new(
        ("name", b => b.Name), ("length", b => Boxed.Of(b.Length)), ("element_type", b => b.ElementType), ("has_pointer_element", b => Boxed.Of(b.HasPointerElement)),
        // The explicit fields of a buffer of pointers (e0..eN-1; none for an [InlineArray]).
        ("elements", b => b.HasPointerElement ? Enumerable.Range(0, (int)b.Length).Select(i => "e" + i).ToImmutableArray() : Empty<string>.List));

    private static readonly ModelMembers<CsFlexibleArray> FlexibleArray = new(
        ("name", a => a.Name), ("element_type", a => a.ElementType), ("native_type_name", a => a.NativeTypeName), ("offset", a => Boxed.Of(a.Offset)),
        ("has_pointer_element", a => Boxed.Of(a.HasPointerElement)), ("is_zero_length", a => Boxed.Of(a.IsZeroLength)));

    private static readonly ModelMembers<CsZeroSizeMember> ZeroSizeMember = new(
        ("name", z => z.Name), ("type", z => z.Type), ("native_type_name", z => z.NativeTypeName), ("offset", z => Boxed.Of(z.Offset)), ("has_pointer_type", z => Boxed.Of(z.HasPointerType)));

    private static readonly ModelMembers<CsEnum> Enum = new(
        ("name", e => e.Name), ("native_type_name", e => e.NativeTypeName), ("underlying_type", e => e.UnderlyingType), ("is_flags", e => Boxed.Of(e.IsFlags)),
        ("doc", e => List(e.Doc)), ("members", e => List(e.Members)));

    private static readonly ModelMembers<CsEnumMember> EnumMember = new(
        ("name", m => m.Name), ("value", m => m.Value), ("doc", m => List(m.Doc)));

    private static readonly ModelMembers<CsFunction> Function = new(
        ("name", f => f.Name),
        ("entry_point", f => f.EntryPoint),
        ("return_type", f => f.ReturnType),
        ("return_native_type_name", f => f.ReturnNativeTypeName),
        ("calling_convention", f => f.CallingConvention),
        ("call_conv_type", f => f.CallConvType),
        ("doc", f => List(f.Doc)),
        ("param_docs", f => List(f.ParamDocs)),
        ("returns", f => List(f.Returns)),
        // Most functions of most headers have no doc comment: one test instead of rendering three empty parts.
        ("has_doc", f => Boxed.Of(!f.Doc.IsDefaultOrEmpty || !f.ParamDocs.IsDefaultOrEmpty || !f.Returns.IsDefaultOrEmpty)),
        ("suppress_gc_transition", f => Boxed.Of(f.SuppressGCTransition)),
        ("from_shim", f => Boxed.Of(f.FromShim)),
        ("set_last_error", f => Boxed.Of(f.SetLastError)),
        ("table_slot", f => f.TableSlot),
        ("owns_table_slot", f => Boxed.Of(f.OwnsTableSlot)),
        ("supported_os", f => f.SupportedOS),
        ("unsupported_os", f => f.UnsupportedOS),
        // The calling conventions of the function pointer type: always explicit (a bare unmanaged means the platform's
        // default, which is stdcall on Windows x86, not C's cdecl).
        ("pointer_call_convs", f => f.SuppressGCTransition ? f.CallConvType["CallConv".Length..] + ", SuppressGCTransition" : f.CallConvType["CallConv".Length..]),
        ("returns_void", f => Boxed.Of(f.ReturnsVoid)),
        ("parameters", f => List(f.Parameters)));

    private static readonly ModelMembers<CsParamDoc> ParamDoc = new(
        ("name", p => p.Name), ("lines", p => List(p.Lines)));

    private static readonly ModelMembers<CsGlobal> Global = new(
        ("name", g => g.Name), ("symbol", g => g.Symbol), ("table_slot", g => g.TableSlot), ("kind", g => g.Kind), ("type", g => g.Type),
        ("element_type", g => g.ElementType), ("length", g => Boxed.Of(g.Length)), ("native_type_name", g => g.NativeTypeName), ("doc", g => List(g.Doc)));

    private static readonly ModelMembers<CsConstant> Constant = new(
        ("name", c => c.Name), ("type", c => c.Type), ("value", c => c.Value), ("is_const", c => Boxed.Of(c.IsConst)), ("native_type_name", c => c.NativeTypeName),
        ("doc", c => List(c.Doc)));

    private static readonly ModelMembers<CsSafeApi> Safe = new(
        ("class_name", s => s.ClassName), ("raw_class_name", s => s.RawClassName), ("exception_name", s => s.ExceptionName),
        ("has_registered_callbacks", s => Boxed.Of(s.HasRegisteredCallbacks)), ("out_string_frees", s => List(s.OutStringFrees)),
        ("free_trampolines", s => List(s.FreeTrampolines)), ("handles", s => List(s.Handles)), ("functions", s => List(s.Functions)),
        ("callbacks", s => List(s.Callbacks)));

    private static readonly ModelMembers<CsSafeFreeTrampoline> SafeFreeTrampoline = new(
        ("name", t => t.Name), ("call_conv_type", t => t.CallConvType));

    private static readonly ModelMembers<CsSafeHandle> SafeHandle = new(
        ("name", h => h.Name), ("raw_type", h => h.RawType), ("release", h => h.Release), ("add_ref", h => h.AddRef), ("add_ref_returns_void", h => Boxed.Of(h.AddRefReturnsVoid)),
        ("is_complete", h => Boxed.Of(h.IsComplete)), ("doc", h => List(h.Doc)), ("methods", h => List(h.Methods)));

    private static readonly ModelMembers<CsSafeMethod> SafeMethod = new(
        ("name", m => m.Name), ("target", m => m.Target), ("return_type", m => m.ReturnType), ("doc", m => List(m.Doc)), ("parameters", m => List(m.Parameters)));

    private static readonly ModelMembers<CsSafeFunction> SafeFunction = new(
        ("name", f => f.Name), ("raw_name", f => f.RawName), ("return_kind", f => f.ReturnKind), ("return_type", f => f.ReturnType),
        ("raw_return_type", f => f.RawReturnType), ("raw_returns_void", f => Boxed.Of(f.RawReturnsVoid)), ("free_function", f => f.FreeFunction),
        ("return_handle", f => f.ReturnHandle), ("success_values", f => List(f.SuccessValues)), ("error", f => f.Error),
        ("parameters", f => List(f.Parameters)), ("is_span_variant", f => Boxed.Of(f.IsSpanVariant)), ("has_callbacks", f => Boxed.Of(f.HasCallbacks)),
        ("unregisters", f => f.Unregisters), ("registry_key", f => f.RegistryKey), ("doc", f => List(f.Doc)), ("transient_destructor", f => f.TransientDestructor));

    private static readonly ModelMembers<CsSafeError> SafeError = new(
        ("function", e => e.Function), ("kind", e => e.Kind), ("argument", e => e.Argument), ("argument_type", e => e.ArgumentType));

    private static readonly ModelMembers<CsSafeCallback> SafeCallback = new(
        ("name", c => c.Name), ("trampoline", c => c.Trampoline), ("raw_return_type", c => c.RawReturnType), ("return_type", c => c.ReturnType),
        ("call_conv_type", c => c.CallConvType), ("raw_returns_void", c => Boxed.Of(c.RawReturnsVoid)), ("returns_c_bool", c => Boxed.Of(c.ReturnsCBool)),
        ("parameters", c => List(c.Parameters)), ("doc", c => List(c.Doc)));

    private static readonly ModelMembers<CsSafeParameter> SafeParameter = new(
        ("kind", p => p.Kind), ("name", p => p.Name), ("local", p => p.Local), ("partner_local", p => p.PartnerLocal), ("type", p => p.Type),
        ("raw_type", p => p.RawType), ("element_type", p => p.ElementType), ("partner", p => p.Partner), ("handle_type", p => p.HandleType),
        ("handle_raw_type", p => p.HandleRawType), ("delegate", p => p.Delegate), ("trampoline", p => p.Trampoline), ("registration", p => p.Registration),
        ("is_visible", p => Boxed.Of(p.IsVisible)), ("modifier", p => p.Modifier), ("transient", p => p.Transient), ("free", p => p.Free),
        ("raw_is_clong", p => Boxed.Of(p.RawIsCLong)), ("raw_is_culong", p => Boxed.Of(p.RawIsCULong)), ("trampoline_type", p => p.TrampolineType));

    private static readonly FrozenDictionary<Type, IModelMembers> Tables = new IModelMembers[]
    {
        TypeAlias, Parameter, Stub, PlatformLibrary, StaticWrapper, LayoutRecord, LayoutTarget, LayoutField,
        Struct, Field, Bitfield, SplitStorage, StoragePart, Forward, FixedBuffer, FlexibleArray, ZeroSizeMember,
        Enum, EnumMember, Function, ParamDoc, Global, Constant,
        Safe, SafeFreeTrampoline, SafeHandle, SafeMethod, SafeFunction, SafeError, SafeCallback, SafeParameter,
    }.ToFrozenDictionary(t => t.Type);
}
