using System.Runtime.InteropServices;
using BindGen.Clang.Interop;

namespace BindGen.Clang;

/// <summary>What <see cref="Cursor.Evaluate"/> found (CXEvalResultKind).</summary>
public enum EvaluationKind
{
#pragma warning disable CS1591
    None = 0, Int = 1, Float = 2, ObjCStrLiteral = 3, StrLiteral = 4, CFStr = 5, Other = 6,
#pragma warning restore CS1591
}

/// <summary>
/// The value clang computes for a declaration's initializer (<c>clang_Cursor_Evaluate</c>), copied out of libclang:
/// an integer with its signedness, a floating value, or a string literal's text.
/// </summary>
/// <param name="Kind">What was evaluated; <see cref="EvaluationKind.None"/> when clang could not.</param>
/// <param name="IsUnsigned">For integers: the value is <see cref="Unsigned"/>, else <see cref="Signed"/>.</param>
/// <param name="Signed">A signed integer's value.</param>
/// <param name="Unsigned">An unsigned integer's value.</param>
/// <param name="Double">A floating value.</param>
/// <param name="Bytes">A string literal's bytes, as clang gives them: up to the first NUL.</param>
public readonly record struct Evaluation(EvaluationKind Kind, bool IsUnsigned, long Signed, ulong Unsigned, double Double, byte[]? Bytes)
{
    internal static unsafe Evaluation Of(CXCursor cursor)
    {
        var result = NativeMethods.clang_Cursor_Evaluate(cursor);
        if (result == 0) return default;
        try
        {
            var kind = (EvaluationKind)NativeMethods.clang_EvalResult_getKind(result);
            switch (kind)
            {
                case EvaluationKind.Int:
                    bool unsigned = NativeMethods.clang_EvalResult_isUnsignedInt(result) != 0;
                    return unsigned
                        ? new Evaluation(kind, true, 0, NativeMethods.clang_EvalResult_getAsUnsigned(result), 0, null)
                        : new Evaluation(kind, false, NativeMethods.clang_EvalResult_getAsLongLong(result), 0, 0, null);
                case EvaluationKind.Float:
                    return new Evaluation(kind, false, 0, 0, NativeMethods.clang_EvalResult_getAsDouble(result), null);
                case EvaluationKind.StrLiteral:
                    var p = NativeMethods.clang_EvalResult_getAsStr(result);
                    return new Evaluation(kind, false, 0, 0, 0, p == null ? [] : MemoryMarshal.CreateReadOnlySpanFromNullTerminated(p).ToArray());
                default:
                    return new Evaluation(EvaluationKind.Other, false, 0, 0, 0, null);
            }
        }
        finally
        {
            NativeMethods.clang_EvalResult_dispose(result);
        }
    }
}
