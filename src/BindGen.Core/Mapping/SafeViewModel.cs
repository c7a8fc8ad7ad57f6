using System.Collections.Immutable;

namespace BindGen.Core.Mapping;

/// <summary>The safe-wrapper layer as templates see it.</summary>
public sealed record CsSafeApi
{
    /// <summary>Static class holding the safe overloads.</summary>
    public required string ClassName { get; init; }
    /// <summary>The raw layer's class.</summary>
    public required string RawClassName { get; init; }
    /// <summary>The exception type thrown for failure codes and NULL handles.</summary>
    public required string ExceptionName { get; init; }
    /// <summary>SafeHandle types.</summary>
    public ImmutableArray<CsSafeHandle> Handles { get; init; } = [];
    /// <summary>Safe overloads.</summary>
    public ImmutableArray<CsSafeFunction> Functions { get; init; } = [];
    /// <summary>True when some callback is registered beyond the call (emits the registry).</summary>
    public bool HasRegisteredCallbacks { get; init; }
    /// <summary>Delegate types and their trampolines.</summary>
    public ImmutableArray<CsSafeCallback> Callbacks { get; init; } = [];
    /// <summary>Raw functions freeing <c>out string?</c> results (each gets a managed-callable wrapper).</summary>
    public ImmutableArray<string> OutStringFrees { get; init; } = [];
    /// <summary>Destructors C calls to free retained data the safe layer copied into native memory, one per calling convention.</summary>
    public ImmutableArray<CsSafeFreeTrampoline> FreeTrampolines { get; init; } = [];
}

/// <summary>A SafeHandle over an opaque C type.</summary>
public sealed record CsSafeHandle
{
    /// <summary>C# class name.</summary>
    public required string Name { get; init; }
    /// <summary>The raw pointee type (the opaque struct).</summary>
    public required string RawType { get; init; }
    /// <summary>Raw function releasing it.</summary>
    public required string Release { get; init; }
    /// <summary>Raw function adding a reference, or null.</summary>
    public string? AddRef { get; init; }
    /// <summary>True when the add-reference function returns nothing (an incref): the clone wraps the same pointer.</summary>
    public bool AddRefReturnsVoid { get; init; }
    /// <summary>True when the struct is complete (a configured release function): a <c>Value</c> copy of its fields.</summary>
    public bool IsComplete { get; init; }
    /// <summary>Instance methods: safe functions taking this handle first.</summary>
    public ImmutableArray<CsSafeMethod> Methods { get; init; } = [];
    /// <summary>Doc lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}

/// <summary>An instance method forwarding to a safe function with the handle as first argument.</summary>
public sealed record CsSafeMethod(string Name, string Target, string ReturnType, ImmutableArray<CsSafeParameter> Parameters, ImmutableArray<string> Doc);

/// <summary>One safe overload.</summary>
public sealed record CsSafeFunction
{
    /// <summary>Method name (the C name).</summary>
    public required string Name { get; init; }
    /// <summary>Raw method called.</summary>
    public required string RawName { get; init; }
    /// <summary>plain, void, bool, string, owned_string, handle, status_void, status_code.</summary>
    public required string ReturnKind { get; init; }
    /// <summary>Safe return type.</summary>
    public required string ReturnType { get; init; }
    /// <summary>Raw return type.</summary>
    public required string RawReturnType { get; init; }
    /// <summary>True when the raw function returns void.</summary>
    public bool RawReturnsVoid { get; init; }
    /// <summary>Raw function freeing an owned string.</summary>
    public string? FreeFunction { get; init; }
    /// <summary>Handle class returned.</summary>
    public string? ReturnHandle { get; init; }
    /// <summary>Success codes as C# expressions of the raw return type.</summary>
    public ImmutableArray<string> SuccessValues { get; init; } = [];
    /// <summary>How to get the failure message, or null.</summary>
    public CsSafeError? Error { get; init; }
    /// <summary>Parameters in C order (hidden ones included, marked by kind).</summary>
    public ImmutableArray<CsSafeParameter> Parameters { get; init; } = [];
    /// <summary>The C name this overload wraps (differs from <see cref="Name"/> for Try variants).</summary>
    public string BaseName { get; init; } = "";
    /// <summary>True for the variant returning the status code instead of throwing.</summary>
    public bool IsTryVariant { get; init; }
    /// <summary>True for the overload taking UTF-8 spans instead of strings.</summary>
    public bool IsSpanVariant { get; init; }
    /// <summary>The handle parameter that keys registered callbacks (the first handle), or null.</summary>
    public string? RegistryKey { get; init; }
    /// <summary>The registering function whose callbacks this one unregisters (its first handle is the key), or null.</summary>
    public string? Unregisters { get; init; }
    /// <summary>The transient destructor sentinel passed with retained data (the library copies), or null (C owns a native copy).</summary>
    public string? TransientDestructor { get; init; }
    /// <summary>True when callbacks are involved (exceptions captured and rethrown).</summary>
    public bool HasCallbacks { get; init; }
    /// <summary>Doc lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}

/// <summary>How a failure message is obtained: call <see cref="Function"/> with the code, or with a handle argument.</summary>
/// <remarks><paramref name="Kind"/> "errno": no function; the message is the text of the error the import saved (SetLastError).</remarks>
public sealed record CsSafeError(string Function, string Kind, string? Argument, string? ArgumentType);

/// <summary>A parameter of a safe overload.</summary>
public sealed record CsSafeParameter
{
    /// <summary>plain, bool, string, string_span, handle, out_handle, out_value, buffer, buffer_length, callback, user_data, retained_string, retained_utf8, retained_span, retained_length, destructor, out_string, tail_offset, in_record, ref_record.</summary>
    public required string Kind { get; init; }
    /// <summary>Name.</summary>
    public required string Name { get; init; }
    /// <summary>Safe type (empty for hidden parameters).</summary>
    public required string Type { get; init; }
    /// <summary>Raw type.</summary>
    public required string RawType { get; init; }
    /// <summary>True when the raw type is <c>CLong</c> (a length is wrapped: <c>new CLong((nint)n)</c>).</summary>
    public bool RawIsCLong { get; init; }
    /// <summary>True when the raw type is <c>CULong</c> (a length is wrapped: <c>new CULong((nuint)n)</c>).</summary>
    public bool RawIsCULong { get; init; }
    /// <summary>A destructor passed as a trampoline: the trampoline's function pointer type (<c>delegate* unmanaged&lt;void*, void&gt;</c>).</summary>
    public string? TrampolineType { get; init; }
    /// <summary>Element type of a buffer.</summary>
    public string? ElementType { get; init; }
    /// <summary>Partner parameter name (buffer ↔ length, callback ↔ user data).</summary>
    public string? Partner { get; init; }
    /// <summary>Handle class.</summary>
    public string? HandleType { get; init; }
    /// <summary>Raw pointee type of a handle.</summary>
    public string? HandleRawType { get; init; }
    /// <summary>Delegate type of a callback.</summary>
    public string? Delegate { get; init; }
    /// <summary>For a callback kept after the call: the registering function (registry key), else null.</summary>
    public string? Registration { get; init; }
    /// <summary>Trampoline method of a callback, or the free function passed as a destructor.</summary>
    public string? Trampoline { get; init; }
    /// <summary>A destructor: the transient sentinel's value (the library copies), or null.</summary>
    public string? Transient { get; init; }
    /// <summary>An owned output string: the raw function freeing it.</summary>
    public string? Free { get; init; }
    /// <summary>The name without its keyword escape, for the locals derived from it (<c>@out</c> → <c>__out_added</c>).</summary>
    public string Local => Name.TrimStart('@');
    /// <summary>The partner's name without its keyword escape.</summary>
    public string? PartnerLocal => Partner?.TrimStart('@');
    /// <summary>True when visible in the safe signature.</summary>
    public bool IsVisible => Kind is not ("buffer_length" or "user_data" or "retained_length" or "destructor");
    /// <summary>"out ", "in ", "ref " or empty.</summary>
    public string Modifier => Kind switch
    {
        "out_handle" or "out_value" or "out_string" or "tail_offset" => "out ",
        "in_record" => "in ",
        "ref_record" => "ref ",
        _ => "",
    };
}

/// <summary>A managed delegate type for a C callback, and the trampoline C calls.</summary>
public sealed record CsSafeCallback
{
    /// <summary>Delegate name.</summary>
    public required string Name { get; init; }
    /// <summary>Trampoline name.</summary>
    public required string Trampoline { get; init; }
    /// <summary>Raw return type.</summary>
    public required string RawReturnType { get; init; }
    /// <summary>Safe return type.</summary>
    public required string ReturnType { get; init; }
    /// <summary>True when the C callback returns void.</summary>
    public bool RawReturnsVoid { get; init; }
    /// <summary>True when the C callback returns <c>_Bool</c>: the delegate's bool becomes the raw byte.</summary>
    public bool ReturnsCBool { get; init; }
    /// <summary>Calling convention type for UnmanagedCallersOnly; empty when the function pointer type names none.</summary>
    public required string CallConvType { get; init; }
    /// <summary>Parameters of the C callback; the user-data one has kind user_data.</summary>
    public ImmutableArray<CsSafeParameter> Parameters { get; init; } = [];
    /// <summary>Doc lines.</summary>
    public ImmutableArray<string> Doc { get; init; } = [];
}
