using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>
/// C's arithmetic on macro values, with C's types: integer promotions, the usual arithmetic conversions, shifts within
/// the promoted width, casts and sizeof. Anything C would not fold to a constant throws <see cref="NotConstantException"/>.
/// </summary>
internal sealed class MacroArithmetic(IntegerWidths widths)
{
    /// <summary>The exception that abandons an expression that is not a constant BindGen understands.</summary>
    public static NotConstantException Fail() => new();

    /// <summary>A binary operator other than <c>&amp;&amp;</c> and <c>||</c>.</summary>
    public MacroValue Apply(string op, MacroValue a, MacroValue b)
    {
        if (!a.IsNumber || !b.IsNumber) throw Fail();
        if (op is "<<" or ">>")
        {
            if (a.Kind != MacroValueKind.Integer || b.Kind != MacroValueKind.Integer) throw Fail();
            var type = widths.Promote(a.Type);
            int count = (int)b.Integer;
            if (count < 0 || count >= widths.Bits(type)) throw Fail();
            var shifted = op == "<<" ? a.Integer << count : a.Integer >> count;
            return MacroValue.Int(shifted, type, widths);
        }

        if (a.Kind == MacroValueKind.Float || b.Kind == MacroValueKind.Float)
        {
            if (op is "%" or "&" or "|" or "^") throw Fail();
            var floatType = a.Type == CPrimitiveKind.Double || b.Type == CPrimitiveKind.Double || a.Kind == MacroValueKind.Integer && b.Type != CPrimitiveKind.Float
                ? (a.Kind == MacroValueKind.Float && a.Type == CPrimitiveKind.Float && b.Kind == MacroValueKind.Integer ? CPrimitiveKind.Float : CPrimitiveKind.Double)
                : CPrimitiveKind.Float;
            if (a.Kind == MacroValueKind.Integer && b.Type == CPrimitiveKind.Float) floatType = CPrimitiveKind.Float;
            double x = a.AsDouble, y = b.AsDouble;
            return op switch
            {
                "+" => MacroValue.Floating(x + y, floatType),
                "-" => MacroValue.Floating(x - y, floatType),
                "*" => MacroValue.Floating(x * y, floatType),
                "/" => MacroValue.Floating(x / y, floatType),
                "==" => Bool(x == y),
                "!=" => Bool(x != y),
                "<" => Bool(x < y),
                ">" => Bool(x > y),
                "<=" => Bool(x <= y),
                ">=" => Bool(x >= y),
                _ => throw Fail(),
            };
        }

        var common = widths.Common(a.Type, b.Type);
        var l = widths.Normalize(a.Integer, common);
        var r = widths.Normalize(b.Integer, common);
        string? typedefName = a.Type == common && a.TypedefName is not null ? a.TypedefName : b.Type == common ? b.TypedefName : null;
        return op switch
        {
            "+" => MacroValue.Int(l + r, common, widths, typedefName),
            "-" => MacroValue.Int(l - r, common, widths, typedefName),
            "*" => MacroValue.Int(l * r, common, widths, typedefName),
            "/" => r == 0 ? throw Fail() : MacroValue.Int(l / r, common, widths, typedefName),
            "%" => r == 0 ? throw Fail() : MacroValue.Int(l % r, common, widths, typedefName),
            "&" => MacroValue.Int(l & r, common, widths, typedefName),
            "|" => MacroValue.Int(l | r, common, widths, typedefName),
            "^" => MacroValue.Int(l ^ r, common, widths, typedefName),
            "==" => Bool(l == r),
            "!=" => Bool(l != r),
            "<" => Bool(l < r),
            ">" => Bool(l > r),
            "<=" => Bool(l <= r),
            ">=" => Bool(l >= r),
            _ => throw Fail(),
        };
    }

    /// <summary>A unary operator: <c>-</c>, <c>+</c>, <c>~</c> or <c>!</c>.</summary>
    public MacroValue Unary(string op, MacroValue v)
    {
        switch (op)
        {
            case "-":
                if (v.Kind == MacroValueKind.Float) return MacroValue.Floating(-v.Float, v.Type);
                if (v.Kind != MacroValueKind.Integer) throw Fail();
                return MacroValue.Int(-v.Integer, widths.Promote(v.Type), widths, v.TypedefName);
            case "+":
                if (!v.IsNumber) throw Fail();
                return v.Kind == MacroValueKind.Integer ? MacroValue.Int(v.Integer, widths.Promote(v.Type), widths, v.TypedefName) : v;
            case "~":
                if (v.Kind != MacroValueKind.Integer) throw Fail();
                return MacroValue.Int(~v.Integer, widths.Promote(v.Type), widths, v.TypedefName);
            case "!":
                return Bool(!Truth(v));
            default:
                throw Fail();
        }
    }

    /// <summary><c>a || b</c> and <c>a &amp;&amp; b</c>: an int 0 or 1.</summary>
    public MacroValue Logical(bool isOr, MacroValue a, MacroValue b) => Bool(isOr ? Truth(a) || Truth(b) : Truth(a) && Truth(b));

    /// <summary><c>condition ? whenTrue : whenFalse</c>, the result converted to the common type of both branches.</summary>
    public MacroValue Select(MacroValue condition, MacroValue whenTrue, MacroValue whenFalse)
    {
        if (!condition.IsNumber) throw Fail();
        bool take = condition.AsDouble != 0;
        if (whenTrue.Kind == MacroValueKind.String || whenFalse.Kind == MacroValueKind.String) return take ? whenTrue : whenFalse;
        var value = take ? whenTrue : whenFalse;
        if (whenTrue.Kind == MacroValueKind.Float || whenFalse.Kind == MacroValueKind.Float) return MacroValue.Floating(value.AsDouble, CPrimitiveKind.Double);
        return MacroValue.Int(value.Integer, widths.Common(whenTrue.Type, whenFalse.Type), widths);
    }

    /// <summary><c>(type)operand</c> for an arithmetic type.</summary>
    public MacroValue Cast(MacroValue operand, MacroTypeName type)
    {
        if (type.IsPointer || type.Kind is not { } kind) throw Fail();
        if (!operand.IsNumber) throw Fail();
        if (kind is CPrimitiveKind.Float or CPrimitiveKind.Double) return MacroValue.Floating(operand.AsDouble, kind);
        if (!IntegerWidths.IsInteger(kind)) throw Fail();
        var integer = operand.Kind == MacroValueKind.Float ? (Int128)operand.Float : operand.Integer;
        return MacroValue.Int(integer, kind, widths, type.TypedefName);
    }

    /// <summary><c>sizeof(type)</c>: a <c>size_t</c>.</summary>
    public MacroValue SizeOf(MacroTypeName type) =>
        type.Size <= 0 ? throw Fail() : MacroValue.Int(type.Size, widths.SizeType, widths, "size_t");

    private MacroValue Bool(bool value) => MacroValue.Int(value ? 1 : 0, CPrimitiveKind.Int, widths);

    private static bool Truth(MacroValue v) => v.Kind switch
    {
        MacroValueKind.Integer => v.Integer != 0,
        MacroValueKind.Float => v.Float != 0,
        _ => throw Fail(),
    };
}
