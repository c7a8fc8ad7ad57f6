using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>A member table of <see cref="ModelMembers{T}"/>, whatever its type.</summary>
internal interface IModelMembers : IObjectAccessor
{
    /// <summary>The view-model type it reads.</summary>
    Type Type { get; }

    /// <summary>The member names, in the order <c>object.keys</c> lists them.</summary>
    IReadOnlyList<string> Names { get; }
}
