using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Mapping;

/// <summary>
/// The names already taken in one C# scope (the namespace, the static class, one enum), with the C name that took each:
/// a second claim of a name is a collision, reported as an error when renaming caused it, else as a warning.
/// <paramref name="capacity"/> is the number of names the scope is expected to hold (the table then need not grow).
/// </summary>
public sealed class NameTable(DiagnosticBag diagnostics, string scope, DeclarationNames naming, int capacity = 0)
{
    private readonly Dictionary<string, string> _owners = new(capacity, StringComparer.Ordinal);

    /// <summary>Reserves names the generated code itself uses.</summary>
    public NameTable Reserve(params string[] names)
    {
        foreach (var name in names) _owners[name] = "";
        return this;
    }

    /// <summary>Claims <paramref name="csName"/> for the declaration C calls <paramref name="cName"/>; false (with a diagnostic) when taken.</summary>
    public bool Claim(string csName, string cName, CLocation? location, string what)
    {
        if (_owners.TryAdd(csName, cName)) return true;
        var owner = _owners[csName];
        bool renamed = Renamed(csName, cName) || owner.Length > 0 && Renamed(csName, owner);
        if (renamed)
        {
            diagnostics.Add(DiagnosticCodes.RenameCollision, location,
                $"{what} '{cName}' and '{owner}' both get the C# name '{csName}' in {scope} after renaming; give one another name with {naming.RenameHint(cName)}");
        }
        else
        {
            diagnostics.AddSkip(DiagnosticCodes.NameCollision, location,
                owner.Length == 0 ? $"'{csName}' is reserved in {scope}; {what} '{cName}' skipped (rename it with {naming.RenameHint(cName)})" : $"'{csName}' is already declared in {scope}; {what} '{cName}' skipped");
        }
        return false;
    }

    private static bool Renamed(string csName, string cName) => csName.TrimStart('@') != cName;
}
