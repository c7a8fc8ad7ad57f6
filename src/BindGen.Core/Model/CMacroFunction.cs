using System.Collections.Immutable;

namespace BindGen.Core.Model;

/// <summary>A function-like macro of the library: its parameter names and its body as tokens, uninterpreted.</summary>
public sealed record CMacroFunction : CDeclaration
{
    /// <summary>The parameter names, in order (a <c>...</c> parameter is not listed; see <see cref="IsVariadic"/>).</summary>
    public ImmutableArray<string> Parameters { get; init; } = [];
    /// <summary>True when the macro takes <c>...</c>.</summary>
    public bool IsVariadic { get; init; }
    /// <summary>The replacement list, one token spelling per element.</summary>
    public ImmutableArray<string> Body { get; init; } = [];
}
