using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>Who classifies a record passed by value on x86-64 SysV.</summary>
public enum SysVClassifier
{
    /// <summary>gcc (12 and later), the system compiler of Linux distributions: the truth BindGen follows.</summary>
    Gcc,
    /// <summary>clang.</summary>
    Clang,
    /// <summary>.NET, classifying the C# struct BindGen emits for the record.</summary>
    DotNet,
}

/// <summary>The class of one eightbyte of a record passed by value.</summary>
public enum SysVClass
{
    /// <summary>Only padding: no register.</summary>
    None,
    /// <summary>A general-purpose register.</summary>
    Integer,
    /// <summary>An SSE register.</summary>
    Sse,
}

/// <summary>
/// How a record of at most 16 bytes travels by value on x86-64 SysV, in memory or in registers (one class per eightbyte),
/// as gcc, clang and .NET (over the C# BindGen emits) classify it. The three differ in two known ways, both found with
/// C probes compiled by gcc 12 and clang 14 (docs/abi.md, "gcc and clang"):
/// <list type="bullet">
/// <item>an unnamed bitfield of nonzero width (<c>_Bool : 1;</c>) makes the eightbytes it covers INTEGER for gcc and is
/// ignored by clang; BindGen gives it private storage, so .NET sees an integer there, as gcc does;</item>
/// <item>a record held at an offset that is not a multiple of its alignment (a packed record holding an <c>aligned(8)</c>
/// record) sends the whole record to memory for clang, which checks every member's type alignment, while gcc only checks
/// the scalars inside; .NET, which checks scalars too, meets the private <c>_alignment</c> field BindGen overlays on the
/// over-aligned record at that misaligned offset, and so passes it in memory like clang.</item>
/// </list>
/// Zero-width bitfields are ignored by all three (gcc since 12.1). Members this classifier does not model (16-byte
/// integers, <c>long double</c>, vectors) give no verdict: those records are refused by value elsewhere.
/// </summary>
public sealed record SysVPassing(bool InMemory, SysVClass Low, SysVClass High)
{
    /// <summary>
    /// How <paramref name="classifier"/> passes <paramref name="record"/>, or null when it cannot tell (the target is not
    /// x86-64 SysV, or a member is not modelled). <paramref name="why"/> names the first member that set a difference.
    /// </summary>
    public static SysVPassing? Of(CRecord record, TypeMapper mapper, SysVClassifier classifier, out string? why)
    {
        why = null;
        var target = mapper.Api.Target;
        if (!target.Triple.StartsWith("x86_64", StringComparison.Ordinal) || target.IsWindows || !record.IsComplete) return null;
        if (record.Size > 16) return new SysVPassing(true, SysVClass.None, SysVClass.None);
        var walk = new Walk(mapper, classifier);
        if (!walk.Record(record, 0, 0)) return null;
        why = walk.Why;
        return walk.Memory ? new SysVPassing(true, SysVClass.None, SysVClass.None) : new SysVPassing(false, walk.Classes[0], walk.Classes[1]);
    }

    /// <summary>
    /// How gcc and clang pass <paramref name="record"/> differently when the C# BindGen emits travels as gcc's does (info
    /// BG0111); null when they agree, or when .NET cannot follow gcc (then <see cref="ByValueRecordCheck"/> refuses it).
    /// </summary>
    public static string? FollowsGccNotClang(CRecord record, TypeMapper mapper)
    {
        var gcc = Of(record, mapper, SysVClassifier.Gcc, out var why);
        var clang = Of(record, mapper, SysVClassifier.Clang, out var clangWhy);
        if (gcc is null || clang is null || gcc == clang || gcc != Of(record, mapper, SysVClassifier.DotNet, out _)) return null;
        return $"gcc passes it {gcc}, clang {clang}, because of {why ?? clangWhy}";
    }

    /// <summary>"in memory", or the class of each eightbyte: "in registers (SSE, INTEGER)".</summary>
    public override string ToString() => InMemory ? "in memory"
        : High == SysVClass.None ? $"in registers ({Name(Low)})" : $"in registers ({Name(Low)}, {Name(High)})";

    private static string Name(SysVClass c) => c switch { SysVClass.Integer => "INTEGER", SysVClass.Sse => "SSE", _ => "NO_CLASS" };

    private sealed class Walk(TypeMapper mapper, SysVClassifier classifier)
    {
        public readonly SysVClass[] Classes = [SysVClass.None, SysVClass.None];
        public bool Memory;
        public string? Why;

        /// <summary>Classifies the members of <paramref name="record"/> placed at byte <paramref name="at"/>; false when a member is not modelled.</summary>
        public bool Record(CRecord record, long at, int depth)
        {
            if (depth > 64) return false;
            foreach (var field in record.Fields)
            {
                long bits = at * 8 + field.OffsetBits;
                if (field.BitWidth is { } width)
                {
                    if (width == 0) continue;
                    if (field.Name.Length == 0 && !field.IsAnonymousMember)
                    {
                        if (classifier == SysVClassifier.Clang) continue;
                        Why ??= $"an unnamed {width}-bit bitfield at byte {bits / 8} (gcc counts it as an integer member, clang ignores it)";
                    }
                    for (long e = bits / 64; e <= (bits + width - 1) / 64 && e < 2; e++) Merge((int)e, SysVClass.Integer);
                    continue;
                }
                if (!Member(field.Type, field.OffsetBits / 8 + at, depth)) return false;
            }
            return true;
        }

        private bool Member(CType type, long at, int depth)
        {
            switch (mapper.StripTypedefs(type))
            {
                case CArrayType a:
                {
                    if (a.Length is null or 0) return true;
                    long size = mapper.NativeLayout(a.Element).Size;
                    for (long k = 0; k < a.Length; k++)
                        if (!Member(a.Element, at + k * size, depth)) return false;
                    return true;
                }
                case CRecordRef r:
                {
                    var inner = mapper.Api.Record(r.Key);
                    if (!inner.IsComplete) return false;
                    if (inner.Align > 1 && at % inner.Align != 0 && classifier != SysVClassifier.Gcc)
                    {
                        Memory = true;
                        Why ??= $"'{r.Spelling}' (aligned to {inner.Align}) sits at byte {at}, not a multiple of its alignment (clang checks the alignment of every member, gcc only of the scalars inside)";
                    }
                    return Record(inner, at, depth + 1);
                }
                case CPointerType:
                    return Scalar(SysVClass.Integer, mapper.Api.Target.PointerSize, at);
                case CEnumRef e:
                    return Scalar(SysVClass.Integer, mapper.NativeLayout(mapper.Api.Enum(e.Key).IntegerType).Size, at);
                case CPrimitiveType { Kind: CPrimitiveKind.Float or CPrimitiveKind.Double } p:
                    return Scalar(SysVClass.Sse, mapper.NativeLayout(p).Size, at);
                case CPrimitiveType { Kind: CPrimitiveKind.Int128 or CPrimitiveKind.UInt128 or CPrimitiveKind.LongDouble or CPrimitiveKind.Float128 or CPrimitiveKind.Half or CPrimitiveKind.Void }:
                    return false;
                case CPrimitiveType p:
                    return Scalar(SysVClass.Integer, mapper.NativeLayout(p).Size, at);
                default:
                    return false;
            }
        }

        private bool Scalar(SysVClass c, long size, long at)
        {
            // Every classifier sends a record with a misaligned scalar to memory.
            if (size > 0 && at % size != 0) Memory = true;
            else if (at / 8 < 2) Merge((int)(at / 8), c);
            return true;
        }

        private void Merge(int eightbyte, SysVClass c) =>
            Classes[eightbyte] = Classes[eightbyte] == SysVClass.Integer || c == SysVClass.Integer ? SysVClass.Integer : c;
    }
}
