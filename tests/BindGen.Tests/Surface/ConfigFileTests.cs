using BindGen.Cli;
using BindGen.Cli.Config;

namespace BindGen.Tests.Surface;

public class ConfigFileTests
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BindGenCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A temp folder holding a copy of naming.h and a bindgen.json beside it, with relative paths.</summary>
    private static string WriteConfig(string json)
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-config-").FullName;
        File.Copy(SurfaceHarness.Header("naming/naming.h"), Path.Combine(dir, "naming.h"));
        File.WriteAllText(Path.Combine(dir, "bindgen.json"), json);
        return Path.Combine(dir, "bindgen.json");
    }

    private const string Json = """
        {
          // comments and trailing commas are allowed
          "headers": ["naming.h"],
          "namespace": "FromConfig",
          "library": "naming",
          "target": "x86_64-unknown-linux-gnu",
          "stripPrefix": ["ng_", "NG_"],
          "rename": { "ng_legacy_open": "OpenLegacy" },
          "exclude": ["ng_event"],
          "libraryNames": { "linux": ["libnaming.so.1"], "windows": ["naming.dll"] },
        }
        """;

    [Fact]
    public void Loading_from_the_config_file_makes_a_function_pointer_table_and_a_wrong_value_is_refused()
    {
        var (code, stdout, stderr) = Run("--config", WriteConfig("""{ "headers": ["naming.h"], "library": "naming", "loading": "dynamic-eager" }"""));
        Assert.True(code == 0, stderr);
        Assert.Contains("public unsafe partial class Native : IDisposable", stdout);
        Assert.Contains("LoadAll();", stdout);
        var (badCode, _, badStderr) = Run("--config", WriteConfig("""{ "headers": ["naming.h"], "loading": "lazy" }"""));
        Assert.NotEqual(0, badCode);
        Assert.Contains("loading 'lazy' must be static, dynamic or dynamic-eager", badStderr);
    }

    [Fact]
    public void Every_option_can_come_from_the_config_file_with_paths_relative_to_it()
    {
        var (code, stdout, stderr) = Run("--config", WriteConfig(Json));
        Assert.True(code == 0, stderr);
        Assert.Contains("namespace FromConfig;", stdout);
        Assert.Contains("public static extern stream* OpenLegacy(", stdout);
        Assert.Contains("public static extern stream* open(", stdout);
        Assert.DoesNotContain("ng_event", SurfaceHarness.Code(stdout));
        Assert.Contains("NativeLibrary.TryLoad(\"libnaming.so.1\", out var handle0)", stdout);
    }

    [Fact]
    public void Command_line_values_override_the_config_file()
    {
        var (code, stdout, stderr) = Run("--config", WriteConfig(Json), "--namespace", "FromCommandLine", "--strip-prefix", "ng_l");
        Assert.True(code == 0, stderr);
        Assert.Contains("namespace FromCommandLine;", stdout);
        // --strip-prefix on the command line replaces the file's list: only "ng_l" is stripped now.
        Assert.Contains("public static extern ng_stream* ng_open(", stdout);
        Assert.Contains("public static extern ng_stream* OpenLegacy(", stdout);
    }

    [Fact]
    public void Output_in_the_config_file_is_relative_to_it()
    {
        var config = WriteConfig(Json.Replace("\"headers\"", "\"output\": \"out/Naming.cs\", \"headers\""));
        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(config)!, "out"));
        var (code, _, stderr) = Run("--config", config);
        Assert.True(code == 0, stderr);
        Assert.Contains("namespace FromConfig;", File.ReadAllText(Path.Combine(Path.GetDirectoryName(config)!, "out", "Naming.cs")));
    }

    [Fact]
    public void Options_with_defaults_take_the_config_value_unless_given()
    {
        var config = WriteConfig(Json.Replace("\"headers\"", "\"class\": \"Api\", \"diagnosticFormat\": \"msbuild\", \"include\": [\"nothing_*\"], \"headers\""));
        var (code, stdout, stderr) = Run("--config", config);
        Assert.True(code == 0, stderr);
        Assert.Contains("public static unsafe partial class Api", stdout);
        Assert.Contains("bindgen : warning BG0042:", stderr); // the msbuild format, from the file
        (code, stdout, stderr) = Run("--config", config, "--class", "Other", "--diagnostic-format", "gcc");
        Assert.True(code == 0, stderr);
        Assert.Contains("public static unsafe partial class Other", stdout);
        Assert.Contains("bindgen: warning BG0042:", stderr);
    }

    [Fact]
    public void An_unknown_property_is_a_usage_error_naming_it()
    {
        var (code, _, stderr) = Run("--config", WriteConfig("""{ "headers": ["naming.h"], "namespcae": "Typo" }"""));
        Assert.Equal(BindGenCommand.BadUsage, code);
        Assert.Contains("namespcae", stderr);
    }

    [Fact]
    public void A_missing_config_file_is_a_usage_error()
    {
        var (code, _, stderr) = Run("--config", "/nonexistent/bindgen.json");
        Assert.Equal(BindGenCommand.BadUsage, code);
        Assert.Contains("/nonexistent/bindgen.json", stderr);
    }

    [Fact]
    public void Response_files_expand_to_arguments()
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-rsp-").FullName;
        var rsp = Path.Combine(dir, "args.rsp");
        File.WriteAllLines(rsp, [SurfaceHarness.Header("naming/naming.h"), "--namespace FromResponseFile", "--library naming", "--target " + SurfaceHarness.Triple, "--strip-prefix ng_"]);
        var (code, stdout, stderr) = Run("@" + rsp);
        Assert.True(code == 0, stderr);
        Assert.Contains("namespace FromResponseFile;", stdout);
        Assert.Contains("public static extern stream* open(", stdout);
    }

    [Fact]
    public void Response_file_lines_expanded_by_the_dotnet_host_work_too()
    {
        // `dotnet tool run bindgen @args.rsp`: the host expands the file, one token per line.
        var (code, stdout, stderr) = Run(SurfaceHarness.Header("naming/naming.h"), "--namespace FromHost", "--library naming", "--target " + SurfaceHarness.Triple, "--strip-prefix ng_", "--rename \"ng_open=Open\"");
        Assert.True(code == 0, stderr);
        Assert.Contains("namespace FromHost;", stdout);
        Assert.Contains("public static extern stream* Open(", stdout);
    }

    [Fact]
    public void A_host_joined_token_that_is_not_an_option_line_stays_one_token()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "--namespace", "-n" };
        Assert.Equal(["my header.h", "--namespace", "X", "-x y"], HostResponseFile.Split(["my header.h", "--namespace X", "-x y"], names));
        Assert.Equal(["-n", "My Ns"], HostResponseFile.Split(["-n \"My Ns\""], names));
    }

    [Fact]
    public void The_documented_example_config_parses()
    {
        var example = File.ReadAllText(Path.Combine(SurfaceHarness.RepoRoot, "docs", "examples", "bindgen.json"));
        var path = WriteConfig(example);
        var config = BindGenConfig.Load(path);
        Assert.NotNull(config.Headers);
        Assert.NotNull(config.LibraryNames);
    }

    [Fact]
    public void Safe_layer_and_suppress_gc_transition_come_from_the_config_file()
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-config-").FullName;
        File.Copy(Path.Combine(SurfaceHarness.RepoRoot, "test-headers", "safe", "kvstore.h"), Path.Combine(dir, "kvstore.h"));
        File.Copy(Path.Combine(SurfaceHarness.RepoRoot, "test-headers", "safe", "kvstore.json"), Path.Combine(dir, "safe.json"));
        File.WriteAllText(Path.Combine(dir, "bindgen.json"), """
            { "headers": ["kvstore.h"], "namespace": "KvStore", "safeConfig": "safe.json", "suppressGcTransition": ["kv_count"] }
            """);
        var (code, stdout, stderr) = Run("--config", Path.Combine(dir, "bindgen.json"));
        Assert.True(code == 0, stderr);
        Assert.Contains("public sealed unsafe partial class KvStoreHandle : SafeHandle", stdout);
        // From safe.json, found relative to bindgen.json: kv_get's string is freed with kv_free_string.
        Assert.Contains("Native.kv_free_string(__result);", stdout);
        Assert.Matches(@"\[SuppressGCTransition\]\s*\n\s*\[DllImport\(LibraryName, [^\n]*EntryPoint = ""kv_count""", stdout);
    }
}
