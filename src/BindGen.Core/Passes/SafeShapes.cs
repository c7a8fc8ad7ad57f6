using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>How one parameter is presented by the safe layer.</summary>
public enum SafeParamKind
{
    /// <summary>Passed as the raw layer passes it.</summary>
    Plain,
    /// <summary><c>_Bool</c> → <c>bool</c>.</summary>
    Bool,
    /// <summary><c>const char*</c> → <c>string?</c> (and a <c>ReadOnlySpan&lt;byte&gt;</c> UTF-8 overload).</summary>
    StringIn,
    /// <summary><c>T*</c> of a handle type → the SafeHandle.</summary>
    Handle,
    /// <summary><c>T**</c> of a handle type the function writes → <c>out</c> SafeHandle that owns it.</summary>
    OutHandle,
    /// <summary><c>T*</c> the function writes → <c>out T</c>.</summary>
    OutValue,
    /// <summary>The pointer of a (pointer, length) pair → <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>.</summary>
    Buffer,
    /// <summary>The length of a (pointer, length) pair: computed from the span.</summary>
    BufferLength,
    /// <summary>A function pointer with a <c>void*</c> user-data parameter → a managed delegate.</summary>
    Callback,
    /// <summary>The <c>void*</c> user data the callback receives: supplied by the safe layer.</summary>
    UserData,
    /// <summary>
    /// Data C keeps after the call, paired with a destructor callback (<c>bind_text(stmt, i, text, n, destructor)</c>):
    /// <c>string?</c> / <c>ReadOnlySpan&lt;byte&gt;</c>, passed with the transient sentinel (the library copies) or
    /// copied into native memory C owns and frees through the destructor. Never a temporary.
    /// </summary>
    Retained,
    /// <summary>The length of retained data: computed.</summary>
    RetainedLength,
    /// <summary>The destructor callback of retained data: supplied by the safe layer.</summary>
    Destructor,
    /// <summary><c>char**</c> output the caller frees with <see cref="SafeParam.FreeFunction"/> → <c>out string?</c>.</summary>
    OwnedStringOut,
    /// <summary><c>const char**</c> output pointing into a text input (<c>pzTail</c>) → <c>out int</c>, the offset of the rest.</summary>
    TailOffset,
    /// <summary><c>const T*</c> of a complete record → <c>in T</c>.</summary>
    InRecord,
    /// <summary><c>T*</c> of a complete record, read and written → <c>ref T</c>.</summary>
    RefRecord,
}

/// <summary>How a return value is presented.</summary>
public enum SafeReturnKind
{
    /// <summary>As the raw layer returns it.</summary>
    Plain,
    /// <summary><c>_Bool</c> → <c>bool</c>.</summary>
    Bool,
    /// <summary>A borrowed string → <c>string?</c>.</summary>
    String,
    /// <summary>A string the caller frees → copied, then freed with <see cref="SafeFunctionShape.FreeFunction"/>.</summary>
    OwnedString,
    /// <summary>A new handle the caller owns → a SafeHandle; NULL throws.</summary>
    NewHandle,
    /// <summary>A status code: failures throw; success returns nothing (one success code) or the code.</summary>
    Status,
}

/// <summary>A parameter's role. <see cref="Partner"/> links buffer ↔ length and callback ↔ user data.</summary>
public sealed record SafeParam(int Index, SafeParamKind Kind, string? HandleKey = null, int Partner = -1, bool IsConst = false)
{
    /// <summary>For a callback C keeps after the call: the function registering it (its own function).</summary>
    public string? Registration { get; init; }
    /// <summary>Retained: the length parameter's index, or -1. TailOffset: the text input's index.</summary>
    public int Length { get; init; } = -1;
    /// <summary>Retained: true for text (<c>char*</c>), false for bytes.</summary>
    public bool IsText { get; init; }
    /// <summary>OwnedStringOut: the function freeing the string.</summary>
    public CFunction? FreeFunction { get; init; }
}

/// <summary>An opaque type the library creates and releases.</summary>
public sealed record SafeHandleShape(string RecordKey, string Name, CFunction Release, CFunction? AddRef);

/// <summary>The safe presentation of one function.</summary>
public sealed record SafeFunctionShape(CFunction Function, ImmutableArray<SafeParam> Parameters, SafeReturnKind Return)
{
    /// <summary>The handle type returned (NewHandle).</summary>
    public string? ReturnHandleKey { get; init; }
    /// <summary>The function freeing an owned string.</summary>
    public CFunction? FreeFunction { get; init; }
    /// <summary>The registering function whose callbacks this function unregisters, or null.</summary>
    public string? Unregisters { get; init; }
    /// <summary>Success codes (Status).</summary>
    public ImmutableArray<long> SuccessValues { get; init; } = [];
    /// <summary>The transient destructor sentinel's value (the library copies retained data), or null (C owns a native copy).</summary>
    public long? TransientDestructor { get; init; }
}

/// <summary>The whole inferred safe layer.</summary>
public sealed record SafeApiShape(ImmutableArray<SafeHandleShape> Handles, ImmutableArray<SafeFunctionShape> Functions, ImmutableArray<CFunction> ErrorMessageFunctions)
{
    /// <summary>Functions releasing a handle (or adding a reference): reached only through Dispose / Clone, never as methods.</summary>
    public ImmutableArray<string> Releasing { get; init; } = [];
}

/// <summary>
/// Infers safe-wrapper shapes from naming conventions and types, overridden by <see cref="SafeWrapperConfig"/>:
/// handles (an opaque type with a release function), owned and borrowed strings, out parameters, (pointer, length)
/// buffers, status codes and callbacks with user data.
/// </summary>
public static class SafeShapes
{
    private static readonly Regex ReleaseNameRegex = new(@"(^|_|[a-z])(free|close|destroy|release|delete|dispose|unref|decref|finalize|Free|Close|Destroy|Release|Delete|Dispose|Unref|DecRef|Decref|Finalize)([_A-Z0-9]|$)", RegexOptions.CultureInvariant);

    /// <summary>A name ending in a release word (<c>sqlite3_close</c>, <c>sqlite3_close_v2</c>), not one using it inside (<c>sqlite3_db_release_memory</c>).</summary>
    private static readonly Regex EndsWithReleaseRegex = new(@"(^|_|[a-z])(free|close|destroy|release|delete|dispose|unref|decref|finalize|Free|Close|Destroy|Release|Delete|Dispose|Unref|DecRef|Decref|Finalize)(_?[vV]?[0-9]+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex AddRefNameRegex = new(@"(^|_)(ref|retain|addref|add_ref|incref)$|[a-z](Ref|Retain|AddRef|IncRef)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ConstructorNameRegex = new(@"(^|_|[a-z])(new|open|create|alloc|init|make|dup|copy|clone|ref|retain|acquire|load|connect|New|Open|Create|Alloc|Init|Make|Dup|Copy|Clone|Ref|Retain|Acquire|Load|Connect)([_A-Z0-9]|$)", RegexOptions.CultureInvariant);

    private static readonly Regex CallScopedNameRegex = new(@"(^|_|[a-z])(each|foreach|for_each|exec|visit|iterate|walk|scan|sort|qsort|search|bsearch|find|apply|traverse|Each|ForEach|Exec|Visit|Iterate|Walk|Scan|Sort|Search|Find|Apply|Traverse)([_A-Z0-9]|$)", RegexOptions.CultureInvariant);

    private static readonly Regex PointerOutNameRegex = new(@"^p[pz]([A-Z]|_)", RegexOptions.CultureInvariant);

    private static readonly Regex OutNameRegex = new(@"^(out_.*|.*_out|p?out[A-Z].*|.*Out)$", RegexOptions.CultureInvariant);

    private static readonly Regex LengthNameRegex = new(@"(^|_)(len|length|size|count|num|n|nbytes|cb|capacity|cap)$|[a-z](Len|Length|Size|Count|Capacity)$|(?-i:^n[A-Z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex StatusTypeNameRegex = new(@"(status|result|error|err|code|rc|ret)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Infers the shapes for the functions the raw layer binds.</summary>
    public static SafeApiShape Infer(CApi api, IReadOnlyList<CFunction> functions, SafeWrapperConfig config)
    {
        var byName = functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var handles = InferHandles(api, functions, config, byName);
        var handleKeys = handles.ToDictionary(h => h.RecordKey, StringComparer.Ordinal);
        var special = new HashSet<string>(handles.SelectMany(h => h.AddRef is null ? [h.Release.Name] : new[] { h.Release.Name, h.AddRef.Name }), StringComparer.Ordinal);
        // Every other function that releases a handle (sqlite3_close beside the configured sqlite3_close_v2): Dispose
        // releases, and a second release is impossible by construction only when no method can release.
        foreach (var fn in functions)
        {
            if (fn.Parameters.Length >= 1 && PointeeRecord(api, fn.Parameters[0].Type) is { } released && handleKeys.ContainsKey(released)
                && EndsWithReleaseRegex.IsMatch(fn.Name) && ReturnsVoidOrInteger(api, fn) && fn.Parameters.Skip(1).All(p => api.StripTypedefs(p.Type) is not CPointerType))
                special.Add(fn.Name);
        }
        var errorFunctions = config.ErrorMessage.Where(byName.ContainsKey).Select(n => byName[n]).ToImmutableArray();

        var shapes = ImmutableArray.CreateBuilder<SafeFunctionShape>();
        foreach (var f in functions.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (special.Contains(f.Name) || config.Exclude.Any(g => Glob(g, f.Name))) continue;
            var shape = InferFunction(api, f, handleKeys, config, byName);
            if (shape.Return != SafeReturnKind.Plain || shape.Parameters.Any(p => p.Kind != SafeParamKind.Plain)) shapes.Add(shape);
        }
        return new SafeApiShape([.. handles.OrderBy(h => h.Name, StringComparer.Ordinal)], shapes.ToImmutable(), errorFunctions) { Releasing = [.. special.Order(StringComparer.Ordinal)] };
    }

    private static List<SafeHandleShape> InferHandles(CApi api, IReadOnlyList<CFunction> functions, SafeWrapperConfig config, Dictionary<string, CFunction> byName)
    {
        var result = new List<SafeHandleShape>();
        // A configured release function makes a handle of any record, opaque or not (JSON trees: users read the fields of
        // the struct the handle owns); the convention only guesses for opaque ones.
        var configuredKeys = config.Release.Where(e => byName.ContainsKey(e.Value))
            .Select(e => (Key: SafeConfigCheck.RecordKey(api, e.Key), Release: byName[e.Value])).Where(e => e.Key is not null)
            .GroupBy(e => e.Key!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Release, StringComparer.Ordinal);
        foreach (var record in api.Records.Where(r => (!r.IsComplete || configuredKeys.ContainsKey(r.Key)) && r.Name.Length > 0 && r.Location.File.Length > 0))
        {
            CFunction? release = null;
            if (configuredKeys.TryGetValue(record.Key, out var f) && f.Parameters.Length == 1 && PointeeRecord(api, f.Parameters[0].Type) == record.Key) release = f;
            else if (record.IsComplete) continue;
            release ??= functions
                .Where(fn => fn.Parameters.Length == 1 && PointeeRecord(api, fn.Parameters[0].Type) == record.Key && ReturnsVoidOrInteger(api, fn) && ReleaseNameRegex.IsMatch(fn.Name))
                .OrderBy(fn => fn.Name.Length).ThenBy(fn => fn.Name, StringComparer.Ordinal).FirstOrDefault();
            if (release is null) continue;
            // obj_ref returning the object, or a void incref (a static inline one through the shim: rc_incref).
            var addRef = functions.Where(fn => fn.Parameters.Length == 1 && PointeeRecord(api, fn.Parameters[0].Type) == record.Key
                    && (PointeeRecord(api, fn.ReturnType) == record.Key || api.StripTypedefs(fn.ReturnType) is CPrimitiveType { Kind: CPrimitiveKind.Void })
                    && AddRefNameRegex.IsMatch(fn.Name) && !ReleaseNameRegex.IsMatch(fn.Name))
                .OrderBy(fn => PointeeRecord(api, fn.ReturnType) == record.Key ? 0 : 1).ThenBy(fn => fn.Name, StringComparer.Ordinal).FirstOrDefault();
            result.Add(new SafeHandleShape(record.Key, record.Name, release, addRef));
        }
        return result;
    }

    private static SafeFunctionShape InferFunction(CApi api, CFunction f, Dictionary<string, SafeHandleShape> handles, SafeWrapperConfig config, Dictionary<string, CFunction> byName)
    {
        var roles = new SafeParam[f.Parameters.Length];
        var configuredOut = config.OutParams.GetValueOrDefault(f.Name) ?? [];
        var keptRaw = RetainedPointers(api, f, config, roles);
        byName.TryGetValue(config.OwnedOutStrings.GetValueOrDefault(f.Name) ?? "", out var outStringFree);
        for (int i = 0; i < f.Parameters.Length; i++)
        {
            if (roles[i] is not null) continue;
            var p = f.Parameters[i];
            var type = api.StripTypedefs(p.Type);
            roles[i] = new SafeParam(i, SafeParamKind.Plain);
            // C may keep this pointer after the call and nothing says when it lets go: never a temporary.
            if (keptRaw.Contains(i)) continue;
            if (outStringFree is not null && SafeConfigCheck.IsCharPointerPointer(api, p.Type) && type is CPointerType { PointeeIsConst: false })
            {
                roles[i] = new SafeParam(i, SafeParamKind.OwnedStringOut) { FreeFunction = outStringFree };
                continue;
            }
            // const char** pzTail after a text input: where the unread rest of that input starts.
            if (type is CPointerType { PointeeIsConst: false } tail && IsConstCharString(api, tail.Pointee)
                && Enumerable.Range(0, i).LastOrDefault(j => roles[j] is { Kind: SafeParamKind.StringIn or SafeParamKind.Buffer } && IsCharPointer(api, f.Parameters[j].Type), -1) is var text and >= 0)
            {
                roles[i] = new SafeParam(i, SafeParamKind.TailOffset) { Length = text };
                continue;
            }

            if (type is CPrimitiveType { Kind: CPrimitiveKind.Bool })
            {
                roles[i] = new SafeParam(i, SafeParamKind.Bool);
                continue;
            }
            if (type is not CPointerType pointer) continue;
            var pointee = api.StripTypedefs(pointer.Pointee);

            // (T* ptr, integer len): a buffer.
            if (i + 1 < f.Parameters.Length && IsInteger(api, f.Parameters[i + 1].Type) && LengthNameRegex.IsMatch(f.Parameters[i + 1].Name)
                && pointee is not CPointerType && pointee is not CFunctionType && (pointee is not CRecordRef r || api.Record(r.Key).IsComplete)
                && !configuredOut.Contains(p.Name))
            {
                roles[i] = new SafeParam(i, SafeParamKind.Buffer, Partner: i + 1, IsConst: pointer.PointeeIsConst);
                roles[i + 1] = new SafeParam(i + 1, SafeParamKind.BufferLength, Partner: i);
                continue;
            }
            if (IsConstCharString(api, pointer))
            {
                roles[i] = new SafeParam(i, SafeParamKind.StringIn);
                continue;
            }
            if (PointeeRecord(api, type) is { } key && handles.ContainsKey(key))
            {
                roles[i] = new SafeParam(i, SafeParamKind.Handle, key, IsConst: pointer.PointeeIsConst);
                continue;
            }
            if (!pointer.PointeeIsConst && pointee is CPointerType inner && PointeeRecord(api, inner) is { } outKey && handles.ContainsKey(outKey))
            {
                roles[i] = new SafeParam(i, SafeParamKind.OutHandle, outKey);
                continue;
            }
            // Only callbacks C calls during the call: a registered callback would outlive the GCHandle freed after it.
            if (pointee is CFunctionType callback && UserDataIndex(api, callback) >= 0
                && (CallScopedNameRegex.IsMatch(f.Name) || config.CallScopedCallbacks.Any(g => Glob(g, f.Name)) || config.RegisteredCallbacks.ContainsKey(f.Name)))
            {
                int user = FindUserData(api, f, i, roles);
                if (user >= 0)
                {
                    roles[i] = new SafeParam(i, SafeParamKind.Callback, Partner: user) { Registration = config.RegisteredCallbacks.ContainsKey(f.Name) ? f.Name : null };
                    roles[user] = new SafeParam(user, SafeParamKind.UserData, Partner: i);
                    continue;
                }
            }
            // Pointer-to-pointer outputs (T** out_x, ppThing, pzTail): out T*.
            if (!pointer.PointeeIsConst && pointee is CPointerType && (configuredOut.Contains(p.Name) || OutNameRegex.IsMatch(p.Name) || PointerOutNameRegex.IsMatch(p.Name)))
            {
                roles[i] = new SafeParam(i, SafeParamKind.OutValue);
                continue;
            }
            if (!pointer.PointeeIsConst && (configuredOut.Contains(p.Name) || OutNameRegex.IsMatch(p.Name))
                && pointee is CPrimitiveType { Kind: not CPrimitiveKind.Void and not CPrimitiveKind.Char } or CEnumRef or CRecordRef { } && IsCompleteRecord(api, pointee))
            {
                roles[i] = new SafeParam(i, SafeParamKind.OutValue);
                continue;
            }
            // A pointer to one complete record, not the object the function is about (index 0): in T / ref T.
            if (i > 0 && pointee is CRecordRef rec && api.Record(rec.Key).IsComplete && !handles.ContainsKey(rec.Key))
                roles[i] = new SafeParam(i, pointer.PointeeIsConst ? SafeParamKind.InRecord : SafeParamKind.RefRecord);
        }

        var ret = api.StripTypedefs(f.ReturnType);
        var kind = SafeReturnKind.Plain;
        string? returnHandle = null;
        CFunction? free = null;
        ImmutableArray<long> success = [];
        if (config.OwnedReturns.TryGetValue(f.Name, out var freeName) && byName.TryGetValue(freeName, out var freeFn) && IsCharPointer(api, ret))
        {
            kind = SafeReturnKind.OwnedString;
            free = freeFn;
        }
        else if (IsCharPointer(api, ret) && (IsConstCharString(api, ret) || config.StringReturns.Contains(f.Name)))
        {
            kind = SafeReturnKind.String;
        }
        else if (ret is CPrimitiveType { Kind: CPrimitiveKind.Bool } || config.BoolReturns.Contains(f.Name) && IsInteger(api, f.ReturnType))
        {
            kind = SafeReturnKind.Bool;
        }
        else if (PointeeRecord(api, ret) is { } key && handles.ContainsKey(key) && ConstructorNameRegex.IsMatch(f.Name))
        {
            kind = SafeReturnKind.NewHandle;
            returnHandle = key;
        }
        else if (config.Status is { } status && status.Functions.Any(g => Glob(g, f.Name)) && IsInteger(api, f.ReturnType))
        {
            kind = SafeReturnKind.Status;
            success = [.. status.Success];
        }
        else if (ret is CEnumRef e && StatusTypeNameRegex.IsMatch(api.Enum(e.Key).Name) && api.Enum(e.Key).Constants.FirstOrDefault(c => c.Value == 0) is not null)
        {
            kind = SafeReturnKind.Status;
            success = [0];
        }
        var unregisters = config.RegisteredCallbacks.FirstOrDefault(r => r.Value == f.Name).Key;
        return new SafeFunctionShape(f, [.. roles], kind)
        {
            ReturnHandleKey = returnHandle, FreeFunction = free, SuccessValues = success, Unregisters = unregisters,
            TransientDestructor = roles.Any(r => r.Kind == SafeParamKind.Retained) ? config.TransientDestructor : null,
        };
    }

    /// <summary>
    /// Pointers C keeps after the call. A destructor callback (<c>void (*)(void*)</c>) with one data pointer right before
    /// it (a length between them allowed), or the one <c>retains</c> names: that pair becomes <see cref="SafeParamKind.Retained"/>.
    /// Returns the pointer parameters that must stay raw: a <c>retains</c> parameter with no destructor, and every
    /// pointer of a function whose destructor's data cannot be told (<c>sqlite3_bind_pointer</c>: the type name is kept too).
    /// </summary>
    private static HashSet<int> RetainedPointers(CApi api, CFunction f, SafeWrapperConfig config, SafeParam?[] roles)
    {
        var raw = new HashSet<int>();
        var configured = config.Retains.Where(e => Glob(e.Key, f.Name)).Select(e => f.Parameters.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Name == e.Value, (null!, -1)).Item2).Where(i => i >= 0).ToList();
        var destructors = Enumerable.Range(0, f.Parameters.Length).Where(i => IsDestructor(api, f.Parameters[i].Type)).ToList();
        if (destructors.Count == 0)
        {
            raw.UnionWith(configured);
            return raw;
        }
        bool IsData(int i) => i > 0 && api.StripTypedefs(f.Parameters[i].Type) is CPointerType { Pointee: var pointee } && api.StripTypedefs(pointee) is not CFunctionType;
        var data = Enumerable.Range(0, f.Parameters.Length).Where(IsData).ToList();
        int d = destructors[0];
        int length = d - 1 >= 0 && IsInteger(api, f.Parameters[d - 1].Type) ? d - 1 : -1;
        int candidate = configured.Count == 1 ? configured[0] : length >= 0 ? length - 1 : d - 1;
        var candidateType = candidate >= 0 ? api.StripTypedefs(f.Parameters[candidate].Type) as CPointerType : null;
        bool isText = candidateType is not null && IsConstCharString(api, candidateType);
        bool isBytes = candidateType is { PointeeIsConst: true } && api.StripTypedefs(candidateType.Pointee) is CPrimitiveType { Kind: CPrimitiveKind.Void or CPrimitiveKind.UChar or CPrimitiveKind.Char } && length >= 0;
        if (destructors.Count == 1 && (data.Count == 1 || configured.Count == 1) && data.Contains(candidate) && (isText || isBytes))
        {
            roles[candidate] = new SafeParam(candidate, SafeParamKind.Retained, Partner: d, IsConst: true) { Length = length, IsText = isText };
            if (length >= 0) roles[length] = new SafeParam(length, SafeParamKind.RetainedLength, Partner: candidate);
            roles[d] = new SafeParam(d, SafeParamKind.Destructor, Partner: candidate);
            return raw;
        }
        raw.UnionWith(data);
        return raw;
    }

    /// <summary>True for a destructor callback: <c>void (*)(void*)</c>.</summary>
    public static bool IsDestructor(CApi api, CType type) =>
        api.StripTypedefs(type) is CPointerType { Pointee: var pointee } && api.StripTypedefs(pointee) is CFunctionType { Parameters.Length: 1 } fn
        && api.StripTypedefs(fn.Result) is CPrimitiveType { Kind: CPrimitiveKind.Void } && api.StripTypedefs(fn.Parameters[0]) is CPointerType vp && IsPlainVoid(api, vp.Pointee);

    /// <summary>The nearest plain <c>void*</c> parameter that can carry the callback's user data.</summary>
    private static int FindUserData(CApi api, CFunction f, int callback, SafeParam?[] roles)
    {
        int best = -1;
        for (int j = 0; j < f.Parameters.Length; j++)
        {
            if (j == callback || roles[j] is { Kind: not SafeParamKind.Plain }) continue;
            if (api.StripTypedefs(f.Parameters[j].Type) is CPointerType { PointeeIsConst: false } vp && IsPlainVoid(api, vp.Pointee)
                && (best < 0 || Math.Abs(j - callback) < Math.Abs(best - callback)))
                best = j;
        }
        return best;
    }

    /// <summary>
    /// True for the pointee of a plain <c>void*</c>: void, or a typedef of void only through typedefs of pointers. A void
    /// typedef (<c>typedef void LIB_HANDLE;</c>) names a type of its own in C# (<c>LIB_HANDLE*</c>), not user data.
    /// </summary>
    private static bool IsPlainVoid(CApi api, CType pointee) => pointee switch
    {
        CPrimitiveType { Kind: CPrimitiveKind.Void } => true,
        CTypedefRef t => api.Typedef(t.Key).Underlying is not CPrimitiveType && IsPlainVoid(api, api.Typedef(t.Key).Underlying),
        _ => false,
    };

    /// <summary>Index of the callback's own <c>void*</c> parameter, or -1.</summary>
    public static int UserDataIndex(CApi api, CFunctionType callback)
    {
        for (int i = 0; i < callback.Parameters.Length; i++)
        {
            if (api.StripTypedefs(callback.Parameters[i]) is CPointerType vp && IsPlainVoid(api, vp.Pointee)) return i;
        }
        return -1;
    }


    /// <summary>The key of the record <paramref name="type"/> points to, or null.</summary>
    public static string? PointeeRecord(CApi api, CType type) =>
        api.StripTypedefs(type) is CPointerType p && api.StripTypedefs(p.Pointee) is CRecordRef r ? r.Key : null;

    private static bool IsCompleteRecord(CApi api, CType type) => type is not CRecordRef r || api.Record(r.Key).IsComplete;

    /// <summary>
    /// True for <c>const char*</c> (plain char, typedefs followed): the one test of "this pointer is a NUL-terminated string
    /// the safe layer passes as <c>string</c>" (parameters, returns, retained text, callback arguments).
    /// </summary>
    public static bool IsConstCharString(CApi api, CType type) =>
        api.StripTypedefs(type) is CPointerType { PointeeIsConst: true } p && api.StripTypedefs(p.Pointee) is CPrimitiveType { Kind: CPrimitiveKind.Char };

    /// <summary>True for <c>char*</c>, <c>signed/unsigned char*</c> (const or not).</summary>
    public static bool IsCharPointer(CApi api, CType type) =>
        api.StripTypedefs(type) is CPointerType p && api.StripTypedefs(p.Pointee) is CPrimitiveType { Kind: CPrimitiveKind.Char or CPrimitiveKind.SChar or CPrimitiveKind.UChar };

    /// <summary>True for integer and enum types.</summary>
    public static bool IsInteger(CApi api, CType type) => api.StripTypedefs(type) switch
    {
        CPrimitiveType p => p.Kind is CPrimitiveKind.Short or CPrimitiveKind.UShort or CPrimitiveKind.Int or CPrimitiveKind.UInt or CPrimitiveKind.Long
            or CPrimitiveKind.ULong or CPrimitiveKind.LongLong or CPrimitiveKind.ULongLong,
        CEnumRef => true,
        _ => false,
    };

    private static bool ReturnsVoidOrInteger(CApi api, CFunction f) =>
        api.StripTypedefs(f.ReturnType) is CPrimitiveType { Kind: CPrimitiveKind.Void } || IsInteger(api, f.ReturnType);

    /// <summary>Matches a name against a config pattern: a glob or a /regex/, as <c>--include</c> takes them.</summary>
    public static bool Glob(string pattern, string name) => NamePattern.Parse(pattern, out _)?.Matches(name) == true;
}
