using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Robustness;

/// <summary>
/// Independent headers given in any order, through relative or absolute paths, from any working directory, give
/// byte-identical output. (Every single test header is also checked run to run and across working directories in
/// SnapshotTests.)
/// </summary>
public class DeterminismTests
{
    private static readonly string[] IndependentHeaders =
    [
        "enums/enums.h", "functions/scalars.h", "records/struct_basic.h", "records/unions.h", "typedefs/typedefs.h",
        "macros/macros.h", "functions/function_pointers.h", "records/arrays.h", "records/anonymous.h", "hostile/unicode.h",
    ];

    /// <summary>Runs bindgen from <paramref name="workingDirectory"/> with the headers as paths relative to it; returns every output file's bytes.</summary>
    private static SortedDictionary<string, byte[]> Generate(IEnumerable<string> headers, string workingDirectory, bool absolute, bool split)
    {
        var outDir = RepoPaths.NewTempDirectory("determinism");
        var output = split ? outDir + "/" : Path.Combine(outDir, "All.cs");
        var paths = headers.Select(h => Path.Combine(RepoPaths.TestHeaders, h))
            .Select(p => absolute ? p : Path.GetRelativePath(workingDirectory, p)).ToArray();
        var result = Bindgen.RunIn(workingDirectory, [.. paths, "--namespace", "All", "--library", "all", "--target", Bindgen.SnapshotTarget, "-o", output]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return new SortedDictionary<string, byte[]>(
            Directory.GetFiles(outDir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Shuffled_header_order_and_other_working_directories_give_byte_identical_output(bool split)
    {
        var reference = Generate(IndependentHeaders, RepoPaths.Root, absolute: false, split);
        Assert.NotEmpty(reference);
        var random = new Random(20261123);
        var places = new[] { RepoPaths.TestHeaders, Path.Combine(RepoPaths.TestHeaders, "records"), RepoPaths.NewTempDirectory("cwd"), "/" };
        for (int i = 0; i < places.Length; i++)
        {
            var order = IndependentHeaders.OrderBy(_ => random.Next()).ToArray();
            Assert.NotEqual(IndependentHeaders, order);
            var other = Generate(order, places[i], absolute: i % 2 == 1, split);
            Assert.Equal(reference.Keys, other.Keys);
            foreach (var (name, bytes) in reference)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(other[name]),
                    $"{name} differs for order {string.Join(' ', order)} from {places[i]}:\n" +
                    SnapshotAssert.UnifiedDiff(System.Text.Encoding.UTF8.GetString(bytes), System.Text.Encoding.UTF8.GetString(other[name]), "first", "shuffled"));
                Assert.DoesNotContain(RepoPaths.Root, System.Text.Encoding.UTF8.GetString(other[name]));
            }
        }
    }
}
