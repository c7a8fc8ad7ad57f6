using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using BindGen.Clang.Interop;

namespace BindGen.Clang;

/// <summary>
/// Finds and loads the system libclang, and the builtin-header resource directory that belongs to it.
/// </summary>
/// <remarks>
/// Order: <c>BINDGEN_LIBCLANG</c> (file or folder), <c>LIBCLANG_PATH</c>, <c>libclang.so</c>,
/// <c>libclang-NN.so.1</c> from newest to oldest, <c>/usr/lib/llvm-NN/lib/libclang.so.1</c>,
/// Homebrew/Xcode paths on macOS, <c>libclang.dll</c> in the LLVM install folder on Windows.
/// </remarks>
public static partial class LibClangLoader
{
    private static readonly Lock Gate = new();
    private static bool _resolverRegistered;
    private static LibClangInfo? _loaded;
    private static string? _failure;

    /// <summary>Newest and oldest LLVM major versions probed by name.</summary>
    private const int NewestMajor = 30, OldestMajor = 9;

    /// <summary>Loads libclang once; throws <see cref="LibClangNotFoundException"/> with install instructions when it is missing.</summary>
    public static LibClangInfo Load()
    {
        lock (Gate)
        {
            if (_loaded is not null) return _loaded;
            if (_failure is not null) throw new LibClangNotFoundException(_failure);
            var tried = new List<string>();
            // An explicit BINDGEN_LIBCLANG or LIBCLANG_PATH is the user's choice: never fall back to another libclang
            // behind their back.
            var explicitChoice = ExplicitChoice();
            foreach (var candidate in Candidates())
            {
                if (explicitChoice is { } choice && tried.Count > 0 && !IsUnder(choice.Value, candidate)) break;
                tried.Add(candidate);
                if (!NativeLibrary.TryLoad(candidate, out var handle)) continue;
                if (!NativeLibrary.TryGetExport(handle, "clang_createIndex", out _)) continue;
                var path = Path.IsPathRooted(candidate) ? candidate : FindMappedPath(handle, candidate) ?? candidate;
                _handle = handle;
                EnsureResolverRegistered();
                var versionText = NativeMethods.Take(NativeMethods.clang_getClangVersion());
                var version = ParseVersion(versionText);
                _loaded = new LibClangInfo(path, versionText, version, FindResourceDirectory(path, version));
                return _loaded;
            }
            if (explicitChoice is { } chosen)
            {
                _failure = $"{chosen.Variable} is set to '{chosen.Value}', but no loadable libclang is there. " +
                           "Point it at the library file (e.g. /usr/lib/llvm-14/lib/libclang.so.1) or its folder, or unset it to search the usual places.";
                throw new LibClangNotFoundException(_failure);
            }
            _failure = "libclang was not found. Install it (Debian/Ubuntu: 'apt-get install libclang1-14 libclang-common-14-dev'; " +
                       "macOS: 'brew install llvm'; Windows: the LLVM installer), or set BINDGEN_LIBCLANG to the library file or its folder. " +
                       "Tried: " + string.Join(", ", tried.Take(12)) + (tried.Count > 12 ? ", ..." : "");
            throw new LibClangNotFoundException(_failure);
        }
    }

    private static nint _handle;

    internal static void EnsureResolverRegistered()
    {
        lock (Gate)
        {
            if (_resolverRegistered) return;
            _resolverRegistered = true;
            NativeLibrary.SetDllImportResolver(typeof(LibClangLoader).Assembly, Resolve);
        }
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (name != NativeMethods.LibraryName) return 0;
        if (_handle == 0) Load();
        return _handle;
    }

    /// <summary>The first of <c>BINDGEN_LIBCLANG</c> and <c>LIBCLANG_PATH</c> that is set, or null.</summary>
    private static (string Variable, string Value)? ExplicitChoice()
    {
        foreach (var variable in ExplicitVariables)
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrWhiteSpace(value)) return (variable, value);
        }
        return null;
    }

    private static readonly string[] ExplicitVariables = ["BINDGEN_LIBCLANG", "LIBCLANG_PATH"];

    private static bool IsUnder(string value, string candidate) =>
        candidate == value || Directory.Exists(value) && candidate.StartsWith(value, StringComparison.Ordinal);

    /// <summary>Every place probed, in order.</summary>
    public static IEnumerable<string> Candidates()
    {
        foreach (var variable in ExplicitVariables)
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (Directory.Exists(value))
            {
                foreach (var file in LibraryFileNames()) yield return Path.Combine(value, file);
            }
            else yield return value;
        }

        if (OperatingSystem.IsWindows())
        {
            yield return "libclang.dll";
            foreach (var root in new[] { Environment.GetEnvironmentVariable("ProgramFiles"), Environment.GetEnvironmentVariable("ProgramFiles(x86)") })
                if (!string.IsNullOrEmpty(root)) yield return Path.Combine(root, "LLVM", "bin", "libclang.dll");
            yield break;
        }

        if (OperatingSystem.IsMacOS())
        {
            yield return "libclang.dylib";
            yield return "/opt/homebrew/opt/llvm/lib/libclang.dylib";
            yield return "/usr/local/opt/llvm/lib/libclang.dylib";
            for (int major = NewestMajor; major >= OldestMajor; major--)
            {
                yield return $"/opt/homebrew/opt/llvm@{major}/lib/libclang.dylib";
                yield return $"/usr/local/opt/llvm@{major}/lib/libclang.dylib";
            }
            yield return "/Library/Developer/CommandLineTools/usr/lib/libclang.dylib";
            yield return "/Applications/Xcode.app/Contents/Developer/Toolchains/XcodeDefault.xctoolchain/usr/lib/libclang.dylib";
            yield break;
        }

        yield return "libclang.so";
        for (int major = NewestMajor; major >= OldestMajor; major--)
        {
            yield return $"libclang-{major}.so.1";
            yield return $"/usr/lib/llvm-{major}/lib/libclang.so.1";
            yield return $"/usr/lib64/llvm{major}/lib/libclang.so.{major}";
        }
        yield return "libclang.so.1";
    }

    private static IEnumerable<string> LibraryFileNames()
    {
        if (OperatingSystem.IsWindows()) { yield return "libclang.dll"; yield break; }
        if (OperatingSystem.IsMacOS()) { yield return "libclang.dylib"; yield break; }
        yield return "libclang.so";
        yield return "libclang.so.1";
        for (int major = NewestMajor; major >= OldestMajor; major--) yield return $"libclang-{major}.so.1";
    }

    private static string? FindMappedPath(nint handle, string name)
    {
        // Linux: /proc/self/maps names the file that backs the mapping; other systems keep the name.
        const string maps = "/proc/self/maps";
        if (!File.Exists(maps)) return null;
        var stem = Path.GetFileName(name).Split('.')[0];
        foreach (var line in File.ReadLines(maps))
        {
            int slash = line.IndexOf('/');
            if (slash < 0) continue;
            var file = line[slash..];
            if (Path.GetFileName(file).StartsWith(stem, StringComparison.Ordinal)) return file;
        }
        return null;
    }

    /// <summary>Parses "clang version 14.0.6 (...)" into a version.</summary>
    public static Version ParseVersion(string text)
    {
        var match = VersionPattern().Match(text);
        return match.Success
            ? new Version(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), match.Groups[3].Success ? int.Parse(match.Groups[3].Value) : 0)
            : new Version(0, 0);
    }

    /// <summary>
    /// Finds <c>lib/clang/&lt;version&gt;</c> for the loaded libclang's own version, never another installed one.
    /// </summary>
    public static string? FindResourceDirectory(string libraryPath, Version version)
    {
        var dirs = new List<string>();
        void AddDirs(string? p)
        {
            if (string.IsNullOrEmpty(p) || !Path.IsPathRooted(p)) return;
            var dir = Path.GetDirectoryName(p);
            if (dir is not null) dirs.Add(dir);
        }
        AddDirs(libraryPath);
        try { AddDirs(new FileInfo(libraryPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        var names = new[] { $"{version.Major}.{version.Minor}.{version.Build}", $"{version.Major}" };
        var candidates = new List<string>();
        foreach (var dir in dirs)
        {
            foreach (var n in names)
            {
                candidates.Add(Path.Combine(dir, "clang", n));
                candidates.Add(Path.Combine(dir, "..", "lib", "clang", n));
            }
        }
        foreach (var n in names)
        {
            candidates.Add($"/usr/lib/llvm-{version.Major}/lib/clang/{n}");
            candidates.Add($"/usr/lib64/llvm{version.Major}/lib/clang/{n}");
            candidates.Add($"/usr/lib/clang/{n}");
            candidates.Add($"/usr/local/lib/clang/{n}");
        }
        foreach (var c in candidates)
        {
            if (File.Exists(Path.Combine(c, "include", "stddef.h"))) return Path.GetFullPath(c);
        }
        return null;
    }

    [GeneratedRegex(@"version (\d+)\.(\d+)(?:\.(\d+))?")]
    private static partial Regex VersionPattern();
}

/// <summary>What was loaded: the library file, its version, and its builtin-header resource directory (null when not found).</summary>
public sealed record LibClangInfo(string LibraryPath, string VersionText, Version Version, string? ResourceDirectory);

/// <summary>Thrown when no libclang can be loaded; the message says how to install one.</summary>
public sealed class LibClangNotFoundException(string message) : Exception(message);
