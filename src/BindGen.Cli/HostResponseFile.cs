using System.Text;

namespace BindGen.Cli;

/// <summary>
/// <c>dotnet tool run bindgen @args.rsp</c>: the dotnet host expands the response file itself, one line per token, so a
/// documented line <c>--namespace Sqlite</c> arrives as the single token <c>"--namespace Sqlite"</c>. Such a token (an
/// option name of ours, then whitespace) is split the way bindgen's own response files are read: at whitespace, with
/// double quotes grouping. Any other token is left as it is (a header path may contain spaces).
/// </summary>
public static class HostResponseFile
{
    /// <summary>Returns <paramref name="args"/> with host-joined option lines split into tokens.</summary>
    public static string[] Split(string[] args, IReadOnlySet<string> optionNames)
    {
        if (!args.Any(a => a.Length > 1 && a[0] == '-' && a.AsSpan().IndexOfAny(' ', '\t') > 0)) return args;
        var result = new List<string>(args.Length + 4);
        foreach (var arg in args)
        {
            int space = arg.AsSpan().IndexOfAny(' ', '\t');
            if (arg.Length > 1 && arg[0] == '-' && space > 0 && optionNames.Contains(arg[..space])) result.AddRange(Tokenize(arg));
            else result.Add(arg);
        }
        return [.. result];
    }

    private static IEnumerable<string> Tokenize(string line)
    {
        var token = new StringBuilder();
        bool quoted = false, any = false;
        foreach (var c in line)
        {
            if (c == '"') { quoted = !quoted; any = true; continue; }
            if (!quoted && c is ' ' or '\t')
            {
                if (any) { yield return token.ToString(); token.Clear(); any = false; }
                continue;
            }
            token.Append(c);
            any = true;
        }
        if (any) yield return token.ToString();
    }
}
