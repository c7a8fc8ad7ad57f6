using BindGen.Core.Model;

namespace BindGen.Core.Mapping.Rules;

/// <summary>
/// Whether a record can be passed to or returned from native code by value through P/Invoke the way C passes it.
/// Two kinds cannot: records whose C# form holds a 16-byte integer (an <c>__int128</c> member, or the Int128 field
/// that gives a 16-aligned record its alignment), which .NET refuses to marshal by value; and opaque blobs, whose
/// integer units do not travel in the registers C uses for their float, complex or x87 members.
/// </summary>
public static class ByValueRecordCheck
{
    /// <summary>Why <paramref name="record"/> cannot travel by value, or null when it can.</summary>
    public static string? WhyNot(CRecord record, TypeMapper mapper) =>
        record is { IsComplete: true, Size: 0 }
            ? "it has size 0 in C (a GNU extension), and a C# struct has at least 1 byte, which would travel where C passes nothing"
            : LayoutDispute.Find(record, mapper) is { } dispute ? $"gcc and clang disagree on its layout ({dispute})"
            : WhyNot(record, mapper, 0) ?? GccWhyNot(record, mapper);

    /// <summary>Why .NET cannot pass the record the way gcc does (see <see cref="SysVPassing"/>), or null when it can.</summary>
    private static string? GccWhyNot(CRecord record, TypeMapper mapper)
    {
        var gcc = SysVPassing.Of(record, mapper, SysVClassifier.Gcc, out _);
        var dotnet = SysVPassing.Of(record, mapper, SysVClassifier.DotNet, out var why);
        return gcc is null || dotnet is null || gcc == dotnet ? null
            : $"gcc passes it {gcc} and clang and .NET {dotnet}, because {why}";
    }

    private static string? WhyNot(CRecord record, TypeMapper mapper, int depth)
    {
        if (!record.IsComplete || depth > 64) return null;
        if (record.Align >= 16) return $"it is {record.Align}-byte aligned, which C# expresses with an Int128 field, and .NET does not pass Int128 by value to native code";
        foreach (var field in record.Fields)
        {
            if (field.BitWidth > 64) return $"member '{field.Name}' makes it an opaque blob";
            var type = mapper.StripTypedefs(field.Type);
            while (type is CArrayType a) type = mapper.StripTypedefs(a.Element);
            switch (type)
            {
                case CPrimitiveType { Kind: CPrimitiveKind.Int128 or CPrimitiveKind.UInt128 }:
                    return $"member '{field.Name}' is a 16-byte integer, which .NET does not pass by value to native code";
                case CRecordRef r when WhyNot(mapper.Api.Record(r.Key), mapper, depth + 1) is { } inner:
                    return inner;
                case CRecordRef:
                case CPointerType:
                    continue;
            }
            if (!mapper.Map(type, TypePosition.Field).IsMapped) return $"member '{field.Name}' makes it an opaque blob";
        }
        return null;
    }
}
