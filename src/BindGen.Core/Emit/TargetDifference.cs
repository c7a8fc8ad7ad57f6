using System.Collections.Immutable;

namespace BindGen.Core.Emit;

/// <summary>One declaration whose C# differs between targets, with what each target has (the difference report).</summary>
/// <param name="Kind">struct, enum, function, constant, type alias, global or stub.</param>
/// <param name="Name">The C# name.</param>
/// <param name="PerTarget">Each target's description, in the order the targets were given.</param>
/// <param name="Resolution">
/// How it is emitted when not in the variant files: a function only Windows targets declare, or only the others, is
/// emitted once with <c>[SupportedOSPlatform]</c> / <c>[UnsupportedOSPlatform]</c>; null when each target has its own.
/// </param>
public sealed record TargetDifference(string Kind, string Name, ImmutableArray<TargetDescription> PerTarget, string? Resolution = null);

/// <summary>How one target declares a differing declaration: size and alignment, fields with offsets and types, or a signature.</summary>
/// <param name="Triple">The target.</param>
/// <param name="Lines">One line each (the first is the summary); "not declared" when the target lacks it.</param>
public sealed record TargetDescription(string Triple, ImmutableArray<string> Lines);
