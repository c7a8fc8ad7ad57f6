using System.Collections.Immutable;
using BindGen.Core.Mapping;
using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>
/// Converts the mapped view model into Scriban ScriptObjects explicitly (snake_case keys), so rendering needs no
/// reflection and the Native AOT build stays free of trimming warnings.
/// </summary>
public static class ScriptModel
{
    /// <summary>The globals every template sees: the mapped API.</summary>
    public static ScriptObject Globals(CsApi api, string version)
    {
        // The large lists are independent: converted in parallel (the conversion is a tenth of the run on large headers).
        ScriptArray structs = null!, enums = null!, functions = null!, constants = null!;
        ScriptObject? safe = null;
        Action[] parts =
        [
            () => structs = Array(api.Structs, Struct),
            () => functions = Array(api.Functions, Function),
            () => (enums, constants) = (Array(api.Enums, Enum), Array(api.Constants, Constant)),
            () => safe = api.Safe is null ? null : Safe(api.Safe),
        ];
        if (api.Structs.Length + api.Functions.Length + api.Enums.Length + api.Constants.Length >= Emitter.ParallelThreshold) Parallel.Invoke(parts);
        else
        {
            foreach (var part in parts) part();
        }
        var o = new ScriptObject(20)
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
            ["sources"] = Array(api.Sources, s => s),
            ["structs"] = structs,
            ["enums"] = enums,
            ["type_aliases"] = Array(api.TypeAliases, a => new ScriptObject(3) { ["name"] = a.Name, ["target"] = a.Target, ["native_name"] = a.NativeName }),
            ["functions"] = functions,
            ["constants"] = constants,
            ["globals"] = Array(api.Globals, Global),
            ["stubs"] = Array(api.Stubs, s => new ScriptObject
            {
                ["name"] = s.Name, ["return_type"] = s.ReturnType, ["is_variadic"] = s.IsVariadic, ["params_name"] = s.ParamsName, ["message"] = s.Message,
                ["parameters"] = Array(s.Parameters, p => new ScriptObject { ["name"] = p.Name, ["type"] = p.Type, ["native_type_name"] = p.NativeTypeName }),
            }),
            ["not_bound"] = Array(api.NotBound, l => l),
            ["library_file_names"] = Array(api.LibraryFileNames, l => new ScriptObject { ["check"] = l.Check, ["files"] = Array(l.Files, f => f) }),
            ["safe"] = safe,
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
        ["includes"] = Array(api.WrapperIncludes, s => s),
        ["wrappers"] = Array(api.StaticWrappers, w => new ScriptObject
        {
            ["name"] = w.Name, ["wrapper"] = w.Wrapper, ["return_type"] = w.ReturnType, ["returns_void"] = w.ReturnsVoid, ["kind"] = w.Kind,
            ["parameter_types"] = Array(w.ParameterTypes, t => t),
        }),
    };

    /// <summary>The model of templates/layout_tests.scriban: the expected layouts of the emitted records, per target.</summary>
    public static ScriptObject LayoutTests(CsApi api, string version) => new()
    {
        ["bindgen_version"] = version,
        ["namespace"] = api.Namespace,
        ["class_name"] = api.ClassName + "LayoutTests",
        ["sources"] = Array(api.Sources, s => s),
        ["targets"] = Array(api.LayoutRecords.SelectMany(r => r.Targets.Select(t => t.Triple)).Distinct().Order(StringComparer.Ordinal), t => t),
        ["records"] = Array(api.LayoutRecords, r => new ScriptObject
        {
            ["type"] = r.Type,
            ["method"] = "Layout_" + r.Type.TrimStart('@'),
            ["c_name"] = r.CName,
            ["targets"] = Array(r.Targets, t => new ScriptObject
            {
                ["triple"] = t.Triple, ["size"] = t.Size, ["align"] = t.Align,
                ["fields"] = Array(t.Fields, f => new ScriptObject { ["c_path"] = f.CPath, ["cs_path"] = f.CsPath, ["offset"] = f.Offset }),
            }),
        }),
    };

    /// <summary>
    /// The globals of one output file pushed above the shared ones: the rendered text of each of its sections, in order,
    /// and whether the file declares the <c>global using</c> type aliases (they must precede the namespace, so they
    /// belong to the file, not to a section). Functions that templates define land here too, so the shared model stays
    /// as converted.
    /// </summary>
    internal static ScriptObject FileGlobals(IEnumerable<RenderedText> sectionTexts, bool withTypeAliases = false) =>
        new(2) { ["section_texts"] = Array(sectionTexts, s => s), ["with_type_aliases"] = withTypeAliases };

    private static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object?> convert)
    {
        var array = items.TryGetNonEnumeratedCount(out int count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items) array.Add(convert(item));
        return array;
    }

    // Most declarations have no doc comment: one shared empty list (templates only read it) instead of one per item.
    private static readonly ScriptArray NoLines = [];

    private static ScriptArray Lines(ImmutableArray<string> lines) => lines.IsDefaultOrEmpty ? NoLines : Array(lines, l => l);

    private static ScriptObject Struct(CsStruct s) => new(16)
    {
        ["name"] = s.Name,
        ["native_type_name"] = s.NativeTypeName,
        ["layout_kind"] = s.LayoutKind,
        ["pack"] = s.Pack,
        ["size"] = s.Size,
        ["native_size"] = s.NativeSize,
        ["native_align"] = s.NativeAlign,
        ["is_opaque"] = s.IsOpaque,
        ["has_aligned_allocation"] = s.HasAlignedAllocation,
        ["doc"] = Lines(s.Doc),
        ["fields"] = Array(s.Fields, f => new ScriptObject(6)
        {
            ["name"] = f.Name, ["type"] = f.Type, ["native_type_name"] = f.NativeTypeName, ["offset"] = f.Offset, ["is_public"] = f.IsPublic, ["doc"] = Lines(f.Doc),
        }),
        ["bitfields"] = Array(s.Bitfields, b => new ScriptObject(12)
        {
            ["name"] = b.Name, ["type"] = b.Type, ["native_type_name"] = b.NativeTypeName, ["storage"] = b.Storage, ["storage_type"] = b.StorageType,
            ["shift"] = b.Shift, ["width"] = b.Width, ["mask"] = b.Mask, ["sign_shift_left"] = b.SignShiftLeft, ["sign_shift_right"] = b.SignShiftRight,
            ["kind"] = b.Kind, ["underlying"] = b.Underlying, ["is_wide"] = b.IsWide,
        }),
        ["split_storages"] = Array(s.SplitStorages, st => new ScriptObject
        {
            ["name"] = st.Name, ["raw_type"] = st.RawType, ["size"] = st.Size,
            ["parts"] = Array(st.Parts, p => new ScriptObject { ["name"] = p.Name, ["type"] = p.Type, ["shift"] = p.Shift }),
        }),
        ["forwards"] = Array(s.Forwards, f => new ScriptObject(4) { ["name"] = f.Name, ["type"] = f.Type, ["path"] = f.Path, ["is_bitfield"] = f.IsBitfield }),
        ["nested"] = Array(s.Nested, Struct),
        ["fixed_buffers"] = Array(s.FixedBuffers, b => new ScriptObject(5)
        {
            ["name"] = b.Name, ["length"] = b.Length, ["element_type"] = b.ElementType, ["has_pointer_element"] = b.HasPointerElement,
            ["elements"] = Array(Enumerable.Range(0, b.HasPointerElement ? (int)b.Length : 0), i => "e" + i),
        }),
        ["flexible_arrays"] = Array(s.FlexibleArrays, a => new ScriptObject
        {
            ["name"] = a.Name, ["element_type"] = a.ElementType, ["native_type_name"] = a.NativeTypeName, ["offset"] = a.Offset,
            ["has_pointer_element"] = a.HasPointerElement, ["is_zero_length"] = a.IsZeroLength,
        }),
        ["zero_size_members"] = Array(s.ZeroSizeMembers, z => new ScriptObject(5)
        {
            ["name"] = z.Name, ["type"] = z.Type, ["native_type_name"] = z.NativeTypeName, ["offset"] = z.Offset, ["has_pointer_type"] = z.HasPointerType,
        }),
    };

    private static ScriptObject Enum(CsEnum e) => new(6)
    {
        ["name"] = e.Name,
        ["native_type_name"] = e.NativeTypeName,
        ["underlying_type"] = e.UnderlyingType,
        ["is_flags"] = e.IsFlags,
        ["doc"] = Lines(e.Doc),
        ["members"] = Array(e.Members, m => new ScriptObject(3) { ["name"] = m.Name, ["value"] = m.Value, ["doc"] = Lines(m.Doc) }),
    };

    private static ScriptObject Function(CsFunction f) => new(15)
    {
        ["name"] = f.Name,
        ["entry_point"] = f.EntryPoint,
        ["return_type"] = f.ReturnType,
        ["return_native_type_name"] = f.ReturnNativeTypeName,
        ["calling_convention"] = f.CallingConvention,
        ["call_conv_type"] = f.CallConvType,
        ["doc"] = Lines(f.Doc),
        ["param_docs"] = Array(f.ParamDocs, p => new ScriptObject { ["name"] = p.Name, ["lines"] = Lines(p.Lines) }),
        ["returns"] = Lines(f.Returns),
        // Most functions of most headers have no doc comment: one test instead of rendering three empty parts.
        ["has_doc"] = !f.Doc.IsDefaultOrEmpty || !f.ParamDocs.IsDefaultOrEmpty || !f.Returns.IsDefaultOrEmpty,
        ["suppress_gc_transition"] = f.SuppressGCTransition,
        ["from_shim"] = f.FromShim,
        ["set_last_error"] = f.SetLastError,
        ["table_slot"] = f.TableSlot,
        ["owns_table_slot"] = f.OwnsTableSlot,
        ["supported_os"] = f.SupportedOS,
        ["unsupported_os"] = f.UnsupportedOS,
        // The calling conventions of the function pointer type: always explicit (a bare unmanaged means the platform's
        // default, which is stdcall on Windows x86, not C's cdecl).
        ["pointer_call_convs"] = f.SuppressGCTransition ? f.CallConvType["CallConv".Length..] + ", SuppressGCTransition" : f.CallConvType["CallConv".Length..],
        ["returns_void"] = f.ReturnsVoid,
        ["parameters"] = Array(f.Parameters, p => new ScriptObject(3) { ["name"] = p.Name, ["type"] = p.Type, ["native_type_name"] = p.NativeTypeName }),
    };

    private static ScriptObject Global(CsGlobal g) => new()
    {
        ["name"] = g.Name,
        ["symbol"] = g.Symbol,
        ["table_slot"] = g.TableSlot,
        ["kind"] = g.Kind,
        ["type"] = g.Type,
        ["element_type"] = g.ElementType,
        ["length"] = g.Length,
        ["native_type_name"] = g.NativeTypeName,
        ["doc"] = Lines(g.Doc),
    };

    private static ScriptObject Constant(CsConstant c) => new()
    {
        ["name"] = c.Name,
        ["type"] = c.Type,
        ["value"] = c.Value,
        ["is_const"] = c.IsConst,
        ["native_type_name"] = c.NativeTypeName,
        ["doc"] = Lines(c.Doc),
    };

    private static ScriptObject Safe(CsSafeApi safe) => new()
    {
        ["class_name"] = safe.ClassName,
        ["raw_class_name"] = safe.RawClassName,
        ["exception_name"] = safe.ExceptionName,
        ["has_registered_callbacks"] = safe.HasRegisteredCallbacks,
        ["out_string_frees"] = Lines(safe.OutStringFrees),
        ["free_trampolines"] = Array(safe.FreeTrampolines, t => new ScriptObject { ["name"] = t.Name, ["call_conv_type"] = t.CallConvType }),
        ["handles"] = Array(safe.Handles, h => new ScriptObject
        {
            ["name"] = h.Name, ["raw_type"] = h.RawType, ["release"] = h.Release, ["add_ref"] = h.AddRef, ["add_ref_returns_void"] = h.AddRefReturnsVoid, ["is_complete"] = h.IsComplete, ["doc"] = Lines(h.Doc),
            ["methods"] = Array(h.Methods, m => new ScriptObject
            {
                ["name"] = m.Name, ["target"] = m.Target, ["return_type"] = m.ReturnType, ["doc"] = Lines(m.Doc), ["parameters"] = Array(m.Parameters, SafeParameter),
            }),
        }),
        ["functions"] = Array(safe.Functions, f => new ScriptObject
        {
            ["name"] = f.Name, ["raw_name"] = f.RawName, ["return_kind"] = f.ReturnKind, ["return_type"] = f.ReturnType, ["raw_return_type"] = f.RawReturnType, ["raw_returns_void"] = f.RawReturnsVoid,
            ["free_function"] = f.FreeFunction, ["return_handle"] = f.ReturnHandle, ["success_values"] = Lines(f.SuccessValues),
            ["error"] = f.Error is null ? null : new ScriptObject { ["function"] = f.Error.Function, ["kind"] = f.Error.Kind, ["argument"] = f.Error.Argument, ["argument_type"] = f.Error.ArgumentType },
            ["parameters"] = Array(f.Parameters, SafeParameter), ["is_span_variant"] = f.IsSpanVariant, ["has_callbacks"] = f.HasCallbacks, ["unregisters"] = f.Unregisters, ["registry_key"] = f.RegistryKey, ["doc"] = Lines(f.Doc),
            ["transient_destructor"] = f.TransientDestructor,
        }),
        ["callbacks"] = Array(safe.Callbacks, c => new ScriptObject
        {
            ["name"] = c.Name, ["trampoline"] = c.Trampoline, ["raw_return_type"] = c.RawReturnType, ["return_type"] = c.ReturnType, ["call_conv_type"] = c.CallConvType,
            ["raw_returns_void"] = c.RawReturnsVoid, ["returns_c_bool"] = c.ReturnsCBool,
            ["parameters"] = Array(c.Parameters, SafeParameter), ["doc"] = Lines(c.Doc),
        }),
    };

    private static ScriptObject SafeParameter(CsSafeParameter p) => new()
    {
        ["kind"] = p.Kind, ["name"] = p.Name, ["local"] = p.Local, ["partner_local"] = p.PartnerLocal, ["type"] = p.Type, ["raw_type"] = p.RawType, ["element_type"] = p.ElementType, ["partner"] = p.Partner,
        ["handle_type"] = p.HandleType, ["handle_raw_type"] = p.HandleRawType, ["delegate"] = p.Delegate, ["trampoline"] = p.Trampoline, ["registration"] = p.Registration,
        ["is_visible"] = p.IsVisible, ["modifier"] = p.Modifier, ["transient"] = p.Transient, ["free"] = p.Free,
        ["raw_is_clong"] = p.RawIsCLong, ["raw_is_culong"] = p.RawIsCULong, ["trampoline_type"] = p.TrampolineType,
    };
}
