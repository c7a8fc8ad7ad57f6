using BindGen.Core.Mapping.Rules;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>Maps C types to C# types (<see cref="CsType"/> values) through an ordered chain of small rules; the first that applies wins.</summary>
public sealed class TypeMapper
{
    private static readonly ITypeRule[] Rules =
    [
        new WellKnownTypedefRule(),
        new TypedefRule(),
        new PrimitiveRule(),
        new FunctionPointerRule(),
        new PointerRule(),
        new DeclarationRule(),
        new ArrayRule(),
        new UnsupportedRule(),
    ];

    /// <summary>Creates a mapper over <paramref name="api"/> with C# names of the emitted records and enums by key.</summary>
    public TypeMapper(CApi api, IReadOnlyDictionary<string, string> names)
    {
        Api = api;
        Names = names;
    }

    /// <summary>The model being mapped.</summary>
    public CApi Api { get; }

    /// <summary>C# type names of emitted records and enums, by key (nested ones qualified with their parent).</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>Maps a type in a position.</summary>
    public TypeMapping Map(CType type, TypePosition position)
    {
        foreach (var rule in Rules)
        {
            if (rule.Map(type, position, this) is { } mapped) return mapped;
        }
        return TypeMapping.Fail($"'{type.Spelling}' has no C# equivalent");
    }

    /// <summary>Follows typedefs to the type they name (<see cref="CApi.StripTypedefs"/>).</summary>
    public CType StripTypedefs(CType type) => Api.StripTypedefs(type);

    /// <summary>The C# integer type of an enum's underlying type.</summary>
    public CsPrimitiveType EnumUnderlying(string key) => IntegerType(Api.Enum(key).IntegerType.Kind);

    /// <summary>C# integer type for a C integer type on the model's target (long is target-sized here: constants and enum bases must be primitives).</summary>
    public CsPrimitiveType IntegerType(CPrimitiveKind kind) => kind switch
    {
        CPrimitiveKind.Bool or CPrimitiveKind.UChar => CsPrimitiveType.Byte,
        CPrimitiveKind.Char => CsPrimitiveType.SByte,
        CPrimitiveKind.SChar => CsPrimitiveType.SByte,
        CPrimitiveKind.Short => CsPrimitiveType.Short,
        CPrimitiveKind.UShort or CPrimitiveKind.Char16 => CsPrimitiveType.UShort,
        CPrimitiveKind.Int => CsPrimitiveType.Int,
        CPrimitiveKind.UInt or CPrimitiveKind.Char32 => CsPrimitiveType.UInt,
        CPrimitiveKind.Long => Api.Target.LongSize == 8 ? CsPrimitiveType.Long : CsPrimitiveType.Int,
        CPrimitiveKind.ULong => Api.Target.LongSize == 8 ? CsPrimitiveType.ULong : CsPrimitiveType.UInt,
        CPrimitiveKind.LongLong => CsPrimitiveType.Long,
        CPrimitiveKind.ULongLong => CsPrimitiveType.ULong,
        CPrimitiveKind.WChar => (Api.Target.WCharSize, Api.Target.WCharIsSigned) switch
        {
            (2, true) => CsPrimitiveType.Short, (2, false) => CsPrimitiveType.UShort, (_, true) => CsPrimitiveType.Int, _ => CsPrimitiveType.UInt,
        },
        _ => CsPrimitiveType.Int,
    };

    /// <summary>Size and alignment of a C type as the C compiler lays it out (records from the model).</summary>
    public (long Size, long Align) NativeLayout(CType type)
    {
        switch (StripTypedefs(type))
        {
            case CPrimitiveType p:
                long size = p.Kind switch
                {
                    CPrimitiveKind.Void => 1,
                    CPrimitiveKind.Bool or CPrimitiveKind.Char or CPrimitiveKind.SChar or CPrimitiveKind.UChar => 1,
                    CPrimitiveKind.Short or CPrimitiveKind.UShort or CPrimitiveKind.Half or CPrimitiveKind.Char16 => 2,
                    CPrimitiveKind.Int or CPrimitiveKind.UInt or CPrimitiveKind.Float or CPrimitiveKind.Char32 => 4,
                    CPrimitiveKind.WChar => Api.Target.WCharSize,
                    CPrimitiveKind.Long or CPrimitiveKind.ULong => Api.Target.LongSize,
                    CPrimitiveKind.LongLong or CPrimitiveKind.ULongLong or CPrimitiveKind.Double => 8,
                    CPrimitiveKind.LongDouble => Api.Target.LongDoubleSize,
                    _ => 16,
                };
                // i386 System V aligns 8-byte integers and doubles to 4 inside records.
                return (size, p.Kind is CPrimitiveKind.LongLong or CPrimitiveKind.ULongLong or CPrimitiveKind.Double ? Math.Min(size, Api.Target.LongLongAlign) : size);
            case CPointerType:
                return (Api.Target.PointerSize, Api.Target.PointerSize);
            case CEnumRef e:
            {
                var s = NativeLayout(Api.Enum(e.Key).IntegerType);
                return s;
            }
            case CRecordRef r:
            {
                var record = Api.Record(r.Key);
                return (record.Size, record.Align);
            }
            case CArrayType a:
            {
                var (s, al) = NativeLayout(a.Element);
                return (s * (a.Length ?? 0), al);
            }
            case CUnsupportedType u:
                return (u.Size, u.Align);
            default:
                return (Api.Target.PointerSize, Api.Target.PointerSize);
        }
    }
}
