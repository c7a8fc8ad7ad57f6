namespace BindGen.Core.Mapping;

/// <summary>
/// A C# built-in type, or a runtime type the mapping uses like one (<c>CLong</c>, <c>Int128</c>, <c>Half</c>): one of the
/// fixed instances below, each with its size and integer facts.
/// </summary>
public sealed record CsPrimitiveType : CsType
{
    private CsPrimitiveType(string keyword, int size, bool isInteger, bool isSigned, System.Int128 min = default, System.Int128 max = default)
    {
        Keyword = keyword;
        Size = size;
        IsInteger = isInteger;
        IsSigned = isSigned;
        Range = max > min ? (min, max) : null;
    }

    /// <summary>The keyword or type name (<c>int</c>, <c>nuint</c>, <c>CLong</c>).</summary>
    public string Keyword { get; }

    /// <summary>Size in bytes; 0 for void and for types whose size the target decides (<c>nint</c>, <c>nuint</c>, <c>CLong</c>, <c>CULong</c>).</summary>
    public int Size { get; }

    /// <summary>True for C# integer types with arithmetic (<c>CLong</c>/<c>CULong</c> are structs without it; <c>char</c> is not).</summary>
    public bool IsInteger { get; }

    /// <summary>True for a signed type.</summary>
    public bool IsSigned { get; }

    /// <summary>The values a constant of this type holds, for fixed-size integers and <c>char</c>; null otherwise.</summary>
    public (System.Int128 Min, System.Int128 Max)? Range { get; }

    /// <summary>True when <see cref="Range"/> holds <paramref name="value"/>.</summary>
    public bool Holds(System.Int128 value) => Range is { } r && value >= r.Min && value <= r.Max;

    /// <inheritdoc/>
    public override string Text => Keyword;

#pragma warning disable CS1591 // the instances are named after the C# type they spell
    public static readonly CsPrimitiveType Void = new("void", 0, false, false);
    public static readonly CsPrimitiveType Bool = new("bool", 1, false, false);
    public static readonly CsPrimitiveType Byte = new("byte", 1, true, false, byte.MinValue, byte.MaxValue);
    public static readonly CsPrimitiveType SByte = new("sbyte", 1, true, true, sbyte.MinValue, sbyte.MaxValue);
    public static readonly CsPrimitiveType Short = new("short", 2, true, true, short.MinValue, short.MaxValue);
    public static readonly CsPrimitiveType UShort = new("ushort", 2, true, false, ushort.MinValue, ushort.MaxValue);
    public static readonly CsPrimitiveType Int = new("int", 4, true, true, int.MinValue, int.MaxValue);
    public static readonly CsPrimitiveType UInt = new("uint", 4, true, false, uint.MinValue, uint.MaxValue);
    public static readonly CsPrimitiveType Long = new("long", 8, true, true, long.MinValue, long.MaxValue);
    public static readonly CsPrimitiveType ULong = new("ulong", 8, true, false, ulong.MinValue, ulong.MaxValue);
    public static readonly CsPrimitiveType NInt = new("nint", 0, true, true);
    public static readonly CsPrimitiveType NUInt = new("nuint", 0, true, false);
    public static readonly CsPrimitiveType Int128 = new("Int128", 16, true, true);
    public static readonly CsPrimitiveType UInt128 = new("UInt128", 16, true, false);
    public static readonly CsPrimitiveType CLong = new("CLong", 0, false, true);
    public static readonly CsPrimitiveType CULong = new("CULong", 0, false, false);
    public static readonly CsPrimitiveType Char = new("char", 2, false, false, char.MinValue, char.MaxValue);
    public static readonly CsPrimitiveType Half = new("Half", 2, false, true);
    public static readonly CsPrimitiveType Float = new("float", 4, false, true);
    public static readonly CsPrimitiveType Double = new("double", 8, false, true);
#pragma warning restore CS1591

    /// <summary>The unsigned integer of <paramref name="size"/> bytes (1, 2, 4, 8 or 16).</summary>
    public static CsPrimitiveType UnsignedOfSize(long size) => size switch
    {
        1 => Byte,
        2 => UShort,
        4 => UInt,
        8 => ULong,
        16 => UInt128,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "no unsigned integer of this size"),
    };
}
