using System.Collections.Frozen;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// Decides which files are the library's own: the input headers and the headers they include, transitively, that sit
/// under an input header's folder and are not the C library's, POSIX's, the OS's or the compiler's. With
/// <c>--traverse</c>, exactly the listed files and folders.
/// </summary>
public sealed class LibraryFiles
{
    private readonly FrozenSet<string> _own;

    private LibraryFiles(FrozenSet<string> own) => _own = own;

    /// <summary>True when <paramref name="path"/> (full path) is one of the library's own headers.</summary>
    public bool IsOwn(string path) => _own.Contains(path);

    /// <summary>The own files, sorted.</summary>
    public IEnumerable<string> Files => _own.Order(StringComparer.Ordinal);

    /// <summary>Computes the own files from the inclusion graph.</summary>
    public static LibraryFiles Compute(IReadOnlyList<CSourceFile> files, IReadOnlyList<string> inputHeaders, IReadOnlyList<string> traverse, string? resourceDirectory)
    {
        var comparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        if (traverse.Count > 0)
        {
            var selected = files.Select(f => f.Path).Where(p => traverse.Any(t => p.Equals(t, StringComparison.Ordinal) || IsUnder(p, t)));
            return new LibraryFiles(selected.ToFrozenSet(comparer));
        }

        var inputs = inputHeaders.ToHashSet(comparer);
        var roots = inputHeaders.Select(h => Path.GetDirectoryName(h)!).Distinct().ToList();
        var own = new HashSet<string>(inputs, comparer);
        // Files arrive in inclusion order, includers before the files they include.
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var file in files)
            {
                if (own.Contains(file.Path) || file.IncludedFrom is null || !own.Contains(file.IncludedFrom)) continue;
                if (resourceDirectory is not null && IsUnder(file.Path, resourceDirectory)) continue;
                var root = roots.FirstOrDefault(r => IsUnder(file.Path, r));
                if (root is null) continue;
                var relative = Path.GetRelativePath(root, file.Path).Replace('\\', '/');
                if (SystemHeaders.IsSystem(relative)) continue;
                own.Add(file.Path);
                changed = true;
            }
        }
        return new LibraryFiles(own.ToFrozenSet(comparer));
    }

    private static bool IsUnder(string path, string folder)
    {
        var f = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(f, StringComparison.Ordinal);
    }
}
