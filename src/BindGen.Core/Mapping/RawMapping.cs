namespace BindGen.Core.Mapping;

/// <summary>What <see cref="ApiMapper"/> produced: the raw layer's view model, and the type mapper (with the C# names of the emitted types) the safe layer maps with.</summary>
/// <param name="Api">The raw layer.</param>
/// <param name="Types">The type mapper the raw layer was mapped with.</param>
public sealed record RawMapping(CsApi Api, TypeMapper Types)
{
    /// <summary>The C names of the functions the raw layer binds (a function called through the shim by its C name too).</summary>
    public IReadOnlySet<string> BoundFunctionNames() =>
        Api.Functions.Select(f => f.CName.Length > 0 ? f.CName : f.EntryPoint).ToHashSet(StringComparer.Ordinal);
}
