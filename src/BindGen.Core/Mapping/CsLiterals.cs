using System.Globalization;
using System.Text;

namespace BindGen.Core.Mapping;

/// <summary>C# literal text for constant values (value formatting is a mapping decision, not a template's).</summary>
public static class CsLiterals
{
    /// <summary>A C# string literal for UTF-8 text, every non-printable character escaped.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A double literal that round-trips.</summary>
    public static string Double(double value) => value switch
    {
        double.PositiveInfinity => "double.PositiveInfinity",
        double.NegativeInfinity => "double.NegativeInfinity",
        _ when double.IsNaN(value) => "double.NaN",
        _ => WithPoint(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    /// <summary>A float literal that round-trips.</summary>
    public static string Float(float value) => value switch
    {
        float.PositiveInfinity => "float.PositiveInfinity",
        float.NegativeInfinity => "float.NegativeInfinity",
        _ when float.IsNaN(value) => "float.NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture) + "f",
    };

    private static string WithPoint(string s) => s.Contains('.') || s.Contains('E') || s.Contains('e') ? s : s + ".0";

    /// <summary>An integer literal of the given C# integer type; negative values of signed types as they are.</summary>
    public static string Integer(Int128 value, CsPrimitiveType type)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (type == CsPrimitiveType.UInt) return text + "U";
        if (type == CsPrimitiveType.ULong) return text + "UL";
        if (type == CsPrimitiveType.Long) return value >= int.MinValue && value <= int.MaxValue ? text : text + "L";
        return text;
    }
}
