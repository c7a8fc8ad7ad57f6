using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// Where headers sit relative to the include folders the parse searched: each header's name as an <c>#include</c>
/// would write it (<c>openssl/ssl.h</c>, also for <c>/usr/include/x86_64-linux-gnu/openssl/opensslconf.h</c>), its family
/// (top folder, or file name at the top), and whether it is the platform's. The include folders are read off the
/// directives themselves: a header found as <c>&lt;a/b.h&gt;</c> at <c>/x/a/b.h</c> shows the folder <c>/x</c>.
/// </summary>
internal sealed class IncludePaths
{
    private readonly List<(string Folder, bool System)> _roots;
    private readonly string? _resourceDirectory;
    private readonly StringComparer _comparer;

    private IncludePaths(List<(string Folder, bool System)> roots, string? resourceDirectory, StringComparer comparer)
    {
        _roots = roots;
        _resourceDirectory = resourceDirectory;
        _comparer = comparer;
    }

    /// <summary>Reads the include folders off <paramref name="graph"/>'s directives, longest first.</summary>
    public static IncludePaths Build(CIncludeGraph graph, string? resourceDirectory, StringComparer comparer)
    {
        var system = graph.Files.Where(f => f.IsSystem).Select(f => f.Path).ToHashSet(comparer);
        var roots = new Dictionary<string, bool>(comparer);
        foreach (var d in graph.Directives)
        {
            if (Path.IsPathRooted(d.Name)) continue;
            // A quoted name found beside its includer shows no include folder.
            if (!d.Angled && comparer.Equals(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(d.Includer)!, d.Name)), d.Included)) continue;
            var name = Normalize(d.Name);
            var suffix = Path.DirectorySeparatorChar + name.Replace('/', Path.DirectorySeparatorChar);
            if (!d.Included.EndsWith(suffix, comparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)) continue;
            var root = d.Included[..^suffix.Length];
            if (root.Length == 0) root = Path.DirectorySeparatorChar.ToString();
            bool isSystem = system.Contains(d.Included);
            roots[root] = roots.TryGetValue(root, out var known) ? known || isSystem : isSystem;
        }
        if (resourceDirectory is not null) roots[Path.Combine(resourceDirectory, "include")] = true;
        return new IncludePaths([.. roots.Select(r => (r.Key, r.Value)).OrderByDescending(r => r.Key.Length).ThenBy(r => r.Key, StringComparer.Ordinal)],
            resourceDirectory, comparer);
    }

    /// <summary>The name an <c>#include</c> would write for <paramref name="path"/>: relative to the innermost include folder, else the file name.</summary>
    public string Logical(string path)
    {
        foreach (var (folder, _) in _roots)
        {
            if (IsUnder(path, folder)) return Path.GetRelativePath(folder, path).Replace('\\', '/');
        }
        return Path.GetFileName(path);
    }

    /// <summary>
    /// The family of a header: its top folder (<c>openssl</c> for <c>openssl/ssl.h</c>), or its name without extension at
    /// the top of an include folder (<c>zlib</c> for <c>zlib.h</c>).
    /// </summary>
    public string Family(string path)
    {
        var logical = Logical(path);
        int slash = logical.IndexOf('/');
        return slash > 0 ? logical[..slash] : Path.GetFileNameWithoutExtension(logical);
    }

    /// <summary>True for the C library's, POSIX's, the kernel's and the compiler's headers.</summary>
    public bool IsPlatform(string path)
    {
        if (_resourceDirectory is not null && IsUnder(path, _resourceDirectory)) return true;
        return SystemHeaders.IsSystem(Logical(path));
    }

    /// <summary>True when the innermost include folder of <paramref name="path"/> is a multiarch folder (<c>/usr/include/x86_64-linux-gnu</c>).</summary>
    public bool IsInMultiarchFolder(string path)
    {
        foreach (var (folder, _) in _roots)
        {
            if (IsUnder(path, folder)) return IsMultiarchName(Path.GetFileName(folder));
        }
        return false;
    }

    /// <summary>True when <paramref name="path"/> is under an include folder whose headers clang treats as system headers.</summary>
    public bool IsUnderSystemRoot(string path) => _roots.Any(r => r.System && IsUnder(path, r.Folder));

    /// <summary>
    /// True when two families are one library's: equal, or one is the other's prefix of at least three characters
    /// (<c>lib</c> and <c>lib_ext</c>, <c>png</c> and <c>pngconf</c>, <c>glib</c> and <c>glibconfig</c>). Case is ignored.
    /// </summary>
    public static bool AreRelatedFamilies(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase)
            || shorter.Length < 3 && longer.Equals(shorter, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="folder"/> (full paths).</summary>
    public static bool IsUnder(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var f = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(f, comparison);
    }

    private static string Normalize(string name)
    {
        var n = name.Replace('\\', '/');
        while (n.StartsWith("./", StringComparison.Ordinal)) n = n[2..];
        return n;
    }

    /// <summary>Debian/Ubuntu multiarch tuples: x86_64-linux-gnu, aarch64-linux-gnu, arm-linux-gnueabihf, i386-linux-gnu...</summary>
    private static bool IsMultiarchName(string name)
    {
        var parts = name.Split('-');
        return parts.Length == 3 && parts[1] is "linux" or "kfreebsd" or "hurd" && parts[0].Length > 0 && parts[2].Length > 0;
    }
}
