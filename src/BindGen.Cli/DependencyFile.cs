using System.Text;
using BindGen.Core.Diagnostics;

namespace BindGen.Cli;

/// <summary>Writes the <c>--deps-file</c>: every header a run read, one absolute path per line, sorted; MSBuild reads it back as inputs.</summary>
public static class DependencyFile
{
    /// <summary>The file's exact text for <paramref name="dependencies"/>: ordinal sort, no duplicates, '\n' after each line.</summary>
    public static string Render(IEnumerable<string> dependencies) =>
        string.Concat(dependencies.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(d => d + "\n"));

    /// <summary>Writes atomically (temp file + rename), and only when the content changed, so the file's timestamp means something.</summary>
    public static void Write(string path, IEnumerable<string> dependencies, DiagnosticBag diagnostics)
    {
        var text = Render(dependencies);
        var full = Path.GetFullPath(path);
        string? temp = null;
        try
        {
            if (File.Exists(full) && File.ReadAllText(full) == text) return;
            var dir = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(dir);
            temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = temp is null ? e.Message : e.Message.Replace(temp, full, StringComparison.Ordinal);
            diagnostics.Add(DiagnosticCodes.WriteFailed, null, $"cannot write the dependency file '{path}': {reason}");
        }
        finally
        {
            try { if (temp is not null && File.Exists(temp)) File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
