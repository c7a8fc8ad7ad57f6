using System.Text;
using Xunit.Sdk;

namespace BindGen.Tests.Infrastructure;

/// <summary>
/// Golden files in Verify's conventions: <c>name.verified.cs</c> is the reviewed output, a mismatch writes
/// <c>name.received.cs</c> beside it and fails with a unified diff. Set <c>BINDGEN_ACCEPT=1</c> to accept
/// the received output as the new verified file (review the git diff before committing it).
/// </summary>
public static class SnapshotAssert
{
    public static bool AcceptMode => Environment.GetEnvironmentVariable("BINDGEN_ACCEPT") is "1" or "true";

    /// <param name="actual">What the test produced.</param>
    /// <param name="snapshotBase">Path without extension, e.g. snapshots/records/struct_basic.</param>
    public static void Matches(string actual, string snapshotBase, string extension = ".cs")
    {
        var verified = snapshotBase + ".verified" + extension;
        var received = snapshotBase + ".received" + extension;
        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (AcceptMode)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No verified snapshot {Rel(verified)}; the output was written to {Rel(received)}. Review it, then rename it or run with BINDGEN_ACCEPT=1."
            : $"Snapshot {Rel(verified)} differs (received output in {Rel(received)}; accept with BINDGEN_ACCEPT=1 after review):\n" + UnifiedDiff(expected, actual, Rel(verified), Rel(received));
        throw new XunitException(message);
    }

    private static string Rel(string path) => Path.GetRelativePath(RepoPaths.Root, path);

    /// <summary>The same unified diff <c>bindgen --check</c> prints.</summary>
    public static string UnifiedDiff(string oldText, string newText, string oldName, string newName) =>
        BindGen.Core.Emit.OutputWriter.UnifiedDiff(oldText, newText, oldName, newName);
}
