using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BindGen.Core.Emit;

/// <summary>
/// Loads templates by name: from the user's override folder when it has a file of that name, else from the built-in
/// templates embedded in BindGen.Core. Names cannot leave either root.
/// </summary>
public sealed class TemplateLoader : ITemplateLoader
{
    private const string BuiltinPrefix = "builtin:";
    private readonly string? _overrideDirectory;

    /// <summary>Creates a loader; <paramref name="overrideDirectory"/> may be null.</summary>
    public TemplateLoader(string? overrideDirectory) => _overrideDirectory = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);

    /// <summary>Resolves a template name to a path (a file in the override folder, or builtin:NAME).</summary>
    public string? Resolve(string templateName)
    {
        if (templateName.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(templateName) || templateName.Contains('\\')) return null;
        if (_overrideDirectory is not null)
        {
            var candidate = Path.GetFullPath(Path.Combine(_overrideDirectory, templateName));
            if (candidate.StartsWith(_overrideDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(candidate) && StaysInside(candidate)) return candidate;
        }
        return Builtin(templateName) is null ? null : BuiltinPrefix + templateName;
    }

    /// <summary>A symbolic link in the templates folder must not lead out of it.</summary>
    private bool StaysInside(string candidate)
    {
        for (var dir = Path.GetDirectoryName(candidate); dir is not null && dir.Length > _overrideDirectory!.Length; dir = Path.GetDirectoryName(dir))
        {
            if (new DirectoryInfo(dir).LinkTarget is not null) return false;
        }
        var target = new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        if (target is null) return true;
        var root = new DirectoryInfo(_overrideDirectory!).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _overrideDirectory!;
        return target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || target.StartsWith(_overrideDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>Loads the text of a resolved path.</summary>
    public string LoadText(string path) =>
        path.StartsWith(BuiltinPrefix, StringComparison.Ordinal) ? Builtin(path[BuiltinPrefix.Length..])! : File.ReadAllText(path);

    /// <summary>The built-in template text, or null.</summary>
    public static string? Builtin(string name)
    {
        using var stream = typeof(TemplateLoader).Assembly.GetManifestResourceStream("templates/" + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Names of all built-in templates.</summary>
    public static IEnumerable<string> BuiltinNames() =>
        typeof(TemplateLoader).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("templates/", StringComparison.Ordinal)).Select(n => n["templates/".Length..]).Order(StringComparer.Ordinal);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Resolve(templateName) ?? throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' not found");

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => LoadText(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)LoadText(templatePath));
}
