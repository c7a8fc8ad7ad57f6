using System.Collections.Immutable;
using System.Globalization;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Maps a <see cref="CRecord"/> to a <see cref="CsStruct"/> whose layout equals C's: Sequential when .NET's sequential
/// layout reproduces libclang's offsets, Sequential with Pack when packing does, Explicit with offsets otherwise
/// (always for unions and bitfields). A member C# cannot represent turns the record into an opaque blob of C's size
/// and alignment, with a warning.
/// </summary>
public sealed class RecordMapper(TypeMapper types, RecordNames names, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (long Size, long Align)> _netLayouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CsStruct> _mapped = new(StringComparer.Ordinal);
    // The C# type of each field, flexible array and zero-size member of the records mapped so far, by record key and member
    // name: records holding an anonymous member reach into it by these values, not by re-reading the view model's text.
    private readonly Dictionary<string, Dictionary<string, MemberType>> _memberTypes = new(StringComparer.Ordinal);

    /// <summary>The C# type of a member; <paramref name="IsAnonymousMember"/> for the field holding an anonymous member record.</summary>
    private readonly record struct MemberType(CsType Type, bool IsAnonymousMember = false);

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
        var nativeName = NativeSpelling(record, name);
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

        if (FirstUnrepresentable(record) is { } problem)
        {
            diagnostics.Add(DiagnosticCodes.OpaqueBlob, record.Location, $"'{DisplayName(record)}': member {problem}; the record is emitted as an opaque blob of {record.Size} bytes aligned to {record.Align}");
            return Blob(record, name, nativeName);
        }

        var fields = ImmutableArray.CreateBuilder<CsField>();
        var bitfields = ImmutableArray.CreateBuilder<CsBitfield>();
        var forwards = ImmutableArray.CreateBuilder<CsForward>();
        var nested = ImmutableArray.CreateBuilder<CsStruct>();
        var buffers = ImmutableArray.CreateBuilder<CsFixedBuffer>();
        var flexible = ImmutableArray.CreateBuilder<CsFlexibleArray>();
        var zeroSize = ImmutableArray.CreateBuilder<CsZeroSizeMember>();
        var layoutItems = new List<(long Offset, long Size, long Align)>();
        var memberTypes = new Dictionary<string, MemberType>(StringComparer.Ordinal);
        _memberTypes[record.Key] = memberTypes;
        bool hasBitfields = false;

        var nestedByKey = new Dictionary<string, CsStruct>(StringComparer.Ordinal);
        foreach (var childKey in names.Children.GetValueOrDefault(record.Key) ?? [])
        {
            var child = Map(types.Api.Record(childKey));
            nestedByKey[childKey] = child;
            nested.Add(child);
        }

        var runs = BitfieldStorage.Plan(record, t => types.NativeLayout(t).Size);
        var splitStorages = ImmutableArray.CreateBuilder<CsSplitStorage>();
        int storageIndex = 0;
        for (int i = 0; i < record.Fields.Length; i++)
        {
            var field = record.Fields[i];
            if (field.BitWidth is not null)
            {
                hasBitfields = true;
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
                foreach (var member in run.Members) bitfields.Add(Bitfield(record.Fields[member], storage, run));
                continue;
            }

            long offset = field.OffsetBits / 8;
            var fieldName = MemberName(field.Name, name);
            if (field.IsAnonymousMember)
            {
                var key = ((CRecordRef)field.Type).Key;
                var memberName = names.MemberFieldNames[key];
                var child = nestedByKey[key];
                // C reaches the zero-length arrays and 0-byte members of an anonymous member directly: their accessors move
                // up into this record, at their offset in it.
                foreach (var fa in child.FlexibleArrays)
                {
                    var element = QualifyNested(key, _memberTypes[key][fa.Name].Type);
                    memberTypes[fa.Name] = new MemberType(element);
                    flexible.Add(fa with { ElementType = element.Text, Offset = offset + fa.Offset });
                }
                foreach (var z in child.ZeroSizeMembers)
                {
                    var type = QualifyNested(key, _memberTypes[key][z.Name].Type);
                    memberTypes[z.Name] = new MemberType(type);
                    zeroSize.Add(z with { Type = type.Text, Offset = offset + z.Offset });
                }
                // An anonymous member of no size (struct { int marker[0]; };) gets no field, which would move what follows.
                if (types.Api.Record(key).Size == 0) continue;
                memberTypes[memberName] = new MemberType(new CsNamedType(child.Name) { NestedIn = record.Key }, IsAnonymousMember: true);
                fields.Add(new CsField(memberName, child.Name, null, offset));
                layoutItems.Add((offset, _netLayouts[key].Size, _netLayouts[key].Align));
                AddForwards(forwards, child, key, memberName);
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
                memberTypes[fieldName] = new MemberType(elementType);
                flexible.Add(new CsFlexibleArray(fieldName, elementType.Text, CommentSpelling(field.Type), offset) { IsZeroLength = tail.Length == 0, HasPointerElement = elementType.IsPointer });
                continue;
            }

            if (IsZeroSize(field.Type))
            {
                // A member C gives no storage (a 0-byte record, arrays of them): a C# field is at least one byte and would move
                // what follows, so a ref property at C's offset instead.
                var target = types.StripTypedefs(field.Type);
                while (target is CArrayType a) target = types.StripTypedefs(a.Element);
                var type = FieldType(target);
                memberTypes[fieldName] = new MemberType(type);
                zeroSize.Add(new CsZeroSizeMember(fieldName, type.Text, CommentSpelling(field.Type), offset) { HasPointerType = type.IsPointer });
                continue;
            }

            if (types.StripTypedefs(field.Type) is CArrayType array)
            {
                var buffer = new CsNamedType($"_{field.Name}_e__FixedBuffer") { NestedIn = record.Key };
                FixedBuffers(array, buffer, buffers, record.Key);
                memberTypes[fieldName] = new MemberType(buffer);
                fields.Add(new CsField(fieldName, buffer.Text, Native(field.Type, buffer.Text), offset) { Doc = DocComments.Lines(field.Comment) });
                var (s, a) = NetLayout(field.Type);
                layoutItems.Add((offset, s, a));
                continue;
            }

            var mapped = FieldType(field.Type);
            memberTypes[fieldName] = new MemberType(mapped);
            fields.Add(new CsField(fieldName, mapped.Text, Native(field.Type, mapped.Text), offset) { Doc = DocComments.Lines(field.Comment) });
            var (size, align) = NetLayout(field.Type);
            layoutItems.Add((offset, size, align));
        }

        // Anonymous records nested in another are reached only through it, which handles their members: no warning for them.
        if (record.Size == 0 && (record.Name.Length > 0 || record.ParentKey is null))
        {
            diagnostics.Add(DiagnosticCodes.ZeroSizeRecord, record.Location,
                $"'{DisplayName(record)}' has size 0 in C (a GNU extension); the C# struct has 1 byte: records containing it keep C's offsets (a ref property instead of a field), but do not rely on sizeof or arrays of it");
        }
        var layout = ChooseLayout(record, layoutItems, hasBitfields);
        if (layout.NetAlign < record.Align && record.Size > 0)
        {
            // C over-aligns the record (aligned attribute, _Alignas, or a flexible array of a wider type). .NET has no
            // alignment attribute, but a struct is as aligned as its most aligned field: overlay a private field of the
            // required alignment at offset 0 (Int128 is 16-aligned on every 64-bit target .NET supports).
            if (record.Align is 2 or 4 or 8 or 16 && record.Size % record.Align == 0)
            {
                // The overlay must not change how the record travels by value: over bytes C fills only with float or
                // double members (an SSE eightbyte in the SysV ABI), a floating-point overlay keeps the class.
                bool floating = record.Align is 4 or 8 && FloatOnly(record, 0, record.Align);
                var alignType = record.Align switch
                {
                    2 => CsPrimitiveType.Short,
                    4 => floating ? CsPrimitiveType.Float : CsPrimitiveType.Int,
                    8 => floating ? CsPrimitiveType.Double : CsPrimitiveType.Long,
                    _ => CsPrimitiveType.Int128,
                };
                fields.Insert(0, new CsField("_alignment", alignType.Text, null, 0, IsPublic: false));
                layout = layout with { Kind = "Explicit", Pack = 0, Size = record.Size, NetSize = record.Size, NetAlign = record.Align };
            }
            else
            {
                diagnostics.Add(DiagnosticCodes.UnsupportedAlignment, record.Location,
                    $"'{nativeName ?? name}' is aligned to {record.Align} bytes in C; .NET aligns it to {layout.NetAlign}: its size and field offsets are exact, but an instance C# allocates may be under-aligned for C code that relies on it");
            }
        }
        _netLayouts[record.Key] = (layout.NetSize, layout.NetAlign);
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
            Doc = DocComments.Lines(record.Comment),
        };
    }

    /// <summary>The C spelling for a doc comment: never clang's name of an anonymous record, which holds a path.</summary>
    private static string CommentSpelling(CType type) => NativeSpellings.For(type, "") ?? "anonymous record type";

    /// <summary>True when C gives the type no storage: a complete 0-byte record (GNU C), or an array with a 0 dimension or of such records.</summary>
    private bool IsZeroSize(CType type) => types.StripTypedefs(type) switch
    {
        CArrayType a => a.Length == 0 || IsZeroSize(a.Element),
        CRecordRef r => types.Api.Record(r.Key) is { IsComplete: true, Size: 0 },
        _ => false,
    };

    /// <summary>True when the C members overlapping bytes [from, to) of the record are all float or double, and there is one.</summary>
    private bool FloatOnly(CRecord record, long from, long to)
    {
        bool any = false;
        foreach (var field in record.Fields)
        {
            long start = field.OffsetBits / 8;
            if (field.BitWidth is not null)
            {
                if (field.BitWidth > 0 && start < to && (field.OffsetBits + field.BitWidth.Value + 7) / 8 > from) return false;
                continue;
            }
            var type = types.StripTypedefs(field.Type);
            long elementSize = 0, count = 1;
            while (type is CArrayType a)
            {
                count *= a.Length ?? 0;
                type = types.StripTypedefs(a.Element);
            }
            elementSize = types.NativeLayout(type).Size;
            for (long k = 0; k < count; k++)
            {
                long s = start + k * elementSize, e = s + elementSize;
                if (e <= from || s >= to) continue;
                switch (type)
                {
                    case CPrimitiveType { Kind: CPrimitiveKind.Float or CPrimitiveKind.Double }:
                        any = true;
                        break;
                    case CRecordRef r when types.Api.Record(r.Key) is { IsComplete: true } inner:
                        if (!FloatOnly(inner, Math.Max(0, from - s), to - s)) return false;
                        any = true;
                        break;
                    default:
                        return false;
                }
            }
        }
        return any;
    }

    /// <summary>How a diagnostic names a record: its C spelling, or for an anonymous one, where it is nested.</summary>
    private string DisplayName(CRecord record)
    {
        var kind = record.IsUnion ? "union" : "struct";
        if (record.Name.Length > 0) return NativeSpelling(record, names.SimpleNames.GetValueOrDefault(record.Key) ?? record.Name) ?? record.Name;
        return record.ParentKey is { } parent ? $"anonymous {kind} in {DisplayName(types.Api.Record(parent))}" : $"anonymous {kind}";
    }

    private static string MemberName(string name, string enclosingType) =>
        name == enclosingType ? name + "_" : CsNames.Escape(name);

    private string? NativeSpelling(CRecord record, string csName)
    {
        if (record.Name.Length == 0) return null;
        // Records named through a typedef keep their typedef spelling; tagged ones read "struct tag".
        bool tagged = (_typedefsByName ??= types.Api.Typedefs.ToLookup(t => t.Name, StringComparer.Ordinal))[record.Name]
            .All(t => types.StripTypedefs(t.Underlying) is not CRecordRef r || r.Key != record.Key);
        // A renamed typedef-named record keeps its C name in NativeTypeName.
        return tagged ? (record.IsUnion ? "union " : "struct ") + record.Name : csName != record.Name ? record.Name : null;
    }

    // Typedefs by name, built once: scanning every typedef for every record was quadratic.
    private ILookup<string, CTypedef>? _typedefsByName;

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

    private void AddForwards(ImmutableArray<CsForward>.Builder forwards, CsStruct child, string childKey, string path)
    {
        // A child mapped as an opaque blob has no public fields, and no member types.
        var childTypes = _memberTypes.GetValueOrDefault(childKey) ?? new Dictionary<string, MemberType>(StringComparer.Ordinal);
        foreach (var f in child.Fields)
        {
            if (!f.IsPublic || f.Name.StartsWith("_bitfield", StringComparison.Ordinal)) continue;
            var member = childTypes[f.Name];
            if (member.IsAnonymousMember) continue;
            forwards.Add(new CsForward(f.Name, QualifyNested(childKey, member.Type).Text, $"{path}.{f.Name}", false));
        }
        foreach (var b in child.Bitfields) forwards.Add(new CsForward(b.Name, b.Type, $"{path}.{b.Name}", true));
        foreach (var fw in child.Forwards) forwards.Add(fw with { Path = $"{path}.{fw.Path}" });
    }

    // A type nested in the child, used from the parent (or from any record further out, through forwards of forwards),
    // is qualified with the child's full name.
    private CsType QualifyNested(string childKey, CsType type) =>
        type is CsNamedType { NestedIn: { } declaredIn } nested && declaredIn == childKey ? new CsNamedType(names.TypeNames[childKey] + "." + nested.Name) : type;

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
                $"'{DisplayName(record)}' is aligned to {record.Align} bytes in C; .NET aligns its blob to 16: its size is exact, but an instance C# allocates may be under-aligned for C code that relies on it");
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

    private CsBitfield Bitfield(CField field, string storage, BitfieldStorage.Run run)
    {
        int shift = (int)(field.OffsetBits - run.ByteOffset * 8);
        int width = field.BitWidth!.Value;
        var mask = "0x" + (width >= 64 ? ulong.MaxValue : (1UL << width) - 1).ToString("X", CultureInfo.InvariantCulture) + "UL";
        var type = types.StripTypedefs(field.Type);
        string kind;
        CsType csType;
        CsPrimitiveType? underlying = null;
        switch (type)
        {
            case CEnumRef e:
                csType = types.Map(type, TypePosition.Field).Type!;
                underlying = types.EnumUnderlying(e.Key);
                kind = underlying.IsSigned ? "signed_enum" : "enum";
                break;
            case CPrimitiveType { Kind: CPrimitiveKind.Bool }:
                csType = CsPrimitiveType.Byte;
                kind = "unsigned";
                break;
            case CPrimitiveType p:
            {
                // A bitfield's property has arithmetic: long is the target's integer, not the CLong struct.
                var mapped = types.Map(type, TypePosition.Field).Type!;
                if (mapped == CsPrimitiveType.CLong || mapped == CsPrimitiveType.CULong) mapped = types.IntegerType(p.Kind);
                bool signed = mapped is CsPrimitiveType { IsInteger: true, IsSigned: true } || p.Kind == CPrimitiveKind.Char && IsCharSigned();
                kind = signed ? "signed" : "unsigned";
                csType = p.Kind == CPrimitiveKind.Char && signed ? CsPrimitiveType.SByte : mapped;
                break;
            }
            default:
                csType = types.Map(type, TypePosition.Field).Type ?? CsPrimitiveType.UInt;
                kind = "unsigned";
                break;
        }
        return new CsBitfield
        {
            Name = CsNames.Escape(field.Name),
            Type = csType.Text,
            NativeTypeName = $"{field.Type.Spelling} : {width}",
            Storage = storage,
            StorageType = run.StorageType.Text,
            Shift = shift,
            Width = width,
            StorageBits = run.Bits,
            Mask = mask,
            Kind = kind,
            Underlying = underlying?.Text,
        };
    }

    private bool IsCharSigned()
    {
        var arch = types.Api.Target.Triple.Split('-')[0];
        return !(arch.StartsWith("arm", StringComparison.Ordinal) || arch.StartsWith("aarch64", StringComparison.Ordinal)) || types.Api.Target.Triple.Contains("apple", StringComparison.Ordinal) || types.Api.Target.IsWindows;
    }

    private sealed record LayoutChoice(string Kind, int Pack, long Size, long NetSize, long NetAlign);

    private static LayoutChoice ChooseLayout(CRecord record, List<(long Offset, long Size, long Align)> items, bool hasBitfields)
    {
        // A 0-byte record (GNU C) cannot be 0 bytes in C#: the smallest struct, 1 byte.
        if (record.Size == 0 && items.Count == 0) return new LayoutChoice("Sequential", 0, 0, 1, 1);
        long maxAlign = items.Count == 0 ? 1 : items.Max(i => i.Align);
        if (!record.IsUnion && !hasBitfields)
        {
            foreach (int pack in new[] { 0, 1, 2, 4, 8, 16 })
            {
                if (pack != 0 && pack >= maxAlign) break;
                var (ok, size, align) = Simulate(items, pack);
                if (ok && size == record.Size && (align == record.Align || record.Size == 0 && items.Count == 0))
                    return new LayoutChoice("Sequential", pack, 0, size, align);
                if (ok && size <= record.Size && align <= record.Align && record.Size % align == 0 && pack == 0)
                {
                    // Offsets match but C pads or over-aligns the end (aligned attribute): keep Sequential, fix the size.
                    return new LayoutChoice("Sequential", 0, record.Size, record.Size, align);
                }
            }
        }
        long effectiveAlign = Math.Min(maxAlign, Math.Max(1, record.Align));
        int explicitPack = record.Align < maxAlign ? (int)record.Align : 0;
        long natural = items.Count == 0 ? 0 : items.Max(i => i.Offset + i.Size);
        natural = AlignUp(natural, effectiveAlign);
        long emittedSize = record.Size != natural ? record.Size : 0;
        return new LayoutChoice("Explicit", explicitPack, emittedSize, Math.Max(record.Size, natural), effectiveAlign);
    }

    private static (bool Ok, long Size, long Align) Simulate(List<(long Offset, long Size, long Align)> items, int pack)
    {
        long offset = 0, maxAlign = 1;
        foreach (var item in items)
        {
            long a = pack == 0 ? item.Align : Math.Min(item.Align, pack);
            offset = AlignUp(offset, a);
            if (offset != item.Offset) return (false, 0, 0);
            offset += item.Size;
            maxAlign = Math.Max(maxAlign, a);
        }
        return (true, items.Count == 0 ? 1 : AlignUp(offset, maxAlign), maxAlign);
    }

    private static long AlignUp(long value, long align) => align <= 1 ? value : (value + align - 1) / align * align;
}
