using System.Collections.Immutable;

namespace BindGen.Core.Model;

/// <summary>What the parse read: the input headers, every file in first-inclusion order, and every inclusion directive.</summary>
public sealed record CIncludeGraph(ImmutableArray<string> Inputs, ImmutableArray<CSourceFile> Files, ImmutableArray<CInclusionDirective> Directives);
