using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Tests.Passes;

/// <summary>The safe layer's analysis as a stage of its own: model and the raw layer's bound names in, shapes out, without libclang.</summary>
public class InferSafeShapesPassTests
{
    private static readonly CPrimitiveType Int = new(CPrimitiveKind.Int, "int");
    private static readonly CPointerType ConstCharPointer = new(new CPrimitiveType(CPrimitiveKind.Char, "const char"), true, "const char *");

    private static CFunction Function(string name) => new()
    {
        Key = "c:@F@" + name, Name = name, Location = new CLocation("/lib/lib.h", 1, 1), ReturnType = Int,
        Parameters = [new CParameter("path", ConstCharPointer)],
    };

    private static CApi Api() => new()
    {
        Target = new CTarget("x86_64-unknown-linux-gnu", 8, 8, false),
        Functions = [Function("lib_open"), Function("lib_unbound")],
    };

    [Fact]
    public void Only_functions_the_raw_layer_binds_get_a_safe_shape()
    {
        var shape = InferSafeShapesPass.Run(Api(), new HashSet<string> { "lib_open" }, new SafeWrapperConfig(), new DiagnosticBag());
        var only = Assert.Single(shape.Functions);
        Assert.Equal("lib_open", only.Function.Name);
        Assert.Equal(SafeParamKind.StringIn, Assert.Single(only.Parameters).Kind);
    }

    [Fact]
    public void A_safe_config_naming_a_function_the_model_lacks_is_reported_by_the_stage()
    {
        var config = new SafeWrapperConfig { Release = { ["nothing_t"] = "nothing_free" } };
        var diagnostics = new DiagnosticBag();
        InferSafeShapesPass.Run(Api(), new HashSet<string> { "lib_open" }, config, diagnostics);
        Assert.NotEmpty(diagnostics.ToList());
    }
}
