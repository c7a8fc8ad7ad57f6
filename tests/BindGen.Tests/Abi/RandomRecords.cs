using System.Text;

namespace BindGen.Tests.Abi;

/// <summary>A generated record: a tagged struct or union, or an anonymous one nested in another.</summary>
public sealed class GenRecord
{
    public required string Tag { get; init; }
    public bool IsUnion { get; init; }
    public List<GenField> Fields { get; init; } = [];
    /// <summary>Attributes after the closing brace, e.g. <c>__attribute__((packed))</c>; empty for none.</summary>
    public string Attributes { get; set; } = "";
    /// <summary><c>#pragma pack(push, N)</c> around the declaration, or 0.</summary>
    public int PragmaPack { get; set; }
    /// <summary>Declared as <c>typedef struct { ... } Tag;</c> (no tag: C code spells it <c>Tag</c>).</summary>
    public bool IsTypedef { get; set; }

    /// <summary>How C code spells the type.</summary>
    public string Spelling => IsTypedef ? Tag : (IsUnion ? "union " : "struct ") + Tag;

    public GenRecord Clone() => new() { Tag = Tag, IsUnion = IsUnion, Fields = [.. Fields.Select(f => f.Clone())], Attributes = Attributes, PragmaPack = PragmaPack, IsTypedef = IsTypedef };
}

/// <summary>
/// A generated field: a declarator (<see cref="Declarator"/> with <c>{0}</c> where the name goes), a bitfield, or an
/// anonymous record (an anonymous member when <see cref="Name"/> is null, a named field of anonymous type otherwise).
/// </summary>
public sealed class GenField
{
    public string? Name { get; init; }
    public string Declarator { get; init; } = "";
    public int? Bits { get; init; }
    public GenRecord? Anonymous { get; init; }
    /// <summary>Attributes or specifiers written before the declaration (<c>_Alignas(8)</c>) or after it.</summary>
    public string Prefix { get; init; } = "";
    public string Suffix { get; init; } = "";
    /// <summary>Tags of the records this field uses by value.</summary>
    public List<string> Uses { get; init; } = [];

    public GenField Clone() => new()
    {
        Name = Name, Declarator = Declarator, Bits = Bits, Anonymous = Anonymous?.Clone(), Prefix = Prefix, Suffix = Suffix, Uses = [.. Uses],
    };
}

/// <summary>
/// Writes random C record declarations from a seed: every primitive type, enums of several underlying types, pointers and
/// function pointers, arrays (multi-dimensional too), records by value, bitfields (signed, unsigned, _Bool, enum,
/// unnamed, zero-width), anonymous structs and unions nested several deep, named fields of anonymous type,
/// <c>#pragma pack</c>, packed and aligned attributes on records and fields, <c>_Alignas</c>, flexible array members,
/// GNU zero-length arrays (which can make a record 0 bytes).
/// The same seed always gives the same header.
/// </summary>
/// <param name="seed">The seed.</param>
/// <param name="small">Small records (few members, nothing 16-aligned): most fit in the 16 bytes SysV passes in
/// registers, where by-value classification matters.</param>
public sealed class RandomRecords(int seed, bool small = false)
{
    private readonly Random _random = new(seed);
    private int _names;

    // (C spelling, width in bits when it can be a bitfield's type, else 0)
    private static readonly (string Type, int Bits)[] Scalars =
    [
        ("char", 8), ("signed char", 8), ("unsigned char", 8), ("short", 16), ("unsigned short", 16), ("int", 32), ("unsigned int", 32),
        ("long", 64), ("unsigned long", 64), ("long long", 64), ("unsigned long long", 64), ("_Bool", 1), ("float", 0), ("double", 0),
        ("void *", 0), ("const char *", 0), ("size_t", 64), ("ptrdiff_t", 64), ("int8_t", 8), ("uint16_t", 16), ("int32_t", 32),
        ("uint64_t", 64), ("wchar_t", 32), ("enum e_small", 32), ("enum e_neg", 32), ("enum e_big", 32), ("enum e_huge", 64),
        ("enum e_ull", 64), ("__int128", 128), ("unsigned __int128", 128),
    ];

    public const string Prelude = """
        #include <stddef.h>
        #include <stdint.h>
        #include <stdbool.h>

        enum e_small { ES_A, ES_B, ES_C };
        enum e_neg { EN_A = -5, EN_B = 7 };
        enum e_big { EB_A = 0, EB_B = 0x80000000u };
        enum e_huge { EH_A = -1, EH_B = 0x100000000LL };
        enum e_ull { EU_A = 0, EU_B = 0xFFFFFFFFFFFFFFFFULL };
        struct opaque_thing;

        """;

    /// <summary>Generates <paramref name="count"/> records; later ones may embed earlier ones.</summary>
    public List<GenRecord> Generate(int count, string tagPrefix)
    {
        var records = new List<GenRecord>();
        var embeddable = new List<string>();
        for (int i = 0; i < count; i++)
        {
            _names = 0;
            var tag = $"{tagPrefix}{i}";
            var record = Record(tag, _random.Next(5) == 0, depth: 0, embeddable);
            record.IsTypedef = _random.Next(8) == 0;
            if (_random.Next(6) == 0) record.PragmaPack = Pick(1, 2, 4, 8);
            if (_random.Next(6) == 0) record.Attributes = Pick("__attribute__((packed))", "__attribute__((aligned(2)))", "__attribute__((aligned(4)))", "__attribute__((aligned(8)))", small ? "__attribute__((aligned(8)))" : "__attribute__((aligned(16)))", "__attribute__((packed, aligned(4)))");
            bool flexible = !record.IsUnion && _random.Next(10) == 0;
            if (flexible)
                record.Fields.Add(new GenField { Name = Name(), Declarator = Pick("int {0}[]", "double {0}[]", "char {0}[]", "void *{0}[]", "short {0}[][3]", "unsigned long long {0}[]") });
            records.Add(record);
            // A record with a flexible array member cannot be an element or a member of another in ISO C.
            if (!flexible) embeddable.Add(record.Spelling);
        }
        return records;
    }

    private GenRecord Record(string tag, bool union, int depth, List<string> embeddable)
    {
        var record = new GenRecord { Tag = tag, IsUnion = union };
        int fields = _random.Next(1, small ? 4 : depth == 0 ? 9 : 5);
        // The first member is named and not a bitfield, so no record is empty or made only of unnamed bitfields.
        record.Fields.Add(Plain(embeddable, allowArray: true));
        for (int i = 1; i < fields; i++)
        {
            int kind = _random.Next(20);
            if (kind < 9) record.Fields.Add(Plain(embeddable, allowArray: true));
            else if (kind < 15) record.Fields.AddRange(Bitfields());
            else if (kind < 18 && depth < 3) record.Fields.Add(new GenField { Anonymous = Record("", _random.Next(2) == 0, depth + 1, embeddable) });
            else if (depth < 3) record.Fields.Add(new GenField { Name = Name(), Anonymous = Record("", _random.Next(3) == 0, depth + 1, embeddable) });
            else record.Fields.Add(Plain(embeddable, allowArray: false));
        }
        return record;
    }

    private GenField Plain(List<string> embeddable, bool allowArray)
    {
        var uses = new List<string>();
        string declarator;
        int choice = _random.Next(20);
        if (!small && _random.Next(80) == 0) declarator = Pick("long double {0}", "double _Complex {0}", "float _Complex {0}"); // opaque blobs
        else if (choice < 13) declarator = Scalar() + " {0}";
        else if (choice < 15 && embeddable.Count > 0)
        {
            var spelling = embeddable[_random.Next(embeddable.Count)];
            uses.Add(spelling[(spelling.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            declarator = spelling + (_random.Next(4) == 0 ? " *{0}" : " {0}");
        }
        else if (choice < 17) declarator = Pick("int (*{0})(int)", "void (*{0})(void *, size_t)", "double (*{0})(double, float)", "struct opaque_thing *{0}");
        else declarator = Scalar() + " {0}";

        if (allowArray && _random.Next(5) == 0)
        {
            // Arrays: of anything above (function pointers need the name inside the parentheses).
            var dims = _random.Next(4) == 0 ? $"[{_random.Next(1, 4)}][{_random.Next(1, 4)}]" : $"[{_random.Next(1, 6)}]";
            // GNU zero-length arrays, anywhere in a record (not in small mode, whose random sequence stays as it was).
            if (!small && _random.Next(8) == 0) dims = _random.Next(3) == 0 ? "[0][2]" : "[0]";
            declarator = declarator.Replace("{0}", "{0}" + dims, StringComparison.Ordinal);
        }
        string prefix = "", suffix = "";
        switch (_random.Next(14))
        {
            // _Alignas may not lower a type's alignment (clang rejects it), so it only ever raises it here.
            case 0: prefix = small ? "_Alignas(8) " : "_Alignas(16) "; break;
            case 1: suffix = $" __attribute__((aligned({Pick(1, 2, 4, 8, small ? 8 : 16)})))"; break;
            case 2: suffix = " __attribute__((packed))"; break;
        }
        return new GenField { Name = Name(), Declarator = declarator, Prefix = prefix, Suffix = suffix, Uses = uses };
    }

    private IEnumerable<GenField> Bitfields()
    {
        int n = _random.Next(1, 5);
        for (int i = 0; i < n; i++)
        {
            var candidates = Scalars.Where(s => s.Bits > 0 && !(small && s.Bits > 64)).ToArray();
            var (type, bits) = candidates[_random.Next(candidates.Length)];
            // Bitfields wider than 64 bits (__int128 only) make the record a blob: rare, so the rest stays covered.
            int width = _random.Next(6) == 0 ? 0 : _random.Next(1, (_random.Next(10) == 0 ? bits : Math.Min(bits, 64)) + 1);
            bool unnamed = width == 0 || _random.Next(8) == 0;
            yield return new GenField { Name = unnamed ? null : Name(), Declarator = type + (unnamed ? "" : " {0}"), Bits = width };
        }
    }

    private string Scalar()
    {
        var type = Scalars[_random.Next(Scalars.Length)].Type;
        while (small && type.Contains("__int128", StringComparison.Ordinal)) type = Scalars[_random.Next(Scalars.Length)].Type;
        return type;
    }

    private string Name() => "f" + _names++;

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];

    /// <summary>The header text for <paramref name="records"/>.</summary>
    public static string Render(IEnumerable<GenRecord> records, string firstLine)
    {
        var sb = new StringBuilder(firstLine).Append('\n').Append(Prelude);
        foreach (var record in records)
        {
            if (record.PragmaPack > 0) sb.Append("#pragma pack(push, ").Append(record.PragmaPack).Append(")\n");
            RenderRecord(sb, record, "");
            sb.Append(";\n");
            if (record.PragmaPack > 0) sb.Append("#pragma pack(pop)\n");
        }
        return sb.ToString();
    }

    private static void RenderRecord(StringBuilder sb, GenRecord record, string indent)
    {
        if (record.IsTypedef) sb.Append("typedef ");
        sb.Append(record.IsUnion ? "union" : "struct");
        if (record.Tag.Length > 0 && !record.IsTypedef) sb.Append(' ').Append(record.Tag);
        sb.Append(" {\n");
        foreach (var field in record.Fields)
        {
            sb.Append(indent).Append("    ").Append(field.Prefix);
            if (field.Anonymous is not null)
            {
                RenderRecord(sb, field.Anonymous, indent + "    ");
                if (field.Name is not null) sb.Append(' ').Append(field.Name);
            }
            else sb.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, field.Declarator, field.Name));
            if (field.Bits is { } bits) sb.Append(" : ").Append(bits);
            sb.Append(field.Suffix).Append(";\n");
        }
        sb.Append(indent).Append('}').Append(record.Attributes.Length > 0 ? " " + record.Attributes : "");
        if (record.IsTypedef) sb.Append(' ').Append(record.Tag);
    }
}
