namespace BindGen.Tests.Coverage;

/// <summary>
/// One declaration an independent walk found: its kind (function, record, enum, enumerator, variable, macro), C name and
/// place; for an enumerator, the name of its enum (empty when anonymous).
/// </summary>
public sealed record CDeclared(string Kind, string Name, string File, int Line, string Container = "")
{
    public override string ToString() => $"{Path.GetFileName(File)}:{Line}: {Kind} {Name}";
}
