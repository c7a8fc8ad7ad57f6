using System.Collections.Immutable;
using BindGen.Core.Mapping;

namespace BindGen.Core.Emit;

/// <summary>What <see cref="TargetSplit.Split"/> made of several targets' C#.</summary>
/// <param name="Common">The declarations every target renders to the same C# (emitted once, compiled for every target).</param>
/// <param name="Variants">Per target (in order), its declarations that differ, under its <c>#if</c> symbol; null when it has none.</param>
/// <param name="Differences">The difference report: every declaration that is not in <paramref name="Common"/>.</param>
/// <param name="Agreed">How many declarations are common.</param>
public sealed record TargetSplitResult(CsApi Common, ImmutableArray<CsApi?> Variants, ImmutableArray<TargetDifference> Differences, int Agreed);
