using System.Collections.Immutable;

namespace BindGen.Core.Mapping;

/// <summary>
/// Anonymous members (<c>struct { union { int a; float b; }; }</c>): C reaches their members as members of the record
/// that holds them, so the record gets forwarding properties (<c>a</c> → <c>Anonymous.a</c>), and the accessors of their
/// flexible arrays and 0-byte members move up into it. Types a nested struct declares (its inline arrays, its anonymous
/// members' structs) are qualified when used outside it. All of this works on the C# type values of the members of the
/// records mapped so far (by record key and member name), never on the view model's text.
/// </summary>
internal sealed class AnonymousMembers(RecordNames names)
{
    private readonly Dictionary<string, Dictionary<string, MemberType>> _memberTypes = new(StringComparer.Ordinal);

    /// <summary>The C# type of a member; <paramref name="IsAnonymousMember"/> for the field holding an anonymous member record.</summary>
    public readonly record struct MemberType(CsType Type, bool IsAnonymousMember = false);

    /// <summary>The member-type table of the record <paramref name="recordKey"/> of <paramref name="fields"/> fields, to fill while mapping it.</summary>
    public Dictionary<string, MemberType> MemberTypes(string recordKey, int fields) =>
        _memberTypes[recordKey] = new Dictionary<string, MemberType>(fields, StringComparer.Ordinal);

    /// <summary>
    /// Moves the flexible arrays and 0-byte members of the anonymous member <paramref name="child"/> (key
    /// <paramref name="childKey"/>, at byte <paramref name="offset"/>) up into the record <paramref name="recordKey"/>.
    /// </summary>
    public void LiftTailMembers(string recordKey, CsStruct child, string childKey, long offset,
        ImmutableArray<CsFlexibleArray>.Builder flexible, ImmutableArray<CsZeroSizeMember>.Builder zeroSize)
    {
        var memberTypes = _memberTypes[recordKey];
        foreach (var fa in child.FlexibleArrays)
        {
            var element = Qualify(childKey, _memberTypes[childKey][fa.Name].Type);
            memberTypes[fa.Name] = new MemberType(element);
            flexible.Add(fa with { ElementType = element.Text, Offset = offset + fa.Offset });
        }
        foreach (var z in child.ZeroSizeMembers)
        {
            var type = Qualify(childKey, _memberTypes[childKey][z.Name].Type);
            memberTypes[z.Name] = new MemberType(type);
            zeroSize.Add(z with { Type = type.Text, Offset = offset + z.Offset });
        }
    }

    /// <summary>The forwarding properties for the members of the anonymous member <paramref name="child"/>, reached through <paramref name="path"/>.</summary>
    public void AddForwards(ImmutableArray<CsForward>.Builder forwards, CsStruct child, string childKey, string path)
    {
        // A child mapped as an opaque blob has no public fields, and no member types.
        var childTypes = _memberTypes.GetValueOrDefault(childKey) ?? new Dictionary<string, MemberType>(StringComparer.Ordinal);
        foreach (var f in child.Fields)
        {
            if (!f.IsPublic || f.Name.StartsWith("_bitfield", StringComparison.Ordinal)) continue;
            var member = childTypes[f.Name];
            if (member.IsAnonymousMember) continue;
            forwards.Add(new CsForward(f.Name, Qualify(childKey, member.Type).Text, $"{path}.{f.Name}", false));
        }
        foreach (var b in child.Bitfields) forwards.Add(new CsForward(b.Name, b.Type, $"{path}.{b.Name}", true));
        foreach (var fw in child.Forwards) forwards.Add(fw with { Path = $"{path}.{fw.Path}" });
    }

    // A type nested in the child, used from the parent (or from any record further out, through forwards of forwards),
    // is qualified with the child's full name.
    private CsType Qualify(string childKey, CsType type) =>
        type is CsNamedType { NestedIn: { } declaredIn } nested && declaredIn == childKey ? new CsNamedType(names.TypeNames[childKey] + "." + nested.Name) : type;
}
