using System.Globalization;
using BindGen.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace BindGen.Tests.Abi;

/// <summary>
/// Randomized differential layout test: seeded random record declarations (see <see cref="RandomRecords"/>) go through
/// the layout checker, which must find zero mismatches. A failure names the seed and shrinks the header to the smallest
/// failing declaration it can find.
/// </summary>
/// <remarks>
/// The regular run checks <c>BINDGEN_RANDOM_HEADERS</c> headers (default 40) of <c>BINDGEN_RANDOM_RECORDS</c> records
/// each (default 14), from seed <c>BINDGEN_RANDOM_SEED</c> (default 20261123) upwards. For a long run:
/// <code>BINDGEN_RANDOM_HEADERS=800 dotnet test tests/BindGen.Tests --filter FullyQualifiedName~RandomLayoutTests</code>
/// (800 × 14 = 11,200 records). To replay one failure: <c>BINDGEN_RANDOM_SEED=&lt;seed&gt; BINDGEN_RANDOM_HEADERS=1</c>.
/// </remarks>
public class RandomLayoutTests(ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    public static int RecordsPerHeader => Setting("BINDGEN_RANDOM_RECORDS", 14);

    public static IEnumerable<int> SeedList() =>
        Enumerable.Range(0, Setting("BINDGEN_RANDOM_HEADERS", 40)).Select(i => Setting("BINDGEN_RANDOM_SEED", 20261123) + i);

    public static TheoryData<int> Seeds() => [.. SeedList()];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_records_have_the_layout_the_C_compiler_gives_them(int seed)
    {
        var records = new RandomRecords(seed).Generate(RecordsPerHeader, "r");
        var failure = Failure(records, seed);
        if (failure is null) return;
        var (smallest, smallestFailure) = Shrink(records, seed, failure);
        throw new XunitException(
            $"seed {seed}: the layout checker found a problem (replay with BINDGEN_RANDOM_SEED={seed} BINDGEN_RANDOM_HEADERS=1).\n" +
            $"Smallest failing header:\n{RandomRecords.Render(smallest, "// bindgen: --namespace RandomLayout --library x")}\n{smallestFailure}\n\nFull failure:\n{failure}");
    }

    [Fact]
    public void The_regular_run_covers_every_construct_the_generator_knows()
    {
        // A random test is only as good as what it generates: the default seeds must produce each of these.
        var text = string.Concat(SeedList().Select(seed => RandomRecords.Render(new RandomRecords(seed).Generate(RecordsPerHeader, "r"), "")));
        string[] constructs =
        [
            "#pragma pack(push, 1)", "#pragma pack(push, 2)", "__attribute__((packed))", "__attribute__((aligned(16)))", "_Alignas(16)",
            "union {", "struct {", "} f", " : 0;", "_Bool f", "enum e_neg f", "enum e_ull f", "__int128 f", "long double f", "_Complex f",
            "typedef struct", "typedef union", "(*f", "][", "[]", "wchar_t f", "size_t f", "unsigned long f",
        ];
        Assert.All(constructs, c => Assert.Contains(c, text));
    }

    /// <summary>Runs the checker on the records; returns what went wrong, or null.</summary>
    private string? Failure(List<GenRecord> records, int seed)
    {
        var dir = RepoPaths.NewTempDirectory("random-" + seed.ToString(CultureInfo.InvariantCulture));
        var header = Path.Combine(dir, "random.h");
        File.WriteAllText(header, RandomRecords.Render(records, "// bindgen: --namespace RandomLayout --library x"));
        try
        {
            var report = LayoutProbe.Check(header, "RandomLayout", ["--library", "x"]);
            output.WriteLine($"seed {seed}: {records.Count} records, measured {report.Checked} items ({report.Bitfields} bitfields)");
            if (report.Mismatches.Count == 0 && report.Missing.Count == 0)
            {
                Directory.Delete(dir, recursive: true);
                return null;
            }
            return string.Join("\n", report.Mismatches.Concat(report.Missing));
        }
        catch (Exception e) when (e is XunitException or InvalidOperationException)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Greedy shrinking: keep the first failing record and what it embeds, then drop fields, attributes and pragmas one
    /// at a time while the header still fails. Bounded, so a failure is reported in reasonable time.
    /// </summary>
    private (List<GenRecord> Records, string Failure) Shrink(List<GenRecord> records, int seed, string failure)
    {
        var current = records;
        var currentFailure = failure;
        var tag = records.Select(r => r.Tag).FirstOrDefault(t => failure.Contains($" {t}.", StringComparison.Ordinal) || failure.Contains($" {t} ", StringComparison.Ordinal));
        if (tag is not null)
        {
            var keep = Closure(records, tag);
            var candidate = records.Where(r => keep.Contains(r.Tag)).Select(r => r.Clone()).ToList();
            if (Failure(candidate, seed) is { } f) (current, currentFailure) = (candidate, f);
        }
        int budget = 80;
        bool progress = true;
        while (progress && budget > 0)
        {
            progress = false;
            foreach (var candidate in Smaller(current))
            {
                if (--budget < 0) break;
                if (Failure(candidate, seed) is { } f)
                {
                    (current, currentFailure, progress) = (candidate, f, true);
                    break;
                }
            }
        }
        return (current, currentFailure);
    }

    private static HashSet<string> Closure(List<GenRecord> records, string tag)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([tag]);
        while (stack.TryPop(out var t))
        {
            if (!keep.Add(t)) continue;
            foreach (var use in Uses(records.First(r => r.Tag == t))) stack.Push(use);
        }
        return keep;
    }

    private static IEnumerable<string> Uses(GenRecord record) =>
        record.Fields.SelectMany(f => f.Anonymous is null ? f.Uses : Uses(f.Anonymous));

    /// <summary>Every header one step smaller: a record dropped (when unused), a field dropped, an attribute or pragma dropped.</summary>
    private static IEnumerable<List<GenRecord>> Smaller(List<GenRecord> records)
    {
        for (int i = 0; i < records.Count; i++)
        {
            if (records.Count > 1 && !records.Any(r => Uses(r).Contains(records[i].Tag)))
                yield return [.. records.Where((_, j) => j != i).Select(r => r.Clone())];
        }
        for (int i = 0; i < records.Count; i++)
        {
            foreach (var smaller in SmallerRecord(records[i]))
            {
                var copy = records.Select(r => r.Clone()).ToList();
                copy[i] = smaller;
                // A record others embed must stay a record they can embed: keep what they use.
                var used = new HashSet<string>(copy.SelectMany(Uses), StringComparer.Ordinal);
                if (used.All(u => copy.Any(r => r.Tag == u))) yield return copy;
            }
        }
    }

    private static IEnumerable<GenRecord> SmallerRecord(GenRecord record)
    {
        if (record.PragmaPack > 0) { var c = record.Clone(); c.PragmaPack = 0; yield return c; }
        if (record.Attributes.Length > 0) { var c = record.Clone(); c.Attributes = ""; yield return c; }
        for (int i = 0; i < record.Fields.Count; i++)
        {
            var field = record.Fields[i];
            // Keep at least one named member so the record never becomes empty (GNU C gives it size 0, C# cannot).
            if (record.Fields.Count(f => f.Name is not null && f.Bits is null && f.Anonymous is null) > 1 || field.Name is null || field.Bits is not null || field.Anonymous is not null)
            {
                if (!(field.Name is not null && field.Bits is null && field.Anonymous is null && record.Fields.Count(f => f.Name is not null && f.Bits is null && f.Anonymous is null) == 1))
                {
                    var c = record.Clone();
                    c.Fields.RemoveAt(i);
                    if (c.Fields.Count > 0) yield return c;
                }
            }
            if (field.Prefix.Length > 0 || field.Suffix.Length > 0)
            {
                var c = record.Clone();
                var f = c.Fields[i];
                c.Fields[i] = new GenField { Name = f.Name, Declarator = f.Declarator, Bits = f.Bits, Anonymous = f.Anonymous, Uses = f.Uses };
                yield return c;
            }
            if (field.Anonymous is not null)
            {
                foreach (var inner in SmallerRecord(field.Anonymous))
                {
                    var c = record.Clone();
                    var f = c.Fields[i];
                    c.Fields[i] = new GenField { Name = f.Name, Anonymous = inner, Prefix = f.Prefix, Suffix = f.Suffix, Uses = f.Uses };
                    yield return c;
                }
            }
        }
    }
}
