using BindGen.Core.Model;

namespace BindGen.Core.Diagnostics;

/// <summary>Collects diagnostics through every stage. Thread-safe for parallel generation.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>Adds a diagnostic of <paramref name="descriptor"/>'s code and severity.</summary>
    public void Add(DiagnosticDescriptor descriptor, CLocation? location, string message) =>
        Add(new Diagnostic(descriptor.Code, descriptor.Severity, location, message));

    /// <summary>Adds a diagnostic saying the declaration it names is left out of the output (<see cref="Diagnostic.SkipsDeclaration"/>).</summary>
    public void AddSkip(DiagnosticDescriptor descriptor, CLocation? location, string message) =>
        Add(new Diagnostic(descriptor.Code, descriptor.Severity, location, message) { SkipsDeclaration = true });

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == DiagnosticSeverity.Error); }
    }

    /// <summary>A snapshot of the diagnostics in the order they were reported.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        lock (_gate) return [.. _items];
    }
}
