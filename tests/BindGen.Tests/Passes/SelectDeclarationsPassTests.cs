using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Tests.Passes;

/// <summary>Which records the selection keeps, and how complete: model in, model out, without libclang.</summary>
public class SelectDeclarationsPassTests
{
    private const string Lib = "/lib/lib.h";
    private const string System = "/usr/include/sys/time.h";

    private static readonly CPrimitiveType Long = new(CPrimitiveKind.Long, "long");
    private static readonly CPrimitiveType Int = new(CPrimitiveKind.Int, "int");

    private static CRecord Record(string name, string file, long size, long align, params CField[] fields) => new()
    {
        Key = "c:@S@" + name, Name = name, Location = new CLocation(file, 1, 1), IsUnion = false, IsComplete = size > 0,
        Size = size, Align = align, Fields = [.. fields],
    };

    private static CRecordRef Ref(string name) => new("c:@S@" + name, "struct " + name);

    /// <summary>
    /// lib.h: <c>int lib_wait(struct timeval *timeout);</c>; sys/time.h: <c>struct timeval { long tv_sec, tv_usec; struct hidden *h; };</c>
    /// and <c>struct hidden;</c>, never defined.
    /// </summary>
    private static CApi Api() => new()
    {
        Target = new CTarget("x86_64-unknown-linux-gnu", 8, 8, false),
        Files = [new CSourceFile(Lib, null), new CSourceFile(System, Lib)],
        Records =
        [
            Record("timeval", System, 24, 8,
                new CField("tv_sec", Long, 0, null), new CField("tv_usec", Long, 64, null), new CField("h", new CPointerType(Ref("hidden"), false, "struct hidden *"), 128, null)),
            Record("hidden", System, 0, 0),
            Record("unused", System, 4, 4, new CField("x", Int, 0, null)),
        ],
        Functions =
        [
            new CFunction
            {
                Key = "c:@F@lib_wait", Name = "lib_wait", Location = new CLocation(Lib, 2, 5), ReturnType = Int,
                Parameters = [new CParameter("timeout", new CPointerType(Ref("timeval"), false, "struct timeval *"))],
            },
        ],
    };

    private static CApi Select(GeneratorOptions? options = null)
    {
        var api = Api();
        var diagnostics = new DiagnosticBag();
        var filter = options is null ? DeclarationFilter.All : DeclarationFilter.Create(options, diagnostics);
        return SelectDeclarationsPass.Run(api, LibraryFiles.Compute(new CIncludeGraph([Lib], api.Files, []), [], null, null, null), filter, diagnostics);
    }

    [Fact]
    public void A_record_from_outside_the_library_used_only_through_a_pointer_is_kept_complete_with_Cs_size()
    {
        var timeval = Select().Records.Single(r => r.Name == "timeval");
        Assert.True(timeval.IsComplete);
        Assert.Equal((24L, 8L), (timeval.Size, timeval.Align));
        Assert.Equal(["tv_sec", "tv_usec", "h"], timeval.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Records_its_fields_point_to_are_kept_and_only_one_C_never_defines_stays_incomplete()
    {
        var records = Select().Records;
        Assert.False(records.Single(r => r.Name == "hidden").IsComplete);
        Assert.DoesNotContain(records, r => r.Name == "unused");
    }

    [Fact]
    public void An_opaque_record_loses_its_fields_not_its_size()
    {
        var records = Select(new GeneratorOptions { Headers = [Lib], Opaque = ["timeval"] }).Records;
        var timeval = records.Single(r => r.Name == "timeval");
        Assert.True(timeval.IsOpaque);
        Assert.Empty(timeval.Fields);
        Assert.Equal((24L, 8L), (timeval.Size, timeval.Align));
        Assert.DoesNotContain(records, r => r.Name == "hidden");
    }
}
