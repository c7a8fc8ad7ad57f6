using System.Collections.Immutable;

namespace BindGen.Core.Model;

/// <summary>A function declaration.</summary>
public sealed record CFunction : CDeclaration
{
    /// <summary>The return type.</summary>
    public required CType ReturnType { get; init; }
    /// <summary>The parameters.</summary>
    public ImmutableArray<CParameter> Parameters { get; init; } = [];
    /// <summary>True when declared with <c>...</c>.</summary>
    public bool IsVariadic { get; init; }
    /// <summary>The calling convention.</summary>
    public CCallingConvention CallingConvention { get; init; }
    /// <summary>True for <c>static</c> or <c>static inline</c> functions: no exported symbol.</summary>
    public bool IsStatic { get; init; }
    /// <summary>True for inline functions.</summary>
    public bool IsInline { get; init; }
    /// <summary>A macro or a variadic instantiation made callable by a shim wrapper; <see cref="CShimOrigin.None"/> for declared functions.</summary>
    public CShimOrigin ShimOrigin { get; init; }
    /// <summary>The exported name of the shim wrapper when it is not the default (variadic instantiations: one per signature).</summary>
    public string? ShimEntryPoint { get; init; }
}

/// <summary>A function parameter; <paramref name="Name"/> may be empty.</summary>
public sealed record CParameter(string Name, CType Type);
