using BindGen.Core.Diagnostics;

namespace BindGen.Tests.Surface;

public class GlobalVariableTests
{
    private static string Generate() => SurfaceHarness.Text(SurfaceHarness.Generate("globals/globals.h", "Globals", "globals"));

    [Fact]
    public void Scalars_become_ref_properties_and_consts_ref_readonly()
    {
        var text = Generate();
        Assert.Contains("public static ref int call_count => ", text);
        Assert.Contains("public static ref readonly double scale => ", text);
        Assert.Contains("public static ref point origin => ", text);
        Assert.Contains("public static ref CLong @event => ", text);
    }

    [Fact]
    public void Arrays_of_known_length_become_spans_and_others_pointers()
    {
        var text = Generate();
        Assert.Contains("public static Span<int> histogram => ", text);
        Assert.Contains("public static point* corners => ", text);
        Assert.Contains("public static byte* version_text => ", text);
        Assert.Contains("public static byte** names => ", text);
    }

    [Fact]
    public void Generated_globals_compile_without_warnings() => SurfaceHarness.Compile(Generate());

    [Fact]
    public void Globals_read_and_write_the_C_library_variables()
    {
        var library = SurfaceHarness.BuildLibrary("globals/globals.c", "globals");
        const string probe = """
            using System;
            using System.Runtime.InteropServices;
            using System.Text;
            using Globals;

            public static unsafe class Probe
            {
                public static string Run()
                {
                    var sb = new StringBuilder();
                    sb.Append(Native.call_count).Append(';');
                    Native.call_count = 41;
                    sb.Append(Native.bump()).Append(';');
                    sb.Append(Native.scale).Append(';');
                    sb.Append(Native.enabled).Append(';');
                    sb.Append(Native.origin.x).Append(',').Append(Native.origin.y).Append(';');
                    Native.origin.y = 20;
                    sb.Append(Native.origin.y).Append(';');
                    sb.Append(Native.corners[2].x + Native.corners[2].y).Append('=').Append(Native.corner_sum(2)).Append(';');
                    Native.histogram[3] = 40;
                    foreach (var h in Native.histogram) sb.Append(h).Append(' ');
                    sb.Append(';').Append(Marshal.PtrToStringUTF8((nint)Native.version_text)).Append(';');
                    sb.Append(Marshal.PtrToStringUTF8((nint)Native.names[2])).Append(';');
                    sb.Append(Native.@event.Value).Append(';');
                    sb.Append(Native.log_hook == null);
                    return sb.ToString();
                }
            }
            """;
        var assembly = SurfaceHarness.Compile(Generate(), probe);
        var result = SurfaceHarness.RunProbe(assembly, "globals", library);
        Assert.Equal("7;42;2.5;1;1,2;20;20=20;1 2 3 40 ;globals 1.0;ccc;-5;True", result);
    }

    [Fact]
    public void A_global_of_a_type_CSharp_cannot_express_is_reported_not_emitted()
    {
        var result = SurfaceHarness.Generate("globals/unsupported_global.h", "Globals", "globals");
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("precise =>", text);
        Assert.Contains("//   unsupported_global.h:2: BG0010 'precise' not bound: type 'long double' has no C# equivalent", text);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.UnsupportedType), d => d.Message.Contains("'precise'"));
        Assert.Contains("public static ref int plain", text);
    }
}
