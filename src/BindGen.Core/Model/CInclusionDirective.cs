namespace BindGen.Core.Model;

/// <summary>
/// One <c>#include</c> as written: the file it is in, the file it reached (full paths), the name as written and whether
/// that name was between angle brackets. Every directive is kept, also those a header guard made empty, so that the
/// inclusion graph does not depend on which includer came first.
/// </summary>
public sealed record CInclusionDirective(string Includer, string Included, string Name, bool Angled);
