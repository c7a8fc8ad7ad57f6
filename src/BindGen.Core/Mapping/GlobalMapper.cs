using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// Maps an <c>extern</c> variable to an accessor over the exported symbol's address: <c>ref T</c> (<c>ref readonly T</c>
/// when const) for a scalar, record or pointer; a span for an array of known length; a pointer to the first element for
/// an array of unknown length (<c>extern const struct s table[];</c>) or of pointers (not valid as span elements).
/// </summary>
public sealed class GlobalMapper(TypeMapper types, DiagnosticBag diagnostics, DeclarationNames naming)
{
    /// <summary>The accessor, or null (with a diagnostic) when the variable cannot be bound.</summary>
    public CsGlobal? Map(CGlobal global)
    {
        if (global.IsStatic || global.IsThreadLocal)
        {
            var why = global.IsStatic
                ? "is static: each file that includes the header has its own copy, and the library exports no symbol for it"
                : "is thread-local: each thread has its own copy, and the exported symbol's address is none of them";
            diagnostics.Add(DiagnosticCodes.GlobalNotBound, global.Location, $"'{global.Name}' not bound: it {why}");
            return null;
        }
        var name = naming.Of(global.Name, NameKind.Variable);
        var doc = DocComments.Lines(global.Comment);
        if (types.StripTypedefs(global.Type) is CArrayType array)
        {
            var element = types.Map(array.Element, TypePosition.Field);
            if (element.Type is not { } elementType || types.StripTypedefs(array.Element) is CArrayType)
            {
                diagnostics.Add(DiagnosticCodes.GlobalNotBound, global.Location, $"'{global.Name}' not bound: element type {element.Unsupported ?? $"'{array.Element.Spelling}' is an array"}");
                return null;
            }
            var text = elementType.Text;
            if (array.Length is { } length && length <= int.MaxValue && !elementType.IsPointer)
            {
                var span = global.IsConst ? "ReadOnlySpan" : "Span";
                return new CsGlobal
                {
                    Name = name, Symbol = global.Name, Kind = "span", Type = $"{span}<{text}>", ElementType = text, Length = length,
                    NativeTypeName = global.Type.Spelling, Doc = doc,
                };
            }
            return new CsGlobal
            {
                Name = name, Symbol = global.Name, Kind = "pointer", Type = new CsPointerType(elementType).Text, ElementType = text, Length = array.Length ?? -1,
                NativeTypeName = global.Type.Spelling, Doc = doc,
            };
        }

        var mapped = types.Map(global.Type, TypePosition.Field);
        if (mapped.Type is not { } type)
        {
            diagnostics.Add(DiagnosticCodes.UnsupportedType, global.Location, $"'{global.Name}' not bound: type {mapped.Unsupported}");
            return null;
        }
        return new CsGlobal
        {
            Name = name, Symbol = global.Name, Kind = global.IsConst ? "ref_readonly" : "ref", Type = type.Text, ElementType = type.Text,
            NativeTypeName = NativeSpellings.For(global.Type, type.Text), Doc = doc,
        };
    }
}
