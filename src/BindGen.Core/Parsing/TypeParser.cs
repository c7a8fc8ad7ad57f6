using System.Collections.Immutable;
using BindGen.Clang;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>Turns libclang types into <see cref="CType"/> trees, building the declarations they name on first use.</summary>
internal sealed class TypeParser(ParseContext context)
{
    public RecordParser? Records { get; set; }
    public EnumParser? Enums { get; set; }
    public TypedefParser? Typedefs { get; set; }

    public CType Parse(ClangType type) => Parse(type, type.Spelling);

    private CType Parse(ClangType type, string spelling)
    {
        switch (type.Kind)
        {
            case TypeKind.Elaborated:
                return Parse(type.NamedType, spelling);
            case TypeKind.Attributed:
                return Parse(type.ModifiedType, spelling);
            case TypeKind.Atomic:
            {
                // clang rounds an _Atomic record of 3, 5-7 or 9-15 bytes up to a power of two (size and alignment); gcc keeps
                // the record's own size and alignment. Elsewhere both give the value type's size (test-headers/abi/atomic.h).
                var value = type.AtomicValueType;
                if (type.SizeOf > 0 && type.SizeOf != value.SizeOf)
                {
                    return Unsupported(type, spelling, $"clang lays it out in {type.SizeOf} bytes aligned to {type.AlignOf}, gcc in {value.SizeOf} bytes aligned to {value.AlignOf}")
                        with { CompilersDisagree = true };
                }
                return Parse(value, spelling);
            }
            case TypeKind.Typedef:
            {
                var decl = type.Declaration;
                var key = decl.Usr;
                var name = decl.Spelling;
                if (key.Length == 0) return Parse(type.Canonical, spelling);
                Typedefs!.Ensure(decl);
                return new CTypedefRef(key, name, spelling);
            }
            case TypeKind.Record:
            {
                var decl = type.Declaration;
                var key = Records!.Ensure(decl);
                return new CRecordRef(key, spelling);
            }
            case TypeKind.Enum:
            {
                var decl = type.Declaration;
                var key = Enums!.Ensure(decl);
                return new CEnumRef(key, spelling);
            }
            case TypeKind.Pointer:
            {
                var pointee = type.Pointee;
                return new CPointerType(Parse(pointee), pointee.IsConstQualified, spelling);
            }
            case TypeKind.ConstantArray:
                return new CArrayType(Parse(type.ArrayElementType), type.ArraySize, spelling);
            case TypeKind.IncompleteArray:
            // A variable-length array can only be a parameter at file scope (void f(int n, char buf[n])), where C decays it
            // to a pointer as it decays buf[].
            case TypeKind.VariableArray:
                return new CArrayType(Parse(type.ArrayElementType), null, spelling);
            case TypeKind.FunctionProto:
            case TypeKind.FunctionNoProto:
            {
                int n = Math.Max(0, type.NumArgTypes);
                var parameters = ImmutableArray.CreateBuilder<CType>(n);
                for (int i = 0; i < n; i++) parameters.Add(Parse(type.ArgType(i)));
                return new CFunctionType(Parse(type.ResultType), parameters.MoveToImmutable(), type.IsVariadic,
                    type.Kind == TypeKind.FunctionProto, MapCallingConvention(type.CallingConv, context.Target), spelling);
            }
            case TypeKind.Unexposed:
            {
                var canonical = type.Canonical;
                if (canonical.Kind != TypeKind.Unexposed) return Parse(canonical, spelling);
                return Unsupported(type, spelling, "a type libclang does not expose");
            }
        }

        if (Primitive(type.Kind) is { } kind) return new CPrimitiveType(kind, spelling);
        return type.Kind switch
        {
            TypeKind.Complex => Unsupported(type, spelling, "_Complex has no blittable C# equivalent"),
            TypeKind.Vector or TypeKind.ExtVector => Unsupported(type, spelling, "vector types have no blittable C# equivalent"),
            TypeKind.BlockPointer => Unsupported(type, spelling, "block pointers are an Apple extension"),
            _ => Unsupported(type, spelling, $"type kind {type.Kind} is not supported"),
        };
    }

    private static CUnsupportedType Unsupported(ClangType type, string spelling, string reason) =>
        new(reason, Math.Max(0, type.SizeOf), Math.Max(0, type.AlignOf), spelling);

    public static CPrimitiveKind? Primitive(TypeKind kind) => kind switch
    {
        TypeKind.Void => CPrimitiveKind.Void,
        TypeKind.Bool => CPrimitiveKind.Bool,
        TypeKind.Char_S or TypeKind.Char_U => CPrimitiveKind.Char,
        TypeKind.SChar => CPrimitiveKind.SChar,
        TypeKind.UChar => CPrimitiveKind.UChar,
        TypeKind.Short => CPrimitiveKind.Short,
        TypeKind.UShort => CPrimitiveKind.UShort,
        TypeKind.Int => CPrimitiveKind.Int,
        TypeKind.UInt => CPrimitiveKind.UInt,
        TypeKind.Long => CPrimitiveKind.Long,
        TypeKind.ULong => CPrimitiveKind.ULong,
        TypeKind.LongLong => CPrimitiveKind.LongLong,
        TypeKind.ULongLong => CPrimitiveKind.ULongLong,
        TypeKind.Int128 => CPrimitiveKind.Int128,
        TypeKind.UInt128 => CPrimitiveKind.UInt128,
        TypeKind.Float => CPrimitiveKind.Float,
        TypeKind.Double => CPrimitiveKind.Double,
        TypeKind.LongDouble => CPrimitiveKind.LongDouble,
        TypeKind.Half or TypeKind.Float16 => CPrimitiveKind.Half,
        TypeKind.Float128 => CPrimitiveKind.Float128,
        TypeKind.WChar => CPrimitiveKind.WChar,
        TypeKind.Char16 => CPrimitiveKind.Char16,
        TypeKind.Char32 => CPrimitiveKind.Char32,
        _ => null,
    };

    public static CCallingConvention MapCallingConvention(CallingConv conv, CTarget target) => conv switch
    {
        CallingConv.Default or CallingConv.C => CCallingConvention.Cdecl,
        CallingConv.X86_64SysV => target.IsWindows ? CCallingConvention.SysV64 : CCallingConvention.Cdecl,
        CallingConv.Win64 => target.IsWindows ? CCallingConvention.Cdecl : CCallingConvention.Win64,
        CallingConv.X86StdCall => CCallingConvention.StdCall,
        CallingConv.X86FastCall => CCallingConvention.FastCall,
        CallingConv.X86ThisCall => CCallingConvention.ThisCall,
        CallingConv.X86VectorCall => CCallingConvention.VectorCall,
        CallingConv.AAPCS => CCallingConvention.Cdecl,
        _ => CCallingConvention.Unsupported,
    };
}
