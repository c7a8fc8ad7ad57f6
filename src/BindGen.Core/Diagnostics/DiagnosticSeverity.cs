namespace BindGen.Core.Diagnostics;

/// <summary>How bad a diagnostic is. Errors make the run fail and write nothing.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Shown with --verbose: something skipped on purpose.</summary>
    Info,
    /// <summary>Output is produced but a user should look.</summary>
    Warning,
    /// <summary>Input is wrong: nothing is written.</summary>
    Error,
}
