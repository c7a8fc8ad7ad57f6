using BindGen.Core.Model;

namespace BindGen.Core.Diagnostics;

/// <summary>A problem found in the input, as a value: faces decide how to print it.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, CLocation? Location, string Message)
{
    /// <summary>
    /// True when the declaration the diagnostic names was left out of the output because of it. Codes that always skip are
    /// listed in <see cref="CoverageReport.SkipCodes"/>; this flag tells for a code that only sometimes does (a name
    /// collision skips a declaration, or renames it).
    /// </summary>
    public bool SkipsDeclaration { get; init; }

    /// <summary>
    /// True when clang reported an error on an <c>#include</c> directive that reached no file (the line of an inclusion
    /// directive without an included file): a missing include folder or sysroot rather than an error in the
    /// input. Set where the parse happens (<c>HeaderParser</c>), from libclang's structure, never from the message text.
    /// </summary>
    public bool IncludeNotFound { get; init; }

    /// <summary>With <see cref="IncludeNotFound"/>: the header name as the <c>#include</c> spells it (<c>sys/types.h</c>).</summary>
    public string? MissingInclude { get; init; }

    /// <summary>gcc-style: <c>file:line:col: error BG0001: message</c>.</summary>
    public string Format()
    {
        var severity = Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
        return Location is { File.Length: > 0 } l
            ? $"{l.File}:{l.Line}:{l.Column}: {severity} {Code}: {Message}"
            : $"bindgen: {severity} {Code}: {Message}";
    }

    /// <summary>MSBuild's canonical format: <c>file(line,col): error BG0001: message</c>.</summary>
    public string FormatMSBuild()
    {
        var severity = Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "message" };
        return Location is { File.Length: > 0 } l
            ? $"{l.File}({l.Line},{l.Column}): {severity} {Code}: {Message}"
            : $"bindgen : {severity} {Code}: {Message}";
    }

    /// <inheritdoc/>
    public override string ToString() => Format();
}
