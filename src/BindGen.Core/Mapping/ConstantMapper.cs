using System.Collections.Immutable;
using System.Text;
using BindGen.Core.Mapping.Rules;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Maps macro constants: integers get the C# type C gives the expression (size_t → nuint, long → target width),
/// floats keep float/double, strings become a <c>const string</c> plus a UTF-8 <c>ReadOnlySpan&lt;byte&gt;</c> beside it.
/// </summary>
public sealed class ConstantMapper(TypeMapper types, DeclarationNames naming)
{
    private Dictionary<string, CTypedef>? _typedefs;

    /// <summary>
    /// The C# type C's name of the expression's type gives (a well-known typedef such as size_t or uint8_t, followed through
    /// the library's own typedefs, or an emitted enum), or null when the integer type alone decides.
    /// </summary>
    private (CsType Type, bool IsEnum)? NamedCsType(CIntegerValue value)
    {
        _typedefs ??= types.Api.Typedefs.ToDictionary(t => t.Key, StringComparer.Ordinal);
        var type = value.NamedType ?? (value.TypedefName is { } n ? new CTypedefRef("", n, n) : null);
        for (int depth = 0; type is not null && depth < 64; depth++)
        {
            switch (type)
            {
                case CTypedefRef t:
                    if (WellKnownTypedefRule.CsType(t.Name, types.Api.Target) is { } known) return (known, false);
                    type = _typedefs.TryGetValue(t.Key, out var typedef) ? typedef.Underlying : null;
                    break;
                case CEnumRef e:
                    return types.Names.TryGetValue(e.Key, out var enumName) ? (new CsNamedType(enumName), true) : null;
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>The members emitted for one constant.</summary>
    public IEnumerable<CsConstant> Map(CConstant constant)
    {
        var name = naming.Of(constant.Name, NameKind.Constant);
        var doc = DocComments.Lines(constant.Comment);
        switch (constant.Value)
        {
            case CIntegerValue i when i.Type is CPrimitiveKind.Int128 or CPrimitiveKind.UInt128:
                yield break;
            case CIntegerValue i when NamedCsType(i) is ({ } enumType, true):
            {
                // An enum-typed expression ((enum color)2, (color_t)RED) is a constant of the C# enum.
                var enumName = enumType.Text;
                var literal = CsLiterals.Integer(i.Value, types.IntegerType(i.Type));
                var value = $"({enumName}){(i.Value < 0 ? $"({literal})" : literal)}";
                yield return new CsConstant { Name = name, Type = enumName, Value = value, NativeTypeName = i.TypedefName == enumName ? null : i.TypedefName, Doc = doc };
                yield break;
            }
            case CIntegerValue i when NamedCsType(i) is ({ } nativeSized, _) && (nativeSized == CsPrimitiveType.NUInt || nativeSized == CsPrimitiveType.NInt):
            {
                bool unsigned = nativeSized == CsPrimitiveType.NUInt;
                var type = nativeSized.Text;
                bool fits = unsigned ? i.Value >= 0 && i.Value <= uint.MaxValue : i.Value >= int.MinValue && i.Value <= int.MaxValue;
                if (fits)
                {
                    yield return new CsConstant { Name = name, Type = type, Value = i.Value.ToString(), NativeTypeName = i.TypedefName, Doc = doc };
                }
                else
                {
                    // Outside uint/int range a native-sized constant is not a C# const: a property evaluates it per platform.
                    var wide = unsigned ? $"unchecked((nuint){CsLiterals.Integer((Int128)(ulong)i.Value, CsPrimitiveType.ULong)})" : $"unchecked((nint){CsLiterals.Integer(i.Value, CsPrimitiveType.Long)})";
                    yield return new CsConstant { Name = name, Type = type, Value = wide, IsConst = false, NativeTypeName = i.TypedefName, Doc = doc };
                }
                yield break;
            }
            case CIntegerValue i:
            {
                // A typedef's C# type holds the value unless the typedef's meaning differs on this target (wchar_t is signed on Linux).
                var type = NamedCsType(i)?.Type is CsPrimitiveType named && named.Holds(i.Value) ? named : types.IntegerType(i.Type);
                var literal = CsLiterals.Integer(i.Value, type);
                yield return new CsConstant { Name = name, Type = type.Text, Value = type == CsPrimitiveType.Char ? $"(char){literal}" : literal, NativeTypeName = i.TypedefName, Doc = doc };
                yield break;
            }
            case CFloatValue f when f.Type == CPrimitiveKind.Float:
                yield return new CsConstant { Name = name, Type = CsPrimitiveType.Float.Text, Value = CsLiterals.Float((float)f.Value), Doc = doc };
                yield break;
            case CFloatValue f:
                yield return new CsConstant { Name = name, Type = CsPrimitiveType.Double.Text, Value = CsLiterals.Double(f.Value), Doc = doc };
                yield break;
            case CStringValue s:
            {
                var bytes = s.Bytes.ToArray();
                string? text;
                try
                {
                    text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    // Not UTF-8 text (e.g. "\xff"): no string can hold it, but its bytes are still the constant.
                    text = null;
                }
                if (text is null)
                {
                    var array = "[" + string.Join(", ", bytes.Select(b => $"0x{b:X2}")) + "]";
                    yield return new CsConstant { Name = name, Type = "ReadOnlySpan<byte>", Value = array, IsConst = false, Doc = doc };
                    yield break;
                }
                var literal = CsLiterals.String(text);
                yield return new CsConstant { Name = name, Type = "string", Value = literal, NativeTypeName = null, Doc = doc };
                yield return new CsConstant { Name = name + "_UTF8", Type = "ReadOnlySpan<byte>", Value = literal + "u8", IsConst = false, Doc = doc };
                yield break;
            }
        }
    }
}
