using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Tests.Shim;

/// <summary>Model in, model out: which macros get a signature, and from where; variadic instantiations.</summary>
public class AddShimFunctionsPassTests
{
    private static readonly CLocation Here = new("/lib/z.h", 10, 9);
    private static readonly CTypedef Streamp = new() { Key = "c:streamp", Name = "z_streamp", Location = Here, Underlying = new CPrimitiveType(CPrimitiveKind.Int, "int") };
    private static readonly CType StreampRef = new CTypedefRef("c:streamp", "z_streamp", "z_streamp");
    private static readonly CType Int = new CPrimitiveType(CPrimitiveKind.Int, "int");

    private static CFunction Function(string name, bool variadic = false, params (string Name, CType Type)[] parameters) => new()
    {
        Key = "c:@F@" + name, Name = name, Location = Here, ReturnType = Int, IsVariadic = variadic,
        Parameters = [.. parameters.Select(p => new CParameter(p.Name, p.Type))],
    };

    private static CMacroFunction Macro(string name, string[] parameters, string body) => new()
    {
        Key = "macro:" + name, Name = name, Location = Here, Parameters = [.. parameters],
        Body = [.. TypeSpellingReader.Words(body)],
    };

    private static CApi Api(params CMacroFunction[] macros) => new()
    {
        Target = new CTarget("x86_64-unknown-linux-gnu", 8, 8, false),
        Typedefs = [Streamp],
        Functions = [Function("deflateInit_", false, ("strm", StreampRef), ("level", Int), ("version", new CPointerType(Int, true, "const char *")), ("size", Int)),
                     Function("db_config", true, ("db", Int), ("op", Int))],
        MacroFunctions = [.. macros],
    };

    private static readonly GeneratorOptions Shim = new() { Shim = "shim.c" };

    [Fact]
    public void A_macro_forwarding_its_parameters_takes_the_callee_types()
    {
        var api = Api(Macro("deflateInit", ["strm", "level"], "deflateInit_((strm), (level), ZLIB_VERSION, (int)sizeof(z_stream))"));
        var result = AddShimFunctionsPass.Run(api, Shim, new DiagnosticBag());
        var f = Assert.Single(result.Functions, f => f.Name == "deflateInit");
        Assert.Equal(CShimOrigin.Macro, f.ShimOrigin);
        Assert.Equal(["strm", "level"], f.Parameters.Select(p => p.Name));
        Assert.Equal(StreampRef, f.Parameters[0].Type);
        Assert.Equal(Int, f.ReturnType);
    }

    [Fact]
    public void A_macro_using_a_parameter_inside_an_expression_needs_a_signature()
    {
        var api = Api(Macro("half", ["x"], "deflateInit_((x), (x) / 2, 0, 0)"), Macro("field", ["o"], "((o)->refs)"));
        var bag = new DiagnosticBag();
        var result = AddShimFunctionsPass.Run(api, Shim, bag);
        Assert.DoesNotContain(result.Functions, f => f.ShimOrigin == CShimOrigin.Macro);
        Assert.Equal(2, bag.ToList().Count(d => d.Code == DiagnosticCodes.FunctionLikeMacro.Code && d.Message.Contains("give it a signature in macroFunctions")));
    }

    [Fact]
    public void A_signature_from_config_binds_any_macro()
    {
        var api = Api(Macro("field", ["o"], "((o)->refs)"));
        var result = AddShimFunctionsPass.Run(api, Shim with { MacroFunctions = ["field=int (const z_streamp *obj)"] }, new DiagnosticBag());
        var f = Assert.Single(result.Functions, f => f.Name == "field");
        var pointer = Assert.IsType<CPointerType>(f.Parameters[0].Type);
        Assert.True(pointer.PointeeIsConst);
        Assert.Equal(StreampRef with { Spelling = "const z_streamp" }, pointer.Pointee);
        Assert.Equal("obj", f.Parameters[0].Name);
    }

    [Fact]
    public void Without_a_shim_macros_are_reported_as_before()
    {
        var bag = new DiagnosticBag();
        var result = AddShimFunctionsPass.Run(Api(Macro("deflateInit", ["strm", "level"], "deflateInit_((strm), (level), 0, 0)")), new GeneratorOptions(), bag);
        Assert.DoesNotContain(result.Functions, f => f.Name == "deflateInit");
        Assert.Contains(bag.ToList(), d => d.Message == "function-like macro 'deflateInit' is not bound");
    }

    [Fact]
    public void Variadic_instantiations_append_the_configured_types_and_get_their_own_entry_points()
    {
        var result = AddShimFunctionsPass.Run(Api(), Shim with { Variadic = ["db_config=int, int*", "db_config=const char*"] }, new DiagnosticBag());
        var overloads = result.Functions.Where(f => f.ShimOrigin == CShimOrigin.Variadic).ToList();
        Assert.Equal(["db_config__bindgen_va0", "db_config__bindgen_va1"], overloads.Select(f => f.ShimEntryPoint));
        Assert.Equal(["int", "int", "int", "int *"], overloads[0].Parameters.Select(p => p.Type.Spelling));
        Assert.All(overloads, f => Assert.False(f.IsVariadic));
        Assert.Equal("const char *", overloads[1].Parameters[2].Type.Spelling);
    }

    [Fact]
    public void Unknown_names_and_types_in_config_are_reported()
    {
        var bag = new DiagnosticBag();
        AddShimFunctionsPass.Run(Api(Macro("field", ["o"], "((o)->refs)")), Shim with { MacroFunctions = ["nope=int (int a)", "field=int (widget *o)"], Variadic = ["deflateInit_=int"] }, bag);
        var list = bag.ToList();
        Assert.Contains(list, d => d.Code == DiagnosticCodes.UnknownShimName.Code && d.Message.Contains("'nope'"));
        Assert.Contains(list, d => d.Code == DiagnosticCodes.UnknownShimName.Code && d.Message.Contains("'deflateInit_', which is not a variadic function"));
        Assert.Contains(list, d => d.Code == DiagnosticCodes.BadShimSignature.Code && d.Message.Contains("'widget *'") && d.Location == Here);
    }
}
