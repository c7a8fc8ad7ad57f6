using Scriban.Runtime;

namespace BindGen.Core.Emit;

/// <summary>A member table of <see cref="ModelMembers{T}"/>, whatever its type.</summary>
internal interface IModelMembers : IObjectAccessor
{
    /// <summary>The view-model type it reads.</summary>
    Type Type { get; }

    /// <summary>The member names, in the order <c>object.keys</c> lists them.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>
    /// <paramref name="target"/> as <c>{{ x }}</c> prints it: its members as a ScriptObject prints its keys
    /// (<c>{name: "x", doc: []}</c>), not its C# <c>ToString</c>.
    /// </summary>
    string Format(Scriban.TemplateContext context, object target);
}
