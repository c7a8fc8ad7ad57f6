using System.Collections.Immutable;
using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>Builds <see cref="CEnum"/>s with their underlying integer type and exact values.</summary>
internal sealed class EnumParser(ParseContext context)
{
    public string Ensure(Cursor decl)
    {
        var key = RecordParser.KeyOf(decl);
        if (context.Enums.ContainsKey(key)) return key;
        var definition = decl.Definition.IsNull ? decl : decl.Definition;
        var spelling = definition.Spelling;
        bool anonymous = RecordParser.IsAnonymous(definition, spelling);
        var integer = definition.EnumIntegerType.Canonical;
        var kind = TypeParser.Primitive(integer.Kind) ?? CPrimitiveKind.Int;
        bool unsigned = kind is CPrimitiveKind.UChar or CPrimitiveKind.UShort or CPrimitiveKind.UInt or CPrimitiveKind.ULong or CPrimitiveKind.ULongLong
            || (kind == CPrimitiveKind.Char && integer.Kind == TypeKind.Char_U);
        var constants = ImmutableArray.CreateBuilder<CEnumConstant>();
        foreach (var child in definition.Children())
        {
            if (child.Kind != CursorKind.EnumConstantDecl) continue;
            Int128 value = unsigned ? child.EnumConstantUnsignedValue : child.EnumConstantValue;
            var name = child.Spelling;
            constants.Add(new CEnumConstant(name, value) { Comment = RecordParser.Comment(child) });
        }
        context.Enums[key] = new CEnum
        {
            Key = key,
            Name = anonymous ? string.Empty : spelling,
            Location = ParseContext.ToLocation(definition.Location),
            Comment = RecordParser.Comment(definition),
            IsAnonymous = anonymous,
            IntegerType = new CPrimitiveType(kind, integer.Spelling),
            Constants = constants.ToImmutable(),
        };
        return key;
    }
}
