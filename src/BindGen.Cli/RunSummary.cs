using BindGen.Core;

namespace BindGen.Cli;

/// <summary>
/// The one line a successful run prints at a terminal: what was written where, and how much of the library was bound.
/// </summary>
internal static class RunSummary
{
    /// <summary>
    /// For example <c>bindgen: wrote out/Zlib.cs: 90 functions, 4 records, 37 macros (3 not bound: --stats says why)</c>;
    /// "is up to date" when no file had to change.
    /// </summary>
    /// <param name="output">The output file or folder, as given.</param>
    /// <param name="split">Whether <paramref name="output"/> is a folder of one file per kind.</param>
    /// <param name="files">How many files the run generated.</param>
    /// <param name="rewritten">How many of them were written because their content changed.</param>
    /// <param name="coverage">The run's counts, or null.</param>
    public static string Of(string output, bool split, int files, int rewritten, CoverageReport? coverage)
    {
        var what = (split, rewritten) switch
        {
            (_, 0) => $"{output} is up to date",
            (true, _) when rewritten < files => $"wrote {rewritten} of {files} files in {output}",
            (true, _) => $"wrote {files} files in {output}",
            _ => $"wrote {output}",
        };
        if (coverage is null) return $"bindgen: {what}";
        var bound = coverage.Rows.Where(r => r.Emitted > 0).Select(r => $"{r.Emitted} {(r.Emitted == 1 ? Singular(r.Kind) : r.Kind)}").ToList();
        int notBound = coverage.Rows.Sum(r => r.Skipped);
        var counts = bound.Count == 0 ? "nothing bound" : string.Join(", ", bound);
        return notBound == 0 ? $"bindgen: {what}: {counts}" : $"bindgen: {what}: {counts} ({notBound} not bound: --stats says why)";
    }

    private static string Singular(string kind) => kind switch
    {
        "variables" => "variable",
        "records" => "record",
        "enums" => "enum",
        "typedefs" => "typedef",
        "macros" => "macro",
        "functions" => "function",
        _ => kind,
    };
}
