using System.Collections.Immutable;
using BindGen.Core.Diagnostics;
using BindGen.Core.Mapping.Rules;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Maps a <see cref="CRecord"/> to a <see cref="CsStruct"/> whose layout equals C's, member by member; the concerns live
/// in their own types: the layout kind (<see cref="RecordLayout"/>), over-alignment (<see cref="AlignmentOverlay"/>),
/// bitfield words and accessors (<see cref="BitfieldStorage"/>, <see cref="BitfieldMapper"/>), anonymous members
/// (<see cref="AnonymousMembers"/>), spellings (<see cref="RecordSpellings"/>). A member C# cannot represent turns the
/// record into an opaque blob of C's size and alignment, with a warning.
/// </summary>
public sealed class RecordMapper(TypeMapper types, RecordNames names, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (long Size, long Align)> _netLayouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CsStruct> _mapped = new(StringComparer.Ordinal);
    private readonly AnonymousMembers _anonymous = new(names);
    private readonly BitfieldMapper _bitfields = new(types);
    private readonly AlignmentOverlay _overlay = new(types);
    private readonly RecordSpellings _spellings = new(types, names);

    /// <summary>Maps a top-level or nested record (once: a record mapped early, because another embeds it, is reused).</summary>
    public CsStruct Map(CRecord record)
    {
        if (_mapped.TryGetValue(record.Key, out var done)) return done;
        var mapped = MapOnce(record);
        _mapped[record.Key] = mapped;
        return mapped;
    }

    private CsStruct MapOnce(CRecord record)
    {
        var name = names.SimpleNames[record.Key];
        var nativeName = _spellings.NativeSpelling(record, name);
        if (record.IsOpaque && record.Size > 0)
        {
            // Made opaque by the user: no fields, but C's size and alignment, so callers can still allocate it.
            return Blob(record, name, nativeName) with { IsOpaque = true };
        }
        if (!record.IsComplete)
        {
            _netLayouts[record.Key] = (1, 1);
            return new CsStruct { Name = name, NativeTypeName = nativeName, LayoutKind = "Sequential", IsOpaque = true, Doc = DocComments.Lines(record.Comment) };
        }

        if (LayoutDispute.Find(record, types) is { } dispute)
        {
            // gcc and clang lay it out differently: no size from libclang can be trusted, so no size at all (pointers only).
            diagnostics.Add(DiagnosticCodes.CompilersDisagreeOnLayout, record.Location,
                $"'{_spellings.DisplayName(record)}': {dispute}; gcc and clang disagree on its layout, so it is emitted as an opaque struct to use through pointers only");
            _netLayouts[record.Key] = (1, 1);
            return new CsStruct { Name = name, NativeTypeName = nativeName, LayoutKind = "Sequential", IsOpaque = true, Doc = DocComments.Lines(record.Comment) };
        }

        if (FirstUnrepresentable(record) is { } problem)
        {
            diagnostics.Add(DiagnosticCodes.OpaqueBlob, record.Location, $"'{_spellings.DisplayName(record)}': member {problem}; the record is emitted as an opaque blob of {record.Size} bytes aligned to {record.Align}");
            return Blob(record, name, nativeName);
        }

        // Sized for the fields; the kinds of member most records have none of start empty.
        var fields = ImmutableArray.CreateBuilder<CsField>(record.Fields.Length);
        var bitfields = ImmutableArray.CreateBuilder<CsBitfield>(0);
        var forwards = ImmutableArray.CreateBuilder<CsForward>(0);
        var nested = ImmutableArray.CreateBuilder<CsStruct>(0);
        var buffers = ImmutableArray.CreateBuilder<CsFixedBuffer>(0);
        var flexible = ImmutableArray.CreateBuilder<CsFlexibleArray>(0);
        var zeroSize = ImmutableArray.CreateBuilder<CsZeroSizeMember>(0);
        var layoutItems = new List<(long Offset, long Size, long Align)>(record.Fields.Length);
        var memberTypes = _anonymous.MemberTypes(record.Key, record.Fields.Length);
        bool hasBitfields = false;

        var nestedByKey = new Dictionary<string, CsStruct>(StringComparer.Ordinal);
        foreach (var childKey in names.Children.GetValueOrDefault(record.Key) ?? [])
        {
            var child = Map(types.Api.Record(childKey));
            nestedByKey[childKey] = child;
            nested.Add(child);
        }

        var runs = BitfieldStorage.Plan(record, t => types.NativeLayout(t).Size);
        var splitStorages = ImmutableArray.CreateBuilder<CsSplitStorage>(0);
        int storageIndex = 0, unnamedIndex = 0;
        for (int i = 0; i < record.Fields.Length; i++)
        {
            var field = record.Fields[i];
            if (field.BitWidth is not null)
            {
                hasBitfields = true;
                if (field.Name.Length == 0 && field.BitWidth > 0)
                {
                    // gcc counts an unnamed bitfield as an integer member when it passes the record by value (clang does
                    // not: SysVPassing): a private byte in each eightbyte it covers makes .NET see an integer there too.
                    foreach (var at in BitfieldStorage.UnnamedBytes(field, runs.Values))
                    {
                        fields.Add(new CsField($"_unnamed{++unnamedIndex}", CsPrimitiveType.Byte.Text, null, at, IsPublic: false));
                        layoutItems.Add((at, 1, 1));
                    }
                    continue;
                }
                if (!runs.TryGetValue(i, out var run)) continue;
                var storage = $"_bitfield{storageIndex + 1}";
                storageIndex++;
                if (run.IsSplit)
                {
                    var parts = run.Parts.Select((p, n) => new CsStoragePart($"{storage}_{n}", p.Type.Text, p.Shift)).ToImmutableArray();
                    foreach (var (part, csPart) in run.Parts.Zip(parts))
                    {
                        fields.Add(new CsField(csPart.Name, part.Type.Text, null, part.Offset, IsPublic: false));
                        layoutItems.Add((part.Offset, part.Size, part.Size));
                    }
                    splitStorages.Add(new CsSplitStorage(storage, run.StorageType.Text, run.StorageSize, parts));
                }
                else
                {
                    fields.Add(new CsField(storage, run.StorageType.Text, null, run.ByteOffset));
                    layoutItems.Add((run.ByteOffset, run.StorageSize, run.StorageSize));
                }
                foreach (var member in run.Members) bitfields.Add(_bitfields.Map(record.Fields[member], storage, run));
                continue;
            }

            long offset = field.OffsetBits / 8;
            var fieldName = RecordSpellings.MemberName(field.Name, name);
            if (field.IsAnonymousMember)
            {
                var key = ((CRecordRef)field.Type).Key;
                var memberName = names.MemberFieldNames[key];
                var child = nestedByKey[key];
                // C reaches the zero-length arrays and 0-byte members of an anonymous member directly: their accessors move
                // up into this record, at their offset in it.
                _anonymous.LiftTailMembers(record.Key, child, key, offset, flexible, zeroSize);
                // An anonymous member of no size (struct { int marker[0]; };) gets no field, which would move what follows.
                if (types.Api.Record(key).Size == 0) continue;
                memberTypes[memberName] = new AnonymousMembers.MemberType(new CsNamedType(child.Name) { NestedIn = record.Key }, IsAnonymousMember: true);
                fields.Add(new CsField(memberName, child.Name, null, offset));
                layoutItems.Add((offset, _netLayouts[key].Size, _netLayouts[key].Align));
                _anonymous.AddForwards(forwards, child, key, memberName);
                continue;
            }

            if (types.StripTypedefs(field.Type) is CArrayType { Length: null or 0 } tail && !IsZeroSize(tail.Element))
            {
                // A flexible array member has no storage in C's sizeof: an accessor over the tail instead of a field. So has
                // a GNU zero-length array (T x[0]), in the middle of a record as at its end (see test-headers/records/zero_length.h).
                CsType elementType;
                if (types.StripTypedefs(tail.Element) is CArrayType inner)
                {
                    elementType = new CsNamedType($"_{field.Name}_e__FixedBuffer") { NestedIn = record.Key };
                    FixedBuffers(inner, (CsNamedType)elementType, buffers, record.Key);
                }
                else elementType = FieldType(tail.Element);
                memberTypes[fieldName] = new AnonymousMembers.MemberType(elementType);
                flexible.Add(new CsFlexibleArray(fieldName, elementType.Text, RecordSpellings.CommentSpelling(field.Type), offset) { IsZeroLength = tail.Length == 0, HasPointerElement = elementType.IsPointer });
                continue;
            }

            if (IsZeroSize(field.Type))
            {
                // A member C gives no storage (a 0-byte record, arrays of them): a C# field is at least one byte and would move
                // what follows, so a ref property at C's offset instead.
                var target = types.StripTypedefs(field.Type);
                while (target is CArrayType a) target = types.StripTypedefs(a.Element);
                var type = FieldType(target);
                memberTypes[fieldName] = new AnonymousMembers.MemberType(type);
                zeroSize.Add(new CsZeroSizeMember(fieldName, type.Text, RecordSpellings.CommentSpelling(field.Type), offset) { HasPointerType = type.IsPointer });
                continue;
            }

            if (types.StripTypedefs(field.Type) is CArrayType array)
            {
                var buffer = new CsNamedType($"_{field.Name}_e__FixedBuffer") { NestedIn = record.Key };
                FixedBuffers(array, buffer, buffers, record.Key);
                memberTypes[fieldName] = new AnonymousMembers.MemberType(buffer);
                var bufferText = buffer.Text;
                fields.Add(new CsField(fieldName, bufferText, Native(field.Type, bufferText), offset) { Doc = DocComments.Lines(field.Comment) });
                var (s, a) = NetLayout(field.Type);
                layoutItems.Add((offset, s, a));
                continue;
            }

            var mapped = FieldType(field.Type);
            memberTypes[fieldName] = new AnonymousMembers.MemberType(mapped);
            var text = mapped.Text;
            fields.Add(new CsField(fieldName, text, Native(field.Type, text), offset) { Doc = DocComments.Lines(field.Comment) });
            var (size, align) = NetLayout(field.Type);
            layoutItems.Add((offset, size, align));
        }

        // Anonymous records nested in another are reached only through it, which handles their members: no warning for them.
        if (record.Size == 0 && (record.Name.Length > 0 || record.ParentKey is null))
        {
            diagnostics.Add(DiagnosticCodes.ZeroSizeRecord, record.Location,
                $"'{_spellings.DisplayName(record)}' has size 0 in C (a GNU extension); the C# struct has 1 byte: records containing it keep C's offsets (a ref property instead of a field), but do not rely on sizeof or arrays of it");
        }
        var layout = RecordLayout.Choose(record, layoutItems, hasBitfields);
        bool hasAlignedAllocation = false;
        if (layout.NetAlign < record.Align && record.Size > 0)
        {
            // C over-aligns the record (aligned attribute, _Alignas, or a flexible array of a wider type). .NET has no
            // alignment attribute, but a struct is as aligned as its most aligned field: overlay a private field of the
            // required alignment at offset 0 (Int128 is 16-aligned on every 64-bit target .NET supports).
            if (_overlay.TypeFor(record) is { } alignType)
            {
                fields.Insert(0, new CsField("_alignment", alignType.Text, null, 0, IsPublic: false));
                layout = layout with { Kind = "Explicit", Pack = 0, Size = record.Size, NetSize = record.Size, NetAlign = Math.Min(record.Align, 16) };
            }
            if (record.Align > 16)
            {
                // The best .NET allows: 16-byte alignment, C's exact size and offsets (so it sits where C puts it in other
                // records), and allocation helpers giving native memory aligned as C requires (docs/abi.md).
                hasAlignedAllocation = !AlignedAllocationNames.Any(n => fields.Any(f => f.Name == n) || bitfields.Any(b => b.Name == n)
                    || forwards.Any(f => f.Name == n) || flexible.Any(f => f.Name == n) || zeroSize.Any(z => z.Name == n) || n == name);
                var helpers = hasAlignedAllocation ? $"{name}.AllocateAligned gives memory aligned to {record.Align}" : "allocate it with NativeMemory.AlignedAlloc";
                diagnostics.Add(DiagnosticCodes.UnsupportedAlignment, record.Location,
                    $"'{nativeName ?? name}' is aligned to {record.Align} bytes in C; .NET aligns it to {layout.NetAlign}: its size and field offsets are exact and {helpers}, but an instance on the stack, in a managed array or inside a managed object may be under-aligned for C code that relies on it");
            }
        }
        _netLayouts[record.Key] = (layout.NetSize, layout.NetAlign);
        if (record.Name.Length > 0 || record.ParentKey is null)
        {
            if (SysVPassing.FollowsGccNotClang(record, types) is { } disagreement)
                diagnostics.Add(DiagnosticCodes.CompilersDisagreeOnPassing, record.Location, $"'{_spellings.DisplayName(record)}' passed by value: {disagreement}; the bindings follow gcc");
        }
        return new CsStruct
        {
            Name = name,
            NativeTypeName = nativeName,
            LayoutKind = layout.Kind,
            Pack = layout.Pack,
            Size = layout.Size,
            NativeSize = record.Size,
            NativeAlign = record.Align,
            Fields = layout.Kind == "Explicit" ? fields.ToImmutable() : [.. fields.Select(f => f with { Offset = -1 })],
            Bitfields = bitfields.ToImmutable(),
            SplitStorages = splitStorages.ToImmutable(),
            Forwards = forwards.ToImmutable(),
            Nested = nested.ToImmutable(),
            FixedBuffers = buffers.ToImmutable(),
            FlexibleArrays = flexible.ToImmutable(),
            ZeroSizeMembers = zeroSize.ToImmutable(),
            HasAlignedAllocation = hasAlignedAllocation,
            Doc = DocComments.Lines(record.Comment),
        };
    }

    /// <summary>The members templates/struct.scriban adds to a record aligned to more than 16 bytes.</summary>
    private static readonly string[] AlignedAllocationNames = ["NativeAlignment", "AllocateAligned", "FreeAligned"];

    /// <summary>True when C gives the type no storage: a complete 0-byte record (GNU C), or an array with a 0 dimension or of such records.</summary>
    private bool IsZeroSize(CType type) => types.StripTypedefs(type) switch
    {
        CArrayType a => a.Length == 0 || IsZeroSize(a.Element),
        CRecordRef r => types.Api.Record(r.Key) is { IsComplete: true, Size: 0 },
        _ => false,
    };

    private static string? Native(CType type, string csText) => NativeSpellings.For(type, csText);

    private CsType FieldType(CType type) => types.Map(type, TypePosition.Field).Type ?? CsPrimitiveType.Byte;

    /// <summary>Emits the inline array struct(s) for an array field, <paramref name="buffer"/> outermost, declared in the record <paramref name="parentKey"/>.</summary>
    private void FixedBuffers(CArrayType array, CsNamedType buffer, ImmutableArray<CsFixedBuffer>.Builder buffers, string parentKey)
    {
        CsType elementType;
        if (types.StripTypedefs(array.Element) is CArrayType inner)
        {
            var innerBuffer = new CsNamedType(buffer.Name + "_1") { NestedIn = parentKey };
            FixedBuffers(inner, innerBuffer, buffers, parentKey);
            elementType = innerBuffer;
        }
        else elementType = FieldType(array.Element);
        buffers.Add(new CsFixedBuffer(buffer.Name, array.Length ?? 0, elementType.Text) { HasPointerElement = elementType.IsPointer });
    }

    private (long Size, long Align) NetLayout(CType type)
    {
        switch (types.StripTypedefs(type))
        {
            case CRecordRef r when _netLayouts.TryGetValue(r.Key, out var known):
                return known;
            case CRecordRef r:
            {
                var record = types.Api.Record(r.Key);
                if (names.SimpleNames.ContainsKey(r.Key) && record.ParentKey is null) Map(record);
                return _netLayouts.TryGetValue(r.Key, out var computed) ? computed : (record.Size, record.Align);
            }
            case CArrayType a:
            {
                var (s, al) = NetLayout(a.Element);
                return (s * (a.Length ?? 0), al);
            }
            default:
                return types.NativeLayout(type);
        }
    }

    private string? FirstUnrepresentable(CRecord record)
    {
        foreach (var field in record.Fields)
        {
            if (field.IsAnonymousMember) continue;
            if (field.BitWidth > 64 && field.Name.Length > 0)
                return $"'{field.Name}' is a bitfield of {field.BitWidth} bits (C# accessors go up to 64)";
            var type = types.StripTypedefs(field.Type);
            while (type is CArrayType a) type = types.StripTypedefs(a.Element);
            if (type is CRecordRef) continue;
            var mapped = types.Map(type, TypePosition.Field);
            if (!mapped.IsMapped) return $"'{(field.Name.Length > 0 ? field.Name : "<unnamed>")}' of type {mapped.Unsupported}";
        }
        return null;
    }

    private CsStruct Blob(CRecord record, string name, string? nativeName)
    {
        long unit = Math.Clamp(record.Align, 1, 16);
        if (record.Align > 16)
        {
            diagnostics.Add(DiagnosticCodes.UnsupportedAlignment, record.Location,
                $"'{_spellings.DisplayName(record)}' is aligned to {record.Align} bytes in C; .NET aligns its blob to 16: its size is exact, but an instance C# allocates may be under-aligned for C code that relies on it");
        }
        var unitType = CsPrimitiveType.UnsignedOfSize(unit);
        long count = Math.Max(1, record.Size / unit);
        _netLayouts[record.Key] = (count * unit, unit);
        return new CsStruct
        {
            Name = name,
            NativeTypeName = nativeName,
            LayoutKind = "Sequential",
            NativeSize = record.Size,
            NativeAlign = record.Align,
            Fields = [new CsField("_data", "_data_e__FixedBuffer", null, -1, IsPublic: false)],
            FixedBuffers = [new CsFixedBuffer("_data_e__FixedBuffer", count, unitType.Text)],
            Doc = DocComments.Lines(record.Comment),
        };
    }


}
