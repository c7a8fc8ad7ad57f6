namespace BindGen.Tests.Abi;

/// <summary>
/// A complete named C record: how C code spells its type (<c>struct tag</c>, <c>union tag</c>, or the typedef name of an
/// untagged one), its tag or typedef name, where it is defined, whether that is one of the library's files, and its members.
/// <see cref="Size"/> is clang's, used only to know a 0-byte record (what is measured comes from cc).
/// </summary>
public sealed record CProbeRecord(string CSpelling, string Name, string File, int Line, bool InLibrary, IReadOnlyList<CProbeField> Fields, long Size = -1);
