using System.Text.RegularExpressions;

namespace BindGen.Core.Passes;

/// <summary>
/// A name pattern of <c>--include</c>, <c>--exclude</c> and <c>--opaque</c>: a glob (<c>*</c> any run of characters,
/// <c>?</c> one character, anything else literal, whole name) or, written between slashes (<c>/^z_/</c>), a regex.
/// </summary>
public sealed class NamePattern
{
    private readonly Regex _regex;

    private NamePattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    /// <summary>The pattern as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>True when <paramref name="name"/> matches.</summary>
    public bool Matches(string name) => name.Length > 0 && _regex.IsMatch(name);

    /// <summary>Parses a pattern; null with <paramref name="error"/> set when a regex does not parse.</summary>
    public static NamePattern? Parse(string text, out string? error)
    {
        error = null;
        try
        {
            if (text.Length >= 2 && text[0] == '/' && text[^1] == '/')
                return new NamePattern(text, new Regex(text[1..^1], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            var glob = "^" + Regex.Escape(text).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
            return new NamePattern(text, new Regex(glob, RegexOptions.CultureInvariant));
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }
}
