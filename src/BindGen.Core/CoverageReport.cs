using System.Collections.Immutable;
using System.Text;
using BindGen.Core.Diagnostics;

namespace BindGen.Core;

/// <summary>
/// What one run found in the library's own headers and what became of it, per kind of declaration (<c>--stats</c>):
/// found, left out by <c>--include</c>/<c>--exclude</c>, skipped because it cannot be bound, emitted; plus every reason
/// for skipping with its count. Types other headers declare but the API needs are counted as <see cref="CoverageRow.Needed"/>.
/// </summary>
public sealed record CoverageReport(ImmutableArray<CoverageRow> Rows, ImmutableArray<CoverageReason> Reasons)
{
    /// <summary>Codes of diagnostics that mean "this declaration was not emitted".</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> SkipCodes =
    [
        DiagnosticCodes.UnsupportedType, DiagnosticCodes.VariadicFunction, DiagnosticCodes.StaticFunction, DiagnosticCodes.MacroNotEvaluated,
        DiagnosticCodes.FunctionLikeMacro, DiagnosticCodes.UnsupportedCallingConvention, DiagnosticCodes.NameCollision, DiagnosticCodes.GlobalNotBound,
    ];

    /// <summary>
    /// True when <paramref name="d"/> says a declaration was not emitted: by its code, and for a name collision (which may
    /// instead rename the declaration) by <see cref="Diagnostic.SkipsDeclaration"/>, never by its message text.
    /// </summary>
    public static bool IsSkip(Diagnostic d) =>
        SkipCodes.Any(c => c.Code == d.Code) && (d.Code != DiagnosticCodes.NameCollision.Code || d.SkipsDeclaration);

    /// <summary>
    /// True when <paramref name="d"/> names a declaration of the library that is not in the output: skipped (<see cref="IsSkip"/>)
    /// or left out by the user's filters. Each such diagnostic is a line of the generated file's "Not bound" list.
    /// </summary>
    public static bool IsNotBound(Diagnostic d) => IsSkip(d) || d.Code == DiagnosticCodes.LeftOutByFilter.Code;

    /// <summary>The report as aligned text, one row per kind then one line per reason.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append($"{"kind",-10} {"found",7} {"filtered",9} {"skipped",8} {"emitted",8} {"needed",7}\n");
        foreach (var r in Rows)
            sb.Append($"{r.Kind,-10} {r.Found,7} {r.Filtered,9} {r.Skipped,8} {r.Emitted,8} {r.Needed,7}\n");
        if (Reasons.Length > 0) sb.Append("skipped, by reason:\n");
        foreach (var reason in Reasons)
            sb.Append($"  {reason.Code} {reason.Title}: {reason.Count}\n");
        return sb.ToString();
    }

    /// <summary>Counts skip diagnostics by code, in code order.</summary>
    public static ImmutableArray<CoverageReason> ReasonsOf(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. SkipCodes.Select(d => new CoverageReason(d.Code, d.Title, diagnostics.Count(x => x.Code == d.Code && IsSkip(x))))
                    .Where(r => r.Count > 0).OrderBy(r => r.Code, StringComparer.Ordinal),
    ];
}

/// <summary>Counts of one kind of declaration.</summary>
/// <param name="Kind">functions, variables, records, enums, typedefs or macros.</param>
/// <param name="Found">Declared in the library's own headers.</param>
/// <param name="Filtered">Left out by --include/--exclude.</param>
/// <param name="Skipped">Kept by the filters but not emitted (see the reasons).</param>
/// <param name="Emitted">Emitted.</param>
/// <param name="Needed">Emitted although declared elsewhere, because the API uses it.</param>
public sealed record CoverageRow(string Kind, int Found, int Filtered, int Skipped, int Emitted, int Needed);

/// <summary>One reason for skipping declarations, with how many it skipped.</summary>
public sealed record CoverageReason(string Code, string Title, int Count);
