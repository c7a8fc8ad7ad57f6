using BindGen.Core;
using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Targets;

/// <summary>
/// A header clang cannot find is recognised from libclang's structure (a fatal diagnostic on an <c>#include</c> that reached
/// no file), never from the message text: an error whose text says "file not found" is not an include failure.
/// </summary>
public sealed class IncludeFailureTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bindgen-include-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private IReadOnlyList<Diagnostic> Generate(string header) =>
        Generator.Generate(new GeneratorOptions { Headers = [header], Namespace = "X", TargetTriple = "x86_64-unknown-linux-gnu" }, "out.cs").Diagnostics;

    [Fact]
    public void A_missing_header_is_flagged_at_its_include_line()
    {
        var header = Write("lib.h", "#include <stddef.h>\n#include \"no_such_header_here.h\"\nint f(void);\n");
        var d = Assert.Single(Generate(header), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.ClangError.Code, d.Code);
        Assert.True(d.IncludeNotFound);
        Assert.Equal((2, 10), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void An_error_whose_text_says_file_not_found_is_not_an_include_failure()
    {
        var header = Write("lib.h", "#include <stddef.h>\n#error 'x.h' file not found\nint f(void);\n");
        var d = Assert.Single(Generate(header), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("file not found", d.Message, StringComparison.Ordinal);
        Assert.False(d.IncludeNotFound);
    }

    [Fact]
    public void A_fatal_error_that_is_not_on_an_include_line_is_not_an_include_failure()
    {
        // A found header whose own content stops the parse: the fatal error is inside it, on no unresolved directive.
        Write("inner.h", "#include \"deeper_missing.h\"\n");
        var header = Write("lib.h", "#include \"inner.h\"\nint f(void);\n#error stop\n");
        var errors = Generate(header).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Contains(errors, d => d.IncludeNotFound && d.Location!.File.EndsWith("inner.h", StringComparison.Ordinal) && d.Location.Line == 1);
        Assert.DoesNotContain(errors, d => d.IncludeNotFound && d.Location!.File.EndsWith("lib.h", StringComparison.Ordinal));
    }
}
