namespace BindGen.Tests.Infrastructure;

/// <summary>Folders of the repository the tests read from, found by walking up to BindGen.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BindGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("BindGen.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => root.Value;
    public static string TestHeaders => Path.Combine(Root, "test-headers");
    public static string Snapshots => Path.Combine(Root, "snapshots");

    /// <summary>A fresh, empty temporary folder under /tmp/bindgen-tests.</summary>
    public static string NewTempDirectory(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), "bindgen-tests", prefix + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
