namespace BindGen.Core.Diagnostics;

/// <summary>A diagnostic code with its default severity and title.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title);
