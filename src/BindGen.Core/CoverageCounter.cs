using BindGen.Core.Diagnostics;
using BindGen.Core.Mapping;
using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Core;

/// <summary>Counts a run's declarations for <see cref="CoverageReport"/>: parsed model, selected model, mapped API, diagnostics.</summary>
internal static class CoverageCounter
{
    public static CoverageReport Count(CApi parsed, LibraryFiles files, CApi selected, CsApi mapped, IReadOnlyList<Diagnostic> diagnostics)
    {
        bool Own(CDeclaration d) => d.Location.File.Length > 0 && files.IsOwn(d.Location.File);
        static bool TopLevel(CRecord r) => !(r.IsAnonymous && r.Name.Length == 0);
        int Skipped(DiagnosticDescriptor d) => diagnostics.Count(x => x.Code == d.Code);

        var rows = new List<CoverageRow>();
        void Add(string kind, int found, int kept, int emitted, int needed) =>
            rows.Add(new CoverageRow(kind, found, found - kept, Math.Max(0, kept - emitted), emitted, needed));

        Add("functions", parsed.Functions.Count(Own), selected.Functions.Length, mapped.Functions.Length, 0);
        Add("variables", parsed.Globals.Count(Own), selected.Globals.Length, mapped.Globals.Length, 0);

        var ownRecords = selected.Records.Where(r => TopLevel(r) && Own(r)).ToList();
        int neededRecords = selected.Records.Count(r => TopLevel(r) && !Own(r));
        Add("records", parsed.Records.Count(r => TopLevel(r) && Own(r)), ownRecords.Count, mapped.Structs.Count(s => !s.IsVoidHandle) - neededRecords, neededRecords);

        int anonymousEnums = selected.Enums.Count(e => e.Name.Length == 0);
        int neededEnums = selected.Enums.Count(e => !Own(e));
        Add("enums", parsed.Enums.Count(Own), selected.Enums.Count(Own), mapped.Enums.Length + anonymousEnums - neededEnums, neededEnums);

        // Macros that do not evaluate never reach the model: the parser's diagnostics count them.
        int unevaluated = Skipped(DiagnosticCodes.MacroNotEvaluated) + Skipped(DiagnosticCodes.FunctionLikeMacro);
        int macrosEmitted = mapped.Constants.Select(c => c.Macro).Where(m => m is not null).Distinct(StringComparer.Ordinal).Count();
        int macrosFound = parsed.Constants.Count(Own) + unevaluated;
        rows.Add(new CoverageRow("macros", macrosFound, parsed.Constants.Count(Own) - selected.Constants.Length,
            selected.Constants.Length - macrosEmitted + unevaluated, macrosEmitted, 0));

        return new CoverageReport([.. rows], CoverageReport.ReasonsOf(diagnostics));
    }
}
