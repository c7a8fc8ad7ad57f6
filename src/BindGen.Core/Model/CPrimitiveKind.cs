namespace BindGen.Core.Model;

/// <summary>C's builtin arithmetic types (plus void), as the C compiler names them.</summary>
public enum CPrimitiveKind
{
    /// <summary><c>void</c></summary>
    Void,
    /// <summary><c>_Bool</c></summary>
    Bool,
    /// <summary>plain <c>char</c> (signedness is the target's)</summary>
    Char,
    /// <summary><c>signed char</c></summary>
    SChar,
    /// <summary><c>unsigned char</c></summary>
    UChar,
    /// <summary><c>short</c></summary>
    Short,
    /// <summary><c>unsigned short</c></summary>
    UShort,
    /// <summary><c>int</c></summary>
    Int,
    /// <summary><c>unsigned int</c></summary>
    UInt,
    /// <summary><c>long</c></summary>
    Long,
    /// <summary><c>unsigned long</c></summary>
    ULong,
    /// <summary><c>long long</c></summary>
    LongLong,
    /// <summary><c>unsigned long long</c></summary>
    ULongLong,
    /// <summary><c>__int128</c></summary>
    Int128,
    /// <summary><c>unsigned __int128</c></summary>
    UInt128,
    /// <summary><c>float</c></summary>
    Float,
    /// <summary><c>double</c></summary>
    Double,
    /// <summary><c>long double</c></summary>
    LongDouble,
    /// <summary><c>_Float16</c> / <c>__fp16</c></summary>
    Half,
    /// <summary><c>__float128</c></summary>
    Float128,
    /// <summary><c>char16_t</c> builtin (C++ only)</summary>
    Char16,
    /// <summary><c>char32_t</c> builtin (C++ only)</summary>
    Char32,
    /// <summary>builtin <c>wchar_t</c> (C++ only; in C it is a typedef)</summary>
    WChar,
}
