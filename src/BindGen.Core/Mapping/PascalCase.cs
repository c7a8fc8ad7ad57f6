namespace BindGen.Core.Mapping;

/// <summary>
/// The one place names are PascalCased. Two rules, each named for where it applies: <see cref="Of"/> for declarations
/// (<c>--pascal-case</c>), and <see cref="JoinWords"/> for the names BindGen makes up (safe-layer classes, handles,
/// callbacks, methods; the default namespace), which keep every letter's case after the first of each word.
/// </summary>
public static class PascalCase
{
    /// <summary>
    /// <c>z_stream_s</c> → <c>ZStreamS</c>, <c>SQLITE_OK</c> → <c>SqliteOk</c>, <c>zlibVersion</c> → <c>ZlibVersion</c>:
    /// words split at underscores, an all-capitals word capitalized, others keep their inner capitals; leading and
    /// trailing underscores are kept (<c>gzgetc_</c> → <c>Gzgetc_</c>, distinct from <c>gzgetc</c>). Null when the result
    /// would not be an identifier (a digit first).
    /// </summary>
    public static string? Of(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        int leading = name.Length - name.TrimStart('_').Length;
        sb.Append('_', leading);
        foreach (var word in name.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            bool allCaps = word.Any(char.IsLetter) && !word.Any(char.IsLower);
            sb.Append(char.ToUpperInvariant(word[0])).Append(allCaps ? word[1..].ToLowerInvariant() : word[1..]);
        }
        if (sb.Length == leading || char.IsDigit(sb[leading])) return null;
        sb.Append('_', Math.Min(name.Length - leading, name.Length - name.TrimEnd('_').Length));
        return sb.ToString();
    }

    /// <summary>
    /// Words split at <paramref name="separators"/>, each with its first letter capitalized and the rest kept:
    /// <c>kv_store</c> → <c>KvStore</c>, <c>SQLITE_OK</c> → <c>SQLITEOK</c>.
    /// </summary>
    public static string JoinWords(string name, params char[] separators) =>
        string.Concat(name.Split(separators, StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
