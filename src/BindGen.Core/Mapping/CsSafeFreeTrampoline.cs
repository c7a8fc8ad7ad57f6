namespace BindGen.Core.Mapping;

/// <summary>An <c>[UnmanagedCallersOnly]</c> destructor freeing native memory the safe layer allocated for C to keep.</summary>
public sealed record CsSafeFreeTrampoline(string Name, string CallConvType);
