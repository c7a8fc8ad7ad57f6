namespace BindGen.Tests.Abi;

/// <summary>A member of a C record as clang declares it: a named field (maybe a bitfield or a flexible array), or an anonymous struct/union member.</summary>
/// <param name="Inner">The members of the anonymous record this member is, or whose type it has (<c>struct { int x; } pos;</c>).</param>
/// <param name="UsesRecord">The C spelling of the named record the member holds by value (alone or in an array), or null.</param>
public sealed record CProbeField(string Name, int? BitWidth, bool IsFlexible, bool IsAnonymousMember, IReadOnlyList<CProbeField>? Inner, string? UsesRecord = null);
