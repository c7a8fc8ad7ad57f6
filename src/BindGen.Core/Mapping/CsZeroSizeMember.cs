namespace BindGen.Core.Mapping;

/// <summary>
/// A member C gives no storage (a 0-byte GNU record, <c>struct empty {}</c>, or an array of them): a C# struct is at
/// least one byte, so a field would move every later member. Instead a <c>ref</c> property reaches the member at C's offset.
/// </summary>
/// <param name="Name">The member name.</param>
/// <param name="Type">The C# type the property refers to (the innermost element type for an array).</param>
/// <param name="NativeTypeName">The C spelling of the member's type.</param>
/// <param name="Offset">Byte offset of the member from the start of the record.</param>
public sealed record CsZeroSizeMember(string Name, string Type, string NativeTypeName, long Offset)
{
    /// <summary>True when the type is a pointer or function pointer (not valid as a type argument; <see cref="CsType.IsPointer"/>).</summary>
    public bool HasPointerType { get; init; }
}
