using Microsoft.CodeAnalysis;

namespace BindGen.Tests.Targets;

/// <summary>
/// The layout the generated C# claims on a target, computed from its syntax and attributes as the .NET runtime lays out
/// blittable structs (<c>StructLayout</c> kind, <c>Pack</c>, <c>Size</c>, <c>FieldOffset</c>, <c>InlineArray</c>), with
/// <see cref="DotNetTarget"/>'s sizes. Independent of BindGen: it reads only the C# it produced.
/// </summary>
public sealed class CsLayout(DotNetTarget target)
{
    public sealed record Layout(long Size, long Align, IReadOnlyDictionary<string, long> Offsets);

    private readonly Dictionary<ITypeSymbol, Layout> _cache = new(SymbolEqualityComparer.Default);

    public Layout Of(ITypeSymbol type)
    {
        if (_cache.TryGetValue(type, out var known)) return known;
        var layout = Compute(type);
        _cache[type] = layout;
        return layout;
    }

    private static readonly IReadOnlyDictionary<string, long> NoOffsets = new Dictionary<string, long>();

    private Layout Scalar(long size, long align) => new(size, align, NoOffsets);

    private Layout Compute(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte: return Scalar(1, 1);
            case SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Char: return Scalar(2, 2);
            case SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single: return Scalar(4, 4);
            case SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double: return Scalar(8, target.EightByteAlign);
            case SpecialType.System_IntPtr or SpecialType.System_UIntPtr: return Scalar(target.PointerSize, target.PointerSize);
        }
        if (type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer) return Scalar(target.PointerSize, target.PointerSize);
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying }) return Of(underlying);
        var full = type.ToDisplayString();
        switch (full)
        {
            case "System.Runtime.InteropServices.CLong" or "System.Runtime.InteropServices.CULong": return Scalar(target.CLongSize, target.CLongSize);
            case "System.Int128" or "System.UInt128": return Scalar(16, 16);
            case "System.Half": return Scalar(2, 2);
        }
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named) throw new InvalidOperationException($"no layout rule for {full}");

        var fields = named.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst).ToList();
        var inline = named.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "InlineArrayAttribute");
        if (inline is not null)
        {
            var element = Of(fields[0].Type);
            return new Layout(element.Size * (int)inline.ConstructorArguments[0].Value!, element.Align, NoOffsets);
        }
        var structLayout = named.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "StructLayoutAttribute");
        bool isExplicit = structLayout is not null && (int)structLayout.ConstructorArguments[0].Value! == 2;
        int pack = structLayout?.NamedArguments.FirstOrDefault(n => n.Key == "Pack").Value.Value is int p ? p : 0;
        int declaredSize = structLayout?.NamedArguments.FirstOrDefault(n => n.Key == "Size").Value.Value is int s ? s : 0;

        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        long end = 0, maxAlign = 1, offset = 0;
        foreach (var f in fields)
        {
            var l = Of(f.Type);
            long align = pack > 0 ? Math.Min(l.Align, pack) : l.Align;
            if (isExplicit)
            {
                var fo = f.GetAttributes().First(a => a.AttributeClass?.Name == "FieldOffsetAttribute");
                offset = (int)fo.ConstructorArguments[0].Value!;
            }
            else offset = AlignUp(offset, align);
            offsets[f.Name] = offset;
            end = Math.Max(end, offset + l.Size);
            if (!isExplicit) offset += l.Size;
            maxAlign = Math.Max(maxAlign, align);
        }
        long size = fields.Count == 0 ? 1 : AlignUp(end, maxAlign);
        if (declaredSize > size) size = AlignUp(declaredSize, maxAlign);
        return new Layout(size, maxAlign, offsets);
    }

    private static long AlignUp(long value, long align) => (value + align - 1) / align * align;
}
