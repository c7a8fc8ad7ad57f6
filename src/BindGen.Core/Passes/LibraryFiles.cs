using System.Collections.Frozen;
using System.Collections.Immutable;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// Decides which headers are the library's (docs/usage.md, "Which headers are the library"): the input headers, and the
/// headers reached from them through <c>#include</c>s of library headers that are not the platform's (C library, POSIX,
/// kernel, compiler) and that belong to the same library: included by a wrapper, found beside their includer, moved to
/// a multiarch folder, of the same folder or name family, or installed by the same package. Every directive counts,
/// not only the first inclusion of a file, so the order in which headers were first reached does not matter.
/// <c>--traverse</c> replaces the rule with exactly the files and folders it names; <c>--include-file</c> adds files.
/// </summary>
public sealed class LibraryFiles
{
    private readonly FrozenSet<string> _own;

    private LibraryFiles(ImmutableArray<HeaderVerdict> verdicts, StringComparer comparer)
    {
        Verdicts = verdicts;
        _own = verdicts.Where(v => v.IsLibrary).Select(v => v.Path).ToFrozenSet(comparer);
    }

    /// <summary>Every header read, in first-inclusion order, with whether and why it is the library's.</summary>
    public ImmutableArray<HeaderVerdict> Verdicts { get; }

    /// <summary>True when <paramref name="path"/> (full path) is one of the library's own headers.</summary>
    public bool IsOwn(string path) => _own.Contains(path);

    /// <summary>The own files, sorted.</summary>
    public IEnumerable<string> Files => _own.Order(StringComparer.Ordinal);

    /// <summary>Computes the own files from the inclusion graph.</summary>
    /// <param name="graph">What the parse read.</param>
    /// <param name="traverse">Full paths of files or folders given with --traverse (replaces the rule when not empty).</param>
    /// <param name="includeFile">True for a full path matched by --include-file; null when none was given.</param>
    /// <param name="resourceDirectory">The loaded libclang's resource directory (compiler builtin headers), if known.</param>
    /// <param name="packageOf">The system package that installed a file, or null when unknown; null when there is no package database.</param>
    public static LibraryFiles Compute(CIncludeGraph graph, IReadOnlyList<string> traverse, Func<string, bool>? includeFile, string? resourceDirectory,
        Func<string, string?>? packageOf)
    {
        var comparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var verdicts = new Dictionary<string, HeaderVerdict>(comparer);
        var order = graph.Files.Select(f => f.Path).Concat(graph.Inputs).Distinct(comparer).ToList();

        if (traverse.Count > 0)
        {
            foreach (var path in order)
            {
                bool selected = traverse.Any(t => comparer.Equals(path, t) || IncludePaths.IsUnder(path, t));
                verdicts[path] = new HeaderVerdict(path, selected ? HeaderReason.Traverse : HeaderReason.NotTraversed, null);
            }
        }
        else
        {
            var selection = new Selection(graph, comparer, resourceDirectory, packageOf, verdicts);
            selection.Run();
            foreach (var path in order)
            {
                if (!verdicts.ContainsKey(path)) verdicts[path] = new HeaderVerdict(path, selection.IsPlatform(path) ? HeaderReason.Platform : HeaderReason.NotReached, null);
            }
        }
        if (includeFile is not null)
        {
            foreach (var path in order)
            {
                if (verdicts.TryGetValue(path, out var v) && v.IsLibrary) continue;
                if (includeFile(path)) verdicts[path] = new HeaderVerdict(path, HeaderReason.IncludeFile, null);
            }
        }
        return new LibraryFiles([.. order.Select(p => verdicts.TryGetValue(p, out var v) ? v : new HeaderVerdict(p, HeaderReason.NotReached, null))], comparer);
    }

    /// <summary>
    /// Runs the rule once over a small made-up graph that takes every branch, so that a JIT-compiled process compiles it
    /// while libclang parses (about 30 ms of a short run otherwise); the result is thrown away.
    /// </summary>
    public static void WarmUp()
    {
        const string root = "/warm-up/include";
        CInclusionDirective D(string from, string to, string name, bool angled) => new(from, to, name, angled);
        var directives = ImmutableArray.Create(
            D("/warm-up/wrapper.h", $"{root}/lib/lib.h", "lib/lib.h", true),
            D($"{root}/lib/lib.h", $"{root}/stdio.h", "stdio.h", true),
            D($"{root}/lib/lib.h", $"{root}/lib/conf.h", "conf.h", false),
            D($"{root}/lib/lib.h", $"{root}/x86_64-linux-gnu/libconf.h", "libconf.h", false),
            D($"{root}/lib/lib.h", $"{root}/other.h", "other.h", true));
        var files = directives.Select(d => new CSourceFile(d.Included, d.Includer, IsSystem: true)).Prepend(new CSourceFile("/warm-up/wrapper.h", null));
        var graph = new CIncludeGraph(["/warm-up/wrapper.h"], [.. files], directives);
        Compute(graph, [], _ => false, "/warm-up/resource", _ => null);
    }

    /// <summary>The default rule, as a walk over the directives of library headers until nothing changes.</summary>
    private sealed class Selection(CIncludeGraph graph, StringComparer comparer, string? resourceDirectory, Func<string, string?>? packageOf,
        Dictionary<string, HeaderVerdict> verdicts)
    {
        private readonly IncludePaths _paths = IncludePaths.Build(graph, resourceDirectory, comparer);
        private readonly HashSet<string> _families = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _packages = new(StringComparer.Ordinal);
        // Library headers whose package is not looked up yet: the database is read only when some header is left undecided.
        private readonly List<string> _packaged = [];
        private readonly Queue<string> _queue = new();
        private readonly HashSet<string> _systemFiles = graph.Files.Where(f => f.IsSystem).Select(f => f.Path).ToHashSet(comparer);

        public void Run()
        {
            var byIncluder = graph.Directives.GroupBy(d => d.Includer, comparer).ToDictionary(g => g.Key, g => g.ToList(), comparer);
            // A named header that is not installed is a wrapper (or the library's own umbrella in its own folder).
            var wrappers = graph.Inputs.Where(i => !IsInstalled(i)).ToHashSet(comparer);
            var localInputFolders = wrappers.Select(i => Path.GetDirectoryName(i)!).Distinct(comparer).ToList();

            foreach (var input in graph.Inputs) Add(input, HeaderReason.Input, null, isWrapper: wrappers.Contains(input));
            var candidates = new List<(CInclusionDirective Directive, string Family)>();
            while (true)
            {
                while (_queue.TryDequeue(out var file))
                {
                    if (!byIncluder.TryGetValue(file, out var directives)) continue;
                    foreach (var d in directives)
                    {
                        var target = d.Included;
                        if (verdicts.TryGetValue(target, out var known) && known.Reason != HeaderReason.OtherLibrary) continue;
                        // A wrapper's direct include is what the user asked for: only the package database may call it the platform's.
                        if (_paths.IsPlatform(target, _systemFiles.Contains(target), wrappers.Contains(file) ? packageOf : null))
                        {
                            verdicts[target] = new HeaderVerdict(target, HeaderReason.Platform, file);
                            continue;
                        }
                        var family = _paths.Family(target);
                        HeaderReason? reason =
                            wrappers.Contains(file) ? HeaderReason.WrapperInclude
                            : !d.Angled && IsBeside(d) ? HeaderReason.BesideIncluder
                            : !d.Angled && _paths.IsInMultiarchFolder(target) ? HeaderReason.MultiarchConfig
                            : !_systemFiles.Contains(target) && localInputFolders.Any(f => IncludePaths.IsUnder(target, f)) ? HeaderReason.UnderInputFolder
                            : IsRelated(family) ? HeaderReason.SameFamily
                            : null;
                        if (reason is { } r) Add(target, r, file, isWrapper: false, r == HeaderReason.SameFamily ? family : null);
                        else
                        {
                            verdicts.TryAdd(target, new HeaderVerdict(target, HeaderReason.OtherLibrary, file));
                            candidates.Add((d, family));
                        }
                    }
                }
                // A family or package that joined later may claim a header an earlier library header included.
                bool changed = false;
                foreach (var (d, family) in candidates)
                {
                    if (verdicts[d.Included].Reason != HeaderReason.OtherLibrary) continue;
                    if (IsRelated(family)) changed |= Add(d.Included, HeaderReason.SameFamily, d.Includer, isWrapper: false, family);
                    else if (SamePackage(d.Included) is { } sibling) changed |= Add(d.Included, HeaderReason.SamePackage, sibling, isWrapper: false, packageOf!(d.Included));
                }
                if (!changed) break;
            }
        }

        public bool IsPlatform(string path) => _paths.IsPlatform(path, _systemFiles.Contains(path));

        private bool Add(string path, HeaderReason reason, string? via, bool isWrapper, string? detail = null)
        {
            if (verdicts.TryGetValue(path, out var known) && known.IsLibrary) return false;
            verdicts[path] = new HeaderVerdict(path, reason, via) { Detail = detail };
            // A wrapper's own name says nothing about the libraries it includes; a header that joined for its package says
            // nothing about its folder (x11proto-dev's X11/Xfuncproto.h must not make all of X11/ libXrender's).
            if (!isWrapper)
            {
                if (reason != HeaderReason.SamePackage) _families.Add(_paths.Family(path));
                _packaged.Add(path);
            }
            _queue.Enqueue(path);
            return true;
        }

        private bool IsBeside(CInclusionDirective d)
        {
            if (Path.IsPathRooted(d.Name)) return false;
            var beside = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(d.Includer)!, d.Name));
            return comparer.Equals(beside, d.Included);
        }

        private bool IsRelated(string family)
        {
            if (family.Length == 0) return false;
            foreach (var known in _families)
            {
                if (IncludePaths.AreRelatedFamilies(family, known)) return true;
            }
            return false;
        }

        private string? SamePackage(string path)
        {
            if (packageOf is null) return null;
            foreach (var known in _packaged)
            {
                if (packageOf(known) is { } p) _packages.TryAdd(p, known);
            }
            _packaged.Clear();
            return packageOf(path) is { } package && _packages.TryGetValue(package, out var sibling) ? sibling : null;
        }

        private bool IsInstalled(string input) => _systemFiles.Contains(input) || _paths.IsUnderSystemRoot(input);
    }
}
