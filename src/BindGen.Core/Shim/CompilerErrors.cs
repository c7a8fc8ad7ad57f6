using System.Text.RegularExpressions;

namespace BindGen.Core.Shim;

/// <summary>
/// Reads gcc/clang output back to the shim wrappers that caused each error: by the line of the C file an error (or a
/// note under it) points at, or by gcc's "In function 'NAME':" context.
/// </summary>
public static partial class CompilerErrors
{
    /// <summary>The first error message per wrapper, and the errors no wrapper can be blamed for.</summary>
    public static (Dictionary<string, string> ByWrapper, List<string> Unattributed) Attribute(string output, string sourceFile, string source, IReadOnlyCollection<string> wrappers)
    {
        // Which wrapper each line of the source belongs to: from its BINDGEN_EXPORT line to the next one.
        var owner = new List<string?>();
        string? current = null;
        foreach (var line in source.Split('\n'))
        {
            if (line.StartsWith("BINDGEN_EXPORT ", StringComparison.Ordinal))
                current = wrappers.FirstOrDefault(w => line.Contains(" " + w + "(", StringComparison.Ordinal));
            owner.Add(current);
        }
        string? Owner(int line) => line >= 1 && line <= owner.Count ? owner[line - 1] : null;

        var byWrapper = new Dictionary<string, string>(StringComparer.Ordinal);
        var unattributed = new List<string>();
        string? function = null;
        string? pendingMessage = null;
        void Close()
        {
            if (pendingMessage is not null) unattributed.Add(pendingMessage);
            pendingMessage = null;
        }
        var fileName = Path.GetFileName(sourceFile);
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (InFunction().Match(line) is { Success: true } inFunction)
            {
                function = wrappers.Contains(inFunction.Groups[1].Value) ? inFunction.Groups[1].Value : null;
                continue;
            }
            var located = Located().Match(line);
            string? here = located.Success && Path.GetFileName(located.Groups["file"].Value) == fileName ? Owner(int.Parse(located.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
            if (located.Success && located.Groups["kind"].Value is "error" or "fatal error")
            {
                Close();
                var message = located.Groups["message"].Value;
                var blamed = here ?? function;
                if (blamed is not null) byWrapper.TryAdd(blamed, message);
                else pendingMessage = message;
            }
            else if (pendingMessage is not null && here is not null)
            {
                // An error inside a header, reached through a macro this wrapper expands.
                byWrapper.TryAdd(here, pendingMessage);
                pendingMessage = null;
            }
            else if (pendingMessage is not null && located.Success is false && line.Contains("undefined reference", StringComparison.Ordinal)) Close();
        }
        Close();
        foreach (var line in output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("undefined reference", StringComparison.Ordinal) || l.Contains("cannot find -l", StringComparison.Ordinal) || l.StartsWith("collect2", StringComparison.Ordinal)))
            unattributed.Add(line);
        return (byWrapper, unattributed);
    }

    [GeneratedRegex(@"In function '([A-Za-z_][A-Za-z0-9_]*)'")]
    private static partial Regex InFunction();

    [GeneratedRegex(@"^(?<file>.+?):(?<line>\d+):(?:(?<col>\d+):)?\s*(?<kind>fatal error|error|warning|note):\s*(?<message>.*)$")]
    private static partial Regex Located();
}
