using System.Globalization;
using BindGen.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace BindGen.Tests.Abi;

/// <summary>
/// Randomized by-value test: small random records (the generator of <see cref="RandomLayoutTests"/> in its small mode, so
/// most fit in the 16 bytes SysV passes in registers) are made by C, returned to
/// C# by value and passed back to C by value, which finds every member intact. Records with blob members or flexible
/// arrays are left out (docs/abi.md says why). The C side is built by gcc and by clang: the bindings follow gcc, and
/// where the two compilers disagree (measured C against C) BindGen must say so (BG0111) or refuse (BG0010).
/// </summary>
/// <remarks>
/// <c>BINDGEN_RANDOM_BYVALUE_HEADERS</c> headers (default 12) of <c>BINDGEN_RANDOM_RECORDS</c> records, from seed
/// <c>BINDGEN_RANDOM_SEED</c> upwards.
/// </remarks>
public class RandomByValueTests(ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    public static TheoryData<int> Seeds()
    {
        int first = Setting("BINDGEN_RANDOM_SEED", 20261123);
        var data = new TheoryData<int>();
        for (int i = 0; i < Setting("BINDGEN_RANDOM_BYVALUE_HEADERS", 12); i++) data.Add(first + i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_records_travel_by_value_between_CSharp_and_C_intact(int seed)
    {
        var records = new RandomRecords(seed, small: true).Generate(RandomLayoutTests.RecordsPerHeader, "r");
        var failure = Failure(records, seed);
        if (failure is null) return;
        throw new XunitException($"seed {seed} (replay with BINDGEN_RANDOM_SEED={seed} BINDGEN_RANDOM_BYVALUE_HEADERS=1):\n{failure}");
    }

    private string? Failure(List<GenRecord> records, int seed)
    {
        var byTag = records.ToDictionary(r => r.Tag);
        var tested = records.Where(r => RandomByValue.Eligible(r, byTag)).ToList();
        var dir = RepoPaths.NewTempDirectory("byvalue-" + seed.ToString(CultureInfo.InvariantCulture));
        var header = Path.Combine(dir, "random.h");
        var cFile = Path.Combine(dir, "random.c");
        File.WriteAllText(header, RandomRecords.Render(records, "// random by-value records") + RandomByValue.Declarations(tested));
        File.WriteAllText(cFile, RandomByValue.Implementation("random.h", records, tested));
        var library = "rbv" + seed.ToString(CultureInfo.InvariantCulture);
        var generated = Bindgen.Run(header, "--namespace", "RandomByValue", "--library", library, "--verbose");
        Assert.True(generated.ExitCode == 0, generated.ToString());
        // Records .NET cannot pass by value (16-byte integers, 16-aligned, or not the way gcc does) have their functions
        // skipped, with a warning.
        var bound = tested.Where(r => generated.Stdout.Contains($" {r.Tag}_make(", StringComparison.Ordinal)).ToList();
        foreach (var r in tested.Except(bound))
            Assert.True(generated.Stderr.Contains($"'{r.Tag}_make' not bound", StringComparison.Ordinal), $"{r.Tag}_make is missing and no warning says why:\n{generated.Stderr}");
        var refusedForGcc = tested.Except(bound).Where(r => DiagnosticLine(generated.Stderr, $"'{r.Tag}_make' not bound") is { } line && line.Contains("gcc passes it", StringComparison.Ordinal)).ToList();
        var followingGcc = tested.Where(r => DiagnosticLine(generated.Stderr, $"BG0111: '{r.Spelling}' passed by value") is not null).ToList();

        // What the two compilers themselves disagree on, C against C.
        var gccLibrary = NativeBuild.SharedLibrary(library + "-gcc", [cFile], ["-I", dir], "gcc");
        var clangLibrary = NativeBuild.SharedLibrary(library + "-clang", [cFile], ["-I", dir], "clang-14");
        var disagree = NativeBuild.RunProgram(RandomByValue.CrossDriver(header, gccLibrary, clangLibrary, tested), ["-ldl"], "gcc")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

        var failures = new List<string>();
        var gccReport = NativeFixture.RunDriver(cFile, "RandomByValue", library, generated.Stdout, RandomByValue.Driver("RandomByValue", bound), "gcc");
        if (gccReport.Length > 0) failures.Add("against the gcc build:\n" + gccReport);
        var clangReport = NativeFixture.RunDriver(cFile, "RandomByValue", library, generated.Stdout, RandomByValue.Driver("RandomByValue", bound), "clang-14");
        var clangFailed = clangReport.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(" : ", StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        // The bindings follow gcc: against clang's build exactly the records BG0111 names fail, and BindGen names (BG0111)
        // or refuses (BG0010) exactly the records the compilers disagree on.
        var expectedClang = bound.Intersect(followingGcc).Select(r => r.Spelling).ToHashSet(StringComparer.Ordinal);
        if (!clangFailed.SetEquals(expectedClang))
            failures.Add($"against the clang build, failed: [{string.Join(", ", clangFailed.Order())}], expected the records BG0111 names: [{string.Join(", ", expectedClang.Order())}]\n{clangReport}");
        var reported = followingGcc.Concat(refusedForGcc).Select(r => r.Spelling).ToHashSet(StringComparer.Ordinal);
        if (!disagree.SetEquals(reported))
            failures.Add($"gcc and clang disagree on [{string.Join(", ", disagree.Order())}]; BindGen reports [{string.Join(", ", reported.Order())}]");
        output.WriteLine($"seed {seed}: {bound.Count} of {records.Count} records made in C, returned and passed back by value against gcc's and clang's builds "
            + $"({tested.Count - bound.Count} not passable by value in .NET, {refusedForGcc.Count} of them because .NET cannot pass them as gcc does; {followingGcc.Count} passed as gcc does, not as clang does)");
        if (failures.Count == 0)
        {
            Directory.Delete(dir, recursive: true);
            return null;
        }
        return string.Join("\n", failures) + $"\n(header and C file kept in {dir})";
    }

    private static string? DiagnosticLine(string stderr, string text) =>
        stderr.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
}
