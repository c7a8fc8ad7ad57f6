namespace BindGen.Core.Model;

/// <summary>Why a function has no symbol of its own and is called through a shim wrapper.</summary>
public enum CShimOrigin
{
    /// <summary>A declared function (exported, or <c>static</c>: see <see cref="CFunction.IsStatic"/>).</summary>
    None,
    /// <summary>A function-like macro given a signature (from the function it forwards to, or from config).</summary>
    Macro,
    /// <summary>A fixed-arity instantiation of a variadic function (from config).</summary>
    Variadic,
}
