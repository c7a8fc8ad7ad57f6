namespace BindGen.Core.Passes;

/// <summary>
/// Which system package installed a header, from Debian/Ubuntu's package lists (<c>/var/lib/dpkg/info/*.list</c>):
/// headers one -dev package installs are one library's, whatever folders they sit in (<c>curses.h</c> and
/// <c>unctrl.h</c>, <c>EGL/egl.h</c> and <c>KHR/khrplatform.h</c>). Read once, on first use, only the lists of
/// development packages; elsewhere there is no database and the other rules decide alone.
/// </summary>
internal sealed class PackageDatabase
{
    private const string InfoFolder = "/var/lib/dpkg/info";
    private readonly Lazy<Dictionary<string, string>> _owners;

    private PackageDatabase(string folder) => _owners = new Lazy<Dictionary<string, string>>(() => Read(folder));

    /// <summary>The system's package database, or null when it has none (not Debian-like, or turned off with BINDGEN_NO_PACKAGE_DB=1).</summary>
    public static PackageDatabase? System()
    {
        if (Environment.GetEnvironmentVariable("BINDGEN_NO_PACKAGE_DB") is "1" or "true") return null;
        return OperatingSystem.IsLinux() && Directory.Exists(InfoFolder) ? new PackageDatabase(InfoFolder) : null;
    }

    /// <summary>The package that installed <paramref name="path"/>, or null.</summary>
    public string? PackageOf(string path) => _owners.Value.TryGetValue(path, out var package) ? package : null;

    private static Dictionary<string, string> Read(string folder)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        IEnumerable<string> lists;
        try
        {
            lists = Directory.EnumerateFiles(folder, "*.list").Where(IsDevelopmentPackage).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return owners;
        }
        foreach (var list in lists)
        {
            var name = Path.GetFileNameWithoutExtension(list);
            int colon = name.IndexOf(':');
            var package = colon > 0 ? name[..colon] : name;
            try
            {
                foreach (var line in File.ReadLines(list))
                {
                    if (line.EndsWith(".h", StringComparison.Ordinal)) owners.TryAdd(line, package);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable list only loses this signal for its package.
            }
        }
        return owners;
    }

    private static bool IsDevelopmentPackage(string list)
    {
        var name = Path.GetFileName(list);
        return name.Contains("-dev", StringComparison.Ordinal) || name.Contains("-headers", StringComparison.Ordinal);
    }
}
