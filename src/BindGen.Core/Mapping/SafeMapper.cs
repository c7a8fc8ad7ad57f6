using System.Collections.Immutable;
using System.Globalization;
using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Core.Mapping;

/// <summary>Turns inferred <see cref="SafeApiShape"/>s into the safe layer's view model: names, C# types and call plumbing.</summary>
public sealed class SafeMapper
{
    private readonly CApi _api;
    private readonly TypeMapper _types;
    private readonly Dictionary<string, CsFunction> _raw;
    private readonly Dictionary<string, string> _handleNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _handleRawTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CsSafeCallback> _callbacks = new(StringComparer.Ordinal);
    private Dictionary<string, CsEnum> _enums = new(StringComparer.Ordinal);

    private SafeMapper(CApi api, TypeMapper types, IEnumerable<CsFunction> raw)
    {
        _api = api;
        _types = types;
        // By C name: a function called through the shim has another entry point (rc_decref → rc_decref__bindgen_wrap).
        _raw = raw.GroupBy(f => f.CName.Length > 0 ? f.CName : f.EntryPoint, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Maps the shapes; <paramref name="raw"/> are the raw layer's functions.</summary>
    public static CsSafeApi Map(CApi api, SafeApiShape shape, TypeMapper types, IEnumerable<CsFunction> raw, GeneratorOptions options, IEnumerable<CsEnum> enums, SafeWrapperConfig? config = null)
    {
        config ??= new SafeWrapperConfig();
        var mapper = new SafeMapper(api, types, raw);
        var names = SafeNames.For(config, options, api.Functions.Select(f => f.Name));
        mapper._enums = enums.ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var h in shape.Handles)
        {
            mapper._handleNames[h.RecordKey] = Pascal(h.Name) + "Handle";
            mapper._handleRawTypes[h.RecordKey] = types.Names.TryGetValue(h.RecordKey, out var n) ? n : CsNames.Escape(h.Name);
        }

        var functions = new List<CsSafeFunction>();
        foreach (var f in shape.Functions)
        {
            if (!mapper._raw.ContainsKey(f.Function.Name)) continue;
            var safe = mapper.MapFunction(f, shape.ErrorMessageFunctions);
            safe = safe with { Name = names.Static(safe.BaseName) };
            var variants = new List<CsSafeFunction> { safe };
            if (safe.ReturnKind is "status_void" or "status_code")
            {
                // TryX: the same call returning the status code instead of throwing.
                variants.Add(safe with { Name = names.Try(safe.Name), IsTryVariant = true, ReturnKind = "plain", ReturnType = safe.RawReturnType, Error = null, SuccessValues = [] });
            }
            foreach (var v in variants)
            {
                functions.Add(v);
                if (v.Parameters.Any(p => p.Kind is "string" or "retained_string")) functions.Add(SpanVariant(v));
            }
        }

        var handles = shape.Handles.Select(h => new CsSafeHandle
        {
            Name = mapper._handleNames[h.RecordKey],
            RawType = mapper._handleRawTypes[h.RecordKey],
            Release = mapper._raw[h.Release.Name].Name,
            AddRef = h.AddRef is not null && mapper._raw.TryGetValue(h.AddRef.Name, out var addRef) ? addRef.Name : null,
            AddRefReturnsVoid = h.AddRef is not null && api.StripTypedefs(h.AddRef.ReturnType) is CPrimitiveType { Kind: CPrimitiveKind.Void },
            IsComplete = api.Record(h.RecordKey).IsComplete,
            Methods = Methods(mapper._handleNames[h.RecordKey], h.Name, functions, names),
            Doc = [$"Owns a <c>{h.Name}*</c>; releases it with <c>{h.Release.Name}</c> exactly once (Dispose, or the finalizer): no method releases it."],
        }).ToImmutableArray();

        return new CsSafeApi
        {
            ClassName = names.ClassName,
            RawClassName = options.ClassName,
            ExceptionName = names.ExceptionName,
            OutStringFrees = [.. functions.SelectMany(f => f.Parameters).Where(p => p.Kind == "out_string").Select(p => p.Free!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            FreeTrampolines = [.. functions.SelectMany(f => f.Parameters).Where(p => p.Kind == "destructor" && p.Trampoline is not null)
                .Select(p => new CsSafeFreeTrampoline(p.Trampoline!, p.Delegate!)).DistinctBy(t => t.Name).OrderBy(t => t.Name, StringComparer.Ordinal)],
            Handles = handles,
            Functions = [.. functions],
            Callbacks = [.. mapper._callbacks.Values.OrderBy(c => c.Name, StringComparer.Ordinal)],
            HasRegisteredCallbacks = functions.Any(f => f.Parameters.Any(p => p.Registration is not null)),
        };
    }

    private CsSafeFunction MapFunction(SafeFunctionShape shape, ImmutableArray<CFunction> errorFunctions)
    {
        var f = shape.Function;
        var raw = _raw[f.Name];
        var parameters = ImmutableArray.CreateBuilder<CsSafeParameter>();
        var parameterNames = SafeParameterNames.For(_api, f, shape, _handleNames);
        for (int i = 0; i < shape.Parameters.Length; i++)
        {
            var role = shape.Parameters[i];
            var rp = raw.Parameters[i] with { Name = parameterNames[i] };
            var rawType = RawType(f.Parameters[i].Type, TypePosition.Parameter);
            var p = new CsSafeParameter
            {
                Kind = "plain", Name = rp.Name, Type = rp.Type, RawType = rp.Type,
                RawIsCLong = rawType == CsPrimitiveType.CLong, RawIsCULong = rawType == CsPrimitiveType.CULong,
            };
            switch (role.Kind)
            {
                case SafeParamKind.Bool:
                    p = p with { Kind = "bool", Type = "bool" };
                    break;
                case SafeParamKind.StringIn:
                    p = p with { Kind = "string", Type = "string?" };
                    break;
                case SafeParamKind.Handle:
                    p = p with { Kind = "handle", Type = _handleNames[role.HandleKey!], HandleType = _handleNames[role.HandleKey!], HandleRawType = _handleRawTypes[role.HandleKey!] };
                    break;
                case SafeParamKind.OutHandle:
                    p = p with { Kind = "out_handle", Type = _handleNames[role.HandleKey!], HandleType = _handleNames[role.HandleKey!], HandleRawType = _handleRawTypes[role.HandleKey!] };
                    break;
                case SafeParamKind.OutValue:
                    p = p with { Kind = "out_value", Type = RawPointee(f.Parameters[i].Type).Text };
                    break;
                case SafeParamKind.Buffer:
                {
                    var pointee = RawPointee(f.Parameters[i].Type);
                    var element = (pointee == CsPrimitiveType.Void ? CsPrimitiveType.Byte : pointee).Text;
                    p = p with { Kind = "buffer", Type = (role.IsConst ? "ReadOnlySpan<" : "Span<") + element + ">", ElementType = element, Partner = parameterNames[role.Partner] };
                    break;
                }
                case SafeParamKind.BufferLength:
                    p = p with { Kind = "buffer_length", Type = "", Partner = parameterNames[role.Partner] };
                    break;
                case SafeParamKind.Callback:
                {
                    var callback = Callback(f, i, raw);
                    p = p with { Kind = "callback", Type = callback.Name + "?", Delegate = callback.Name, Trampoline = callback.Trampoline, Partner = parameterNames[role.Partner], Registration = role.Registration };
                    break;
                }
                case SafeParamKind.UserData:
                    p = p with { Kind = "user_data", Type = "", Partner = parameterNames[role.Partner] };
                    break;
                case SafeParamKind.Retained:
                    p = p with { Kind = role.IsText ? "retained_string" : "retained_span", Type = role.IsText ? "string?" : "ReadOnlySpan<byte>", Partner = role.Length >= 0 ? parameterNames[role.Length] : null };
                    break;
                case SafeParamKind.RetainedLength:
                    p = p with { Kind = "retained_length", Type = "", Partner = parameterNames[role.Partner] };
                    break;
                case SafeParamKind.Destructor:
                {
                    var fn = (CFunctionType)_api.StripTypedefs(((CPointerType)_api.StripTypedefs(f.Parameters[i].Type)).Pointee);
                    // The destructor's convention as the function pointer type says it: none where C uses the default.
                    var conv = CsCallingConvention.For(fn.CallingConvention, _api.Target);
                    p = shape.TransientDestructor is { } sentinel
                        ? p with { Kind = "destructor", Type = "", Partner = parameterNames[role.Partner], Transient = sentinel.ToString(CultureInfo.InvariantCulture) }
                        : p with
                        {
                            Kind = "destructor", Type = "", Partner = parameterNames[role.Partner], Trampoline = "__FreeRetained" + conv.ExplicitName, Delegate = conv.CallersOnlyCallConvType,
                            TrampolineType = new CsFunctionPointerType(conv, [CsPointerType.VoidPointer], CsPrimitiveType.Void).Text,
                        };
                    break;
                }
                case SafeParamKind.OwnedStringOut:
                    p = p with { Kind = "out_string", Type = "string?", Free = _raw.TryGetValue(role.FreeFunction!.Name, out var outFree) ? outFree.Name : role.FreeFunction.Name };
                    break;
                case SafeParamKind.TailOffset:
                    p = p with { Kind = "tail_offset", Type = "int", Partner = parameterNames[role.Length] };
                    break;
                case SafeParamKind.InRecord:
                    p = p with { Kind = "in_record", Type = RawPointee(f.Parameters[i].Type).Text };
                    break;
                case SafeParamKind.RefRecord:
                    p = p with { Kind = "ref_record", Type = RawPointee(f.Parameters[i].Type).Text };
                    break;
            }
            parameters.Add(p);
        }

        var rawReturn = RawType(f.ReturnType, TypePosition.Return);
        string kind, returnType;
        string? returnHandle = null;
        var success = ImmutableArray<string>.Empty;
        CsSafeError? error = null;
        switch (shape.Return)
        {
            case SafeReturnKind.Bool: (kind, returnType) = ("bool", "bool"); break;
            case SafeReturnKind.String: (kind, returnType) = ("string", "string?"); break;
            case SafeReturnKind.OwnedString: (kind, returnType) = ("owned_string", "string?"); break;
            case SafeReturnKind.NewHandle:
                returnHandle = _handleNames[shape.ReturnHandleKey!];
                (kind, returnType) = ("handle", returnHandle);
                // A NULL handle: the library's own text when it has a function that takes nothing and says why.
                error = errorFunctions.Where(e => e.Parameters.Length == 0 && SafeShapes.IsCharPointer(_api, e.ReturnType) && _raw.ContainsKey(e.Name))
                    .Select(e => new CsSafeError(_raw[e.Name].Name, "none", null, null)).FirstOrDefault();
                break;
            case SafeReturnKind.Status when rawReturn == CsPrimitiveType.CLong || rawReturn == CsPrimitiveType.CULong:
                (kind, returnType) = ("plain", raw.ReturnType);
                break;
            case SafeReturnKind.Status:
                kind = shape.SuccessValues.Length == 1 ? "status_void" : "status_code";
                returnType = kind == "status_void" ? "void" : raw.ReturnType;
                success = [.. shape.SuccessValues.Select(v => Literal(v, rawReturn, f.ReturnType))];
                error = ErrorFor(f, raw, parameters, errorFunctions);
                break;
            default:
                (kind, returnType) = rawReturn == CsPrimitiveType.Void ? ("void", "void") : ("plain", raw.ReturnType);
                break;
        }

        // Imported with SetLastError (--set-last-error): the user said this function reports through errno, so the failure
        // says errno's text, before any message function of the library (kv_status_message knows kv_status, not errno).
        if (raw.SetLastError && kind is "handle" or "status_void" or "status_code") error = new CsSafeError("", "errno", null, null);

        return new CsSafeFunction
        {
            Name = raw.Name,
            BaseName = raw.Name,
            RawName = raw.Name,
            ReturnKind = kind,
            ReturnType = returnType,
            RawReturnType = raw.ReturnType,
            RawReturnsVoid = rawReturn == CsPrimitiveType.Void,
            FreeFunction = shape.FreeFunction is { } free && _raw.TryGetValue(free.Name, out var freeRaw) ? freeRaw.Name : null,
            ReturnHandle = returnHandle,
            SuccessValues = success,
            Error = error,
            Parameters = parameters.ToImmutable(),
            HasCallbacks = parameters.Any(p => p.Kind == "callback"),
            TransientDestructor = shape.TransientDestructor?.ToString(CultureInfo.InvariantCulture),
            Unregisters = shape.Unregisters,
            RegistryKey = parameters.FirstOrDefault(p => p.Kind == "handle")?.Name,
            Doc = raw.Doc,
        };
    }

    /// <summary>The error-message function that applies: one taking a handle this function has, else one taking the code.</summary>
    private CsSafeError? ErrorFor(CFunction f, CsFunction raw, ImmutableArray<CsSafeParameter>.Builder parameters, ImmutableArray<CFunction> errorFunctions)
    {
        foreach (var e in errorFunctions)
        {
            if (!_raw.TryGetValue(e.Name, out var er) || e.Parameters.Length != 1 || !SafeShapes.IsCharPointer(_api, e.ReturnType)) continue;
            var key = SafeShapes.PointeeRecord(_api, e.Parameters[0].Type);
            if (key is not null)
            {
                var handle = parameters.FirstOrDefault(p => p.Kind == "handle" && p.HandleRawType == _handleRawTypes.GetValueOrDefault(key));
                if (handle is not null) return new CsSafeError(er.Name, "handle", handle.Name, er.Parameters[0].Type);
                continue;
            }
            if (_api.StripTypedefs(e.Parameters[0].Type) is CPrimitiveType or CEnumRef) return new CsSafeError(er.Name, "code", null, er.Parameters[0].Type);
        }
        return null;
    }

    private CsSafeCallback Callback(CFunction f, int index, CsFunction raw)
    {
        var type = f.Parameters[index].Type;
        var fn = (CFunctionType)_api.StripTypedefs(((CPointerType)_api.StripTypedefs(type)).Pointee);
        var parameterName = Pascal(f.Parameters[index].Name);
        var name = type is CTypedefRef t ? Pascal(t.Name)
            : Pascal(f.Name) + (parameterName.EndsWith("Callback", StringComparison.Ordinal) ? parameterName : parameterName + "Callback");
        if (_callbacks.TryGetValue(name, out var existing)) return existing;
        int user = SafeShapes.UserDataIndex(_api, fn);
        var parameters = ImmutableArray.CreateBuilder<CsSafeParameter>();
        for (int i = 0; i < fn.Parameters.Length; i++)
        {
            var rawCsType = _types.Map(fn.Parameters[i], TypePosition.Parameter).Type ?? CsPointerType.VoidPointer;
            var rawType = rawCsType.Text;
            var stripped = _api.StripTypedefs(fn.Parameters[i]);
            var kind = i == user ? "user_data"
                : SafeShapes.IsConstCharString(_api, stripped) ? "string"
                : stripped is CPrimitiveType { Kind: CPrimitiveKind.Bool } ? "bool" : "plain";
            var safeType = kind switch { "string" => "string?", "bool" => "bool", "user_data" => "", _ => rawType };
            parameters.Add(new CsSafeParameter
            {
                Kind = kind, Name = "arg" + i.ToString(CultureInfo.InvariantCulture), Type = safeType, RawType = rawType,
                RawIsCLong = rawCsType == CsPrimitiveType.CLong, RawIsCULong = rawCsType == CsPrimitiveType.CULong,
            });
        }
        var rawReturnType = _types.Map(fn.Result, TypePosition.Return).Type ?? CsPrimitiveType.Void;
        var rawReturn = rawReturnType.Text;
        bool returnsCBool = _api.StripTypedefs(fn.Result) is CPrimitiveType { Kind: CPrimitiveKind.Bool };
        var callback = new CsSafeCallback
        {
            Name = name,
            Trampoline = "__" + name + "Trampoline",
            RawReturnType = rawReturn,
            ReturnType = returnsCBool ? "bool" : rawReturn,
            RawReturnsVoid = rawReturnType == CsPrimitiveType.Void,
            ReturnsCBool = returnsCBool,
            // The trampoline's convention must be the one the function pointer type says (unmanaged[X] ↔ CallConvX;
            // plain unmanaged ↔ plain [UnmanagedCallersOnly]).
            CallConvType = CsCallingConvention.For(fn.CallingConvention, _api.Target).CallersOnlyCallConvType,
            Parameters = parameters.ToImmutable(),
            Doc = [$"The managed form of <c>{type.Spelling}</c>; the user-data pointer is supplied by the safe layer. An exception thrown here does not cross into C: it is captured and rethrown when the call that invoked the callback returns."],
        };
        _callbacks[name] = callback;
        return callback;
    }

    private static CsSafeFunction SpanVariant(CsSafeFunction f) => f with
    {
        IsSpanVariant = true,
        Parameters = [.. f.Parameters.Select(p => p.Kind switch
        {
            "string" => p with { Kind = "string_span", Type = "ReadOnlySpan<byte>" },
            "retained_string" => p with { Kind = "retained_utf8", Type = "ReadOnlySpan<byte>" },
            _ => p,
        })],
    };

    private static ImmutableArray<CsSafeMethod> Methods(string handle, string cName, List<CsSafeFunction> functions, SafeNames names)
    {
        var methods = new List<CsSafeMethod>();
        // Members a SafeHandle subclass inherits or declares: a method of the same name would hide one (CS0108) or clash.
        var used = new HashSet<string>(StringComparer.Ordinal)
        {
            "Dispose", "Close", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "Handle",
            "IsInvalid", "IsClosed", "Clone", "SetHandle", "SetHandleAsInvalid", "ReleaseHandle", "DangerousAddRef", "DangerousRelease",
            "DangerousGetHandle", "DangerousGetPointer", "Value", handle,
        };
        var chosen = new Dictionary<(string, bool), string>();
        foreach (var f in functions)
        {
            var first = f.Parameters.FirstOrDefault(p => p.IsVisible);
            if (first is null || first.Kind != "handle" || first.HandleType != handle) continue;
            if (!chosen.TryGetValue((f.BaseName, f.IsTryVariant), out var name))
            {
                var wanted = names.Method(f.BaseName, cName, f.IsTryVariant);
                name = wanted;
                for (int n = 2; !used.Add(name); n++) name = names.Renamed(wanted, n);
                chosen[(f.BaseName, f.IsTryVariant)] = name;
            }
            methods.Add(new CsSafeMethod(name, f.Name, f.ReturnType, [.. f.Parameters.Where(p => p.IsVisible).Skip(1)], f.Doc));
        }
        return [.. methods];
    }

    /// <summary><c>kv_set</c> on <c>kv_store</c> → <c>Set</c>; <c>sqlite3_step</c> on <c>sqlite3_stmt</c> → <c>Step</c>.</summary>
    public static string MethodName(string function, string type)
    {
        int common = 0;
        for (int i = 0; i < Math.Min(function.Length, type.Length); i++)
        {
            if (function[i] != type[i]) break;
            if (function[i] == '_') common = i + 1;
        }
        if (function.Length > type.Length && function.StartsWith(type, StringComparison.Ordinal) && function[type.Length] == '_') common = type.Length + 1;
        var rest = function[common..];
        var pascal = Pascal(rest);
        return pascal.Length == 0 || !char.IsLetter(pascal[0]) ? Pascal(function) : pascal;
    }

    /// <summary><c>kv_store</c> → <c>KvStore</c> (<see cref="PascalCase.JoinWords"/> at underscores).</summary>
    public static string Pascal(string name) => PascalCase.JoinWords(name, '_');

    /// <summary>The raw layer's C# type of a C type the raw function was bound with (it mapped there, so it maps here).</summary>
    private CsType RawType(CType type, TypePosition position) =>
        _types.Map(type, position).Type ?? throw new InvalidOperationException($"'{type.Spelling}' of a bound function does not map");

    /// <summary>What the raw layer's pointer parameter of C type <paramref name="type"/> points to.</summary>
    private CsType RawPointee(CType type) => RawType(type, TypePosition.Parameter) is CsPointerType p
        ? p.Pointee
        : throw new InvalidOperationException($"'{type.Spelling}' is not a pointer in the raw layer");

    private string Literal(long value, CsType rawCsType, CType cType)
    {
        var rawType = rawCsType.Text;
        if (_api.StripTypedefs(cType) is CEnumRef e)
        {
            // The C# member of the same position (members keep C's order; their names may be renamed or stripped).
            var constants = _api.Enum(e.Key).Constants;
            int index = constants.IndexOf(constants.FirstOrDefault(c => c.Value == value)!);
            if (index >= 0 && rawCsType is CsNamedType named && _enums.TryGetValue(named.Name, out var csEnum) && csEnum.Members.Length == constants.Length)
                return rawType + "." + csEnum.Members[index].Name;
            return $"({rawType})({value.ToString(CultureInfo.InvariantCulture)})";
        }
        return $"({rawType})({value.ToString(CultureInfo.InvariantCulture)})";
    }
}
