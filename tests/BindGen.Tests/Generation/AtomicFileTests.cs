using BindGen.Core.Emit;

namespace BindGen.Tests.Generation;

/// <summary>The one atomic temp-and-rename write that generated files, the shim binary and the dependency file share.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bindgen-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_write_replaces_the_file_and_leaves_no_temporary_beside_it()
    {
        var path = Path.Combine(_dir, "sub", "out.cs");
        AtomicFile.Write(path, "old"u8.ToArray());
        AtomicFile.Write(path, "new"u8.ToArray());
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(new[] { "out.cs" }, Directory.GetFiles(Path.GetDirectoryName(path)!).Select(p => Path.GetFileName(p)!).ToArray());
    }

    [Fact]
    public void A_failed_write_names_the_target_and_leaves_no_temporary()
    {
        // The target is a folder: the rename fails after the temporary was written.
        var path = Path.Combine(_dir, "taken");
        Directory.CreateDirectory(path);
        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, "x"u8.ToArray()));
        Assert.DoesNotContain(".tmp", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "taken" }, Directory.GetFileSystemEntries(_dir).Select(p => Path.GetFileName(p)!).ToArray());
    }

    [Fact]
    public void The_temporary_is_hidden_beside_the_target()
    {
        var temporary = AtomicFile.TemporaryFor(Path.Combine(_dir, "a.cs"));
        Assert.Equal(_dir, Path.GetDirectoryName(temporary));
        Assert.StartsWith(".a.cs.", Path.GetFileName(temporary), StringComparison.Ordinal);
        Assert.EndsWith(".tmp", temporary, StringComparison.Ordinal);
    }
}
