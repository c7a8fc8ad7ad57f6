using System.Text;
using BindGen.Core.Diagnostics;
using BindGen.Core.Emit;

namespace BindGen.Cli;

/// <summary>Writes the <c>--deps-file</c>: every header a run read, one absolute path per line, sorted; MSBuild reads it back as inputs.</summary>
public static class DependencyFile
{
    /// <summary>The file's exact text for <paramref name="dependencies"/>: ordinal sort, no duplicates, '\n' after each line.</summary>
    public static string Render(IEnumerable<string> dependencies) =>
        string.Concat(dependencies.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(d => d + "\n"));

    /// <summary>Writes atomically (<see cref="AtomicFile"/>), and only when the content changed, so the file's timestamp means something.</summary>
    public static void Write(string path, IEnumerable<string> dependencies, DiagnosticBag diagnostics)
    {
        var text = Render(dependencies);
        var full = Path.GetFullPath(path);
        try
        {
            if (File.Exists(full) && File.ReadAllText(full) == text) return;
            AtomicFile.Write(full, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.WriteFailed, null, $"cannot write the dependency file '{path}': {e.Message}");
        }
    }
}
