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
    /// The family of a header: the folder an <c>#include</c> names it in (<c>openssl</c> for <c>openssl/ssl.h</c>,
    /// <c>X11/extensions</c> for <c>X11/extensions/Xrender.h</c>), or its name without extension at the top of an include
    /// folder (<c>zlib</c> for <c>zlib.h</c>).
    /// </summary>
    public string Family(string path)
    {
        var logical = Logical(path);
        int slash = logical.LastIndexOf('/');
        return slash > 0 ? logical[..slash] : Path.GetFileNameWithoutExtension(logical);
    }

    /// <summary>
    /// True for the C library's, POSIX's, the kernel's and the compiler's headers: the compiler's own, and headers clang
    /// treats as system headers (<paramref name="isSystem"/>: found through a system or <c>-isystem</c> folder, not <c>-I</c>) under a name the platform uses (<c>stdio.h</c>, <c>sys/types.h</c>). A header of a
    /// non-system folder (your library's <c>memory.h</c>, <c>-I/usr/include/nss</c>'s <c>nss.h</c>) never is; nor is one
    /// the package database says another package installed (libnsl's <c>rpcsvc/ypclnt.h</c>), when <paramref name="packageOf"/> is given.
    /// </summary>
    public bool IsPlatform(string path, bool isSystem, Func<string, string?>? packageOf = null)
    {
        if (_resourceDirectory is not null && IsUnder(path, _resourceDirectory)) return true;
        if (!SystemHeaders.IsSystem(Logical(path))) return false;
        if (!isSystem) return false;
        return packageOf?.Invoke(path) is not { } package || SystemHeaders.IsPlatformPackage(package);
    }

    /// <summary>True when <paramref name="path"/> is in an include folder that is a multiarch folder (<c>/usr/include/x86_64-linux-gnu</c>).</summary>
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
    /// True when a header of family <paramref name="candidate"/> belongs with a library header of family
    /// <paramref name="known"/>: the same folder or a folder inside it (<c>freetype/config</c> in <c>freetype</c>, never
    /// <c>X11</c> for <c>X11/extensions</c>), or, between top-level names and top folders, one the other's prefix of at
    /// least three characters (<c>lib</c> and <c>lib_ext</c>, <c>png</c> and <c>pngconf</c>, <c>glib.h</c> and
    /// <c>glib/</c>). Case is ignored.
    /// </summary>
    public static bool AreRelatedFamilies(string candidate, string known)
    {
        if (candidate.Length == 0 || known.Length == 0) return false;
        if (candidate.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        if (candidate.StartsWith(known + "/", StringComparison.OrdinalIgnoreCase)) return true;
        // Prefixes only between names of one part: a deeper folder says which library it is.
        var top = candidate.Split('/')[0];
        if (known.Contains('/')) return false;
        var (shorter, longer) = top.Length <= known.Length ? (top, known) : (known, top);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase)
            || top.Equals(known, StringComparison.OrdinalIgnoreCase);
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
