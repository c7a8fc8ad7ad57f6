using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>The target's integer widths and the arithmetic rules of C (promotions, usual arithmetic conversions).</summary>
internal sealed class IntegerWidths(CTarget target)
{
    public int Bits(CPrimitiveKind kind) => kind switch
    {
        CPrimitiveKind.Bool => 8,
        CPrimitiveKind.Char or CPrimitiveKind.SChar or CPrimitiveKind.UChar => 8,
        CPrimitiveKind.Short or CPrimitiveKind.UShort => 16,
        CPrimitiveKind.Int or CPrimitiveKind.UInt => 32,
        CPrimitiveKind.Long or CPrimitiveKind.ULong => target.LongSize * 8,
        CPrimitiveKind.LongLong or CPrimitiveKind.ULongLong => 64,
        CPrimitiveKind.Int128 or CPrimitiveKind.UInt128 => 128,
        CPrimitiveKind.WChar => target.WCharSize * 8,
        CPrimitiveKind.Char16 => 16,
        CPrimitiveKind.Char32 => 32,
        CPrimitiveKind.Float => 32,
        CPrimitiveKind.Double => 64,
        _ => 0,
    };

    public bool IsSigned(CPrimitiveKind kind) => kind switch
    {
        CPrimitiveKind.Char => target.CharIsSigned,
        CPrimitiveKind.SChar or CPrimitiveKind.Short or CPrimitiveKind.Int or CPrimitiveKind.Long or CPrimitiveKind.LongLong or CPrimitiveKind.Int128 => true,
        CPrimitiveKind.WChar => target.WCharIsSigned,
        _ => false,
    };

    public static bool IsInteger(CPrimitiveKind kind) => kind is not (CPrimitiveKind.Float or CPrimitiveKind.Double or CPrimitiveKind.LongDouble or CPrimitiveKind.Half or CPrimitiveKind.Float128 or CPrimitiveKind.Void);

    public static int Rank(CPrimitiveKind kind) => kind switch
    {
        CPrimitiveKind.Bool => 0,
        CPrimitiveKind.Char or CPrimitiveKind.SChar or CPrimitiveKind.UChar => 1,
        CPrimitiveKind.Short or CPrimitiveKind.UShort or CPrimitiveKind.Char16 => 2,
        CPrimitiveKind.Int or CPrimitiveKind.UInt or CPrimitiveKind.Char32 or CPrimitiveKind.WChar => 3,
        CPrimitiveKind.Long or CPrimitiveKind.ULong => 4,
        CPrimitiveKind.LongLong or CPrimitiveKind.ULongLong => 5,
        _ => 6,
    };

    public Int128 Normalize(Int128 value, CPrimitiveKind kind)
    {
        if (kind == CPrimitiveKind.Bool) return value != 0 ? 1 : 0;
        int bits = Bits(kind);
        if (bits is 0 or >= 128) return value;
        var mask = (Int128.One << bits) - 1;
        var truncated = value & mask;
        if (IsSigned(kind) && (truncated >> (bits - 1)) != 0) truncated -= Int128.One << bits;
        return truncated;
    }

    public CPrimitiveKind Promote(CPrimitiveKind kind) => Rank(kind) < 3 ? CPrimitiveKind.Int : kind;

    public CPrimitiveKind ToUnsigned(CPrimitiveKind kind) => kind switch
    {
        CPrimitiveKind.Int => CPrimitiveKind.UInt,
        CPrimitiveKind.Long => CPrimitiveKind.ULong,
        CPrimitiveKind.LongLong => CPrimitiveKind.ULongLong,
        CPrimitiveKind.Int128 => CPrimitiveKind.UInt128,
        _ => kind,
    };

    /// <summary>C11 6.3.1.8 for two integer types.</summary>
    public CPrimitiveKind Common(CPrimitiveKind a, CPrimitiveKind b)
    {
        a = Promote(a);
        b = Promote(b);
        if (a == b) return a;
        bool sa = IsSigned(a), sb = IsSigned(b);
        if (sa == sb) return Rank(a) >= Rank(b) ? a : b;
        var (u, s) = sa ? (b, a) : (a, b);
        if (Rank(u) >= Rank(s)) return u;
        if (Bits(s) > Bits(u)) return s;
        return ToUnsigned(s);
    }

    /// <summary>The type of <c>size_t</c> on the target.</summary>
    public CPrimitiveKind SizeType => target.PointerSize == target.LongSize ? CPrimitiveKind.ULong : target.PointerSize == 8 ? CPrimitiveKind.ULongLong : CPrimitiveKind.UInt;

    public long SizeOf(CPrimitiveKind kind) => kind == CPrimitiveKind.Bool ? 1 : Bits(kind) / 8;
}
