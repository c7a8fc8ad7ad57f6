using BindGen.Cli;
using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Cli;

public sealed class DependencyFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bindgen-deps-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Lists_paths_absolute_sorted_ordinally_and_once_each()
    {
        var text = DependencyFile.Render(["/b/z.h", "/a/Y.h", "/b/z.h", "/a/x.h"]);

        Assert.Equal("/a/Y.h\n/a/x.h\n/b/z.h\n", text);
    }

    [Fact]
    public void Rewrites_the_file_only_when_the_list_changed()
    {
        var path = Path.Combine(_dir, "sub", "out.deps");
        var diagnostics = new DiagnosticBag();

        DependencyFile.Write(path, ["/a.h", "/b.h"], diagnostics);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);
        DependencyFile.Write(path, ["/b.h", "/a.h"], diagnostics);
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));

        DependencyFile.Write(path, ["/a.h", "/c.h"], diagnostics);
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(path));
        Assert.Equal("/a.h\n/c.h\n", File.ReadAllText(path));
        Assert.Empty(diagnostics.ToList());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
