using System.Text.Json;
using System.Text.Json.Serialization;

namespace BindGen.Core;

/// <summary>
/// What the safe-wrapper layer cannot guess from naming conventions (<c>--safe-config FILE.json</c>). Conventions are
/// guesses; this file wins.
/// </summary>
public sealed record SafeWrapperConfig
{
    /// <summary>Handle type (C record or typedef name) → the function that releases it (overrides the guess).</summary>
    [JsonPropertyName("release")]
    public Dictionary<string, string> Release { get; set; } = [];

    /// <summary>Function → the function that frees the string it returns (the safe layer copies, then frees).</summary>
    [JsonPropertyName("owned_returns")]
    public Dictionary<string, string> OwnedReturns { get; set; } = [];

    /// <summary>Functions whose <c>char*</c>/<c>unsigned char*</c> return is a borrowed NUL-terminated string.</summary>
    [JsonPropertyName("string_returns")]
    public List<string> StringReturns { get; set; } = [];

    /// <summary>Function → names of pointer parameters the function writes (become <c>out T</c>).</summary>
    [JsonPropertyName("out_params")]
    public Dictionary<string, List<string>> OutParams { get; set; } = [];

    /// <summary>Integer-returning functions that return a status code, and which codes mean success.</summary>
    [JsonPropertyName("status")]
    public StatusConfig? Status { get; set; }

    /// <summary>Functions giving the message for a failure, tried in order: one taking the code, or one taking a handle.</summary>
    [JsonPropertyName("error_message")]
    public List<string> ErrorMessage { get; set; } = [];

    /// <summary>
    /// Functions whose callback parameter is only called during the call (the delegate is kept alive for the call only).
    /// Added to the names the convention recognizes (each, foreach, exec, visit, iterate, walk, sort, search...).
    /// Callbacks that C keeps after the call returns (handlers, hooks, registrations) are not wrapped.
    /// </summary>
    [JsonPropertyName("call_scoped_callbacks")]
    public List<string> CallScopedCallbacks { get; set; } = [];

    /// <summary>
    /// Functions that register a callback C keeps after the call → the function that unregisters it. The delegate stays
    /// alive until the unregister function runs, the same registration replaces it, or the handle it was registered on
    /// is released.
    /// </summary>
    [JsonPropertyName("registered_callbacks")]
    public Dictionary<string, string> RegisteredCallbacks { get; set; } = [];

    /// <summary>Integer-returning functions whose result is a boolean (0 false, anything else true).</summary>
    [JsonPropertyName("bool_returns")]
    public List<string> BoolReturns { get; set; } = [];

    /// <summary>
    /// Function (name, glob or /regex/) → the parameter C keeps after the call returns. Paired with a destructor-callback
    /// parameter, the safe layer gives C memory it owns (or the transient sentinel); without one, the parameter stays
    /// raw: the safe layer never hands a temporary to a parameter C may keep.
    /// </summary>
    [JsonPropertyName("retains")]
    public Dictionary<string, string> Retains { get; set; } = [];

    /// <summary>
    /// The value of the API's "copy it now" destructor sentinel (sqlite3's <c>SQLITE_TRANSIENT</c> is
    /// <c>((sqlite3_destructor_type)-1)</c>: -1). Set, retained data is passed from a temporary with this sentinel and
    /// the library copies it; unset, the safe layer copies into native memory C frees through the destructor.
    /// </summary>
    [JsonPropertyName("transient_destructor")]
    public long? TransientDestructor { get; set; }

    /// <summary>Function → the function freeing the strings it writes to its <c>char**</c> parameters (→ <c>out string?</c>).</summary>
    [JsonPropertyName("owned_out_strings")]
    public Dictionary<string, string> OwnedOutStrings { get; set; } = [];

    /// <summary>Names in the safe layer: <c>dotnet</c> (default: PascalCase without the library prefix) or <c>c</c> (C names).</summary>
    [JsonPropertyName("names")]
    public string Names { get; set; } = "dotnet";

    /// <summary>The static class of functions that take no handle first (default: the library name in PascalCase).</summary>
    [JsonPropertyName("class_name")]
    public string? ClassName { get; set; }

    /// <summary>The prefix removed from C names (default: the prefix shared by the library's functions, such as <c>sqlite3_</c>).</summary>
    [JsonPropertyName("prefix")]
    public string? Prefix { get; set; }

    /// <summary>Functions never wrapped.</summary>
    [JsonPropertyName("exclude")]
    public List<string> Exclude { get; set; } = [];

    /// <summary>Reads a config file; throws <see cref="JsonException"/> with line/column on bad JSON.</summary>
    public static SafeWrapperConfig Load(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), SafeWrapperConfigJson.Default.SafeWrapperConfig) ?? new SafeWrapperConfig();
}

/// <summary>Status-code functions: names (globs with <c>*</c>) and the codes that mean success.</summary>
public sealed record StatusConfig
{
    /// <summary>Function names or globs.</summary>
    [JsonPropertyName("functions")]
    public List<string> Functions { get; set; } = [];

    /// <summary>Success codes (default: 0).</summary>
    [JsonPropertyName("success")]
    public List<long> Success { get; set; } = [0];
}

[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SafeWrapperConfig))]
internal sealed partial class SafeWrapperConfigJson : JsonSerializerContext;
