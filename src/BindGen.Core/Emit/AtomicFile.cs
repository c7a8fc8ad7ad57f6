namespace BindGen.Core.Emit;

/// <summary>
/// The one place files are written atomically: the bytes go to a hidden temporary file beside the target, which is then
/// renamed over it, so a reader (a build, an editor) never sees a half-written file; a failure leaves the target as it
/// was and names the target, never the temporary.
/// </summary>
public static class AtomicFile
{
    /// <summary>A new hidden temporary path beside <paramref name="path"/> (its folder created).</summary>
    public static string TemporaryFor(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>Renames the written <paramref name="temporary"/> over <paramref name="path"/>.</summary>
    public static void Commit(string temporary, string path) => File.Move(temporary, path, overwrite: true);

    /// <summary>Deletes <paramref name="temporary"/> if it is still there (best effort: a failure here hides no error of the write).</summary>
    public static void Discard(string? temporary)
    {
        try
        {
            if (temporary is not null && File.Exists(temporary)) File.Delete(temporary);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>The message of <paramref name="error"/> with the temporary's path replaced by the target's.</summary>
    public static string Reason(Exception error, string? temporary, string path) =>
        temporary is null ? error.Message : error.Message.Replace(temporary, path, StringComparison.Ordinal);

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> atomically. Throws <see cref="IOException"/> (its message
    /// naming <paramref name="path"/>) when the file cannot be written.
    /// </summary>
    public static void Write(string path, byte[] bytes)
    {
        string? temporary = null;
        try
        {
            temporary = TemporaryFor(path);
            File.WriteAllBytes(temporary, bytes);
            Commit(temporary, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(Reason(e, temporary, path), e);
        }
        finally
        {
            Discard(temporary);
        }
    }
}
