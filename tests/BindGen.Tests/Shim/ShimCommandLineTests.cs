using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Shim;

/// <summary>The shim through the command and bindgen.json: files beside the output, --check, config keys, the alias.</summary>
public sealed class ShimCommandLineTests
{
    private readonly string _dir = RepoPaths.NewTempDirectory("shim-cli");

    private (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BindGen.Cli.BindGenCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Config(string extra)
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "shim", "refcount.h");
        var fixture = NativeBuild.SharedLibrary("refcount", [Path.Combine(RepoPaths.TestHeaders, "shim", "refcount.c")]);
        var path = Path.Combine(_dir, "bindgen.json");
        File.WriteAllText(path, $$"""
            {
              "headers": ["{{header}}"],
              "namespace": "Refcount",
              "library": "refcount",
              "output": "out/Refcount.cs",
              "shimCcArgs": ["-L{{Path.GetDirectoryName(fixture)}}"],
              {{extra}}
            }
            """);
        return path;
    }

    [Fact]
    public void Config_keys_build_the_shim_beside_the_output_and_bind_macros_and_instantiations()
    {
        var config = Config("""
            "shim": "refcount_shim.c",
            "buildShim": true,
            "macroFunctions": { "RC_REFS": "int (rc_object *o)" },
            "setLastError": ["rc_fail_with"]
            """);
        var (code, _, stderr) = Run("--config", config);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_dir, "out", "librefcount_shim.so")), stderr);
        Assert.Contains("RC_REFS__bindgen_wrap", File.ReadAllText(Path.Combine(_dir, "refcount_shim.c")));
        var text = File.ReadAllText(Path.Combine(_dir, "out", "Refcount.cs"));
        Assert.Contains("public static extern int RC_REFS(", text);
        Assert.Contains("SetLastError = true", text);
    }

    [Fact]
    public void A_second_run_leaves_an_unchanged_shim_library_alone()
    {
        var config = Config("""
            "shim": "refcount_shim.c",
            "buildShim": true
            """);
        Assert.Equal(0, Run("--config", config).Code);
        var library = Path.Combine(_dir, "out", "librefcount_shim.so");
        var before = File.GetLastWriteTimeUtc(library);
        File.SetLastWriteTimeUtc(library, before.AddMinutes(-5));
        Assert.Equal(0, Run("--config", config).Code);
        Assert.Equal(before.AddMinutes(-5), File.GetLastWriteTimeUtc(library));
    }

    [Fact]
    public void Check_reports_a_stale_shim_file()
    {
        var config = Config("""
            "shim": "refcount_shim.c"
            """);
        Assert.Equal(0, Run("--config", config).Code);
        Assert.Equal(0, Run("--config", config, "--check").Code);
        var shim = Path.Combine(_dir, "refcount_shim.c");
        File.AppendAllText(shim, "/* edited */\n");
        var (code, _, stderr) = Run("--config", config, "--check");
        Assert.Equal(1, code);
        Assert.Contains("refcount_shim.c' is stale", stderr);
    }

    [Fact]
    public void Wrap_static_inline_is_an_alias_of_shim()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "shim", "refcount.h");
        var (code, stdout, stderr) = Run(header, "-l", "refcount", "--wrap-static-inline", Path.Combine(_dir, "w.c"));
        Assert.True(code == 0, stderr);
        Assert.Contains("ShimLibraryName, CallingConvention = CallingConvention.Cdecl, EntryPoint = \"rc_incref__bindgen_wrap\"", stdout);
        Assert.Contains("rc_make__bindgen_wrap", File.ReadAllText(Path.Combine(_dir, "w.c")));
    }

    [Fact]
    public void Shim_functions_in_a_dynamic_table_get_warning_BG0090()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "shim", "refcount.h");
        var (code, stdout, stderr) = Run(header, "-l", "refcount", "--shim", Path.Combine(_dir, "w.c"), "--loading", "dynamic");
        Assert.True(code == 0, stderr);
        Assert.Contains("warning BG0090", stderr);
        Assert.Contains("Resolve(\"rc_incref__bindgen_wrap\")", stdout);
    }

    [Fact]
    public void A_bad_signature_in_config_is_an_error_at_the_macro()
    {
        var header = Path.Combine(RepoPaths.TestHeaders, "shim", "refcount.h");
        var (code, _, stderr) = Run(header, "-l", "refcount", "--shim", Path.Combine(_dir, "w.c"), "--macro-function", "RC_REFS=int (no_such_type *o)");
        Assert.Equal(1, code);
        Assert.Contains("refcount.h:35:", stderr);
        Assert.Contains("error BG0073", stderr);
        Assert.Contains("'no_such_type *' is not a C type BindGen knows", stderr);
    }
}
