namespace BindGen.Core.Model;

/// <summary>A variable declared at file scope: <c>extern</c>, or (never bound, but listed) <c>static</c> or thread-local.</summary>
public sealed record CGlobal : CDeclaration
{
    /// <summary>The variable's type.</summary>
    public required CType Type { get; init; }
    /// <summary>True for a <c>const</c> object (or an array of const elements): C code must not write it.</summary>
    public bool IsConst { get; init; }
    /// <summary>True for a <c>static</c> variable: each file that includes the header has its own, and the library exports no symbol.</summary>
    public bool IsStatic { get; init; }
    /// <summary>True for a <c>_Thread_local</c> / <c>__thread</c> variable: the exported symbol's address is not any thread's copy.</summary>
    public bool IsThreadLocal { get; init; }
}
