using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Safe;

/// <summary>Safe-config entries that match nothing, or name a declaration of the wrong shape, are errors (BG0080, BG0081).</summary>
public class SafeConfigCheckTests
{
    private static ProcessResult RunWith(string json)
    {
        var config = Path.Combine(Path.GetTempPath(), "bindgen-safe-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(config, json);
        try
        {
            return Bindgen.Run(Path.Combine(RepoPaths.TestHeaders, "safe", "kvstore.h"), "--namespace", "KvStore", "--library", "kvstore", "--safe-config", config);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void A_release_function_that_does_not_exist_is_an_error_naming_the_entry_and_the_nearest_names()
    {
        var result = RunWith("""{ "release": { "kv_store": "kv_closse" } }""");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("BG0080", result.Stderr);
        Assert.Contains("safe config \"release\": 'kv_closse' matches no function; nearest: kv_close", result.Stderr);
    }

    [Fact]
    public void A_release_function_that_does_not_take_the_type_is_an_error()
    {
        var result = RunWith("""{ "release": { "kv_store": "kv_free_string" } }""");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("BG0081", result.Stderr);
        Assert.Contains("'kv_free_string' does not take one kv_store*", result.Stderr);
    }

    [Fact]
    public void A_release_entry_for_a_type_that_does_not_exist_names_the_nearest_types()
    {
        var result = RunWith("""{ "release": { "kv_stor": "kv_close" } }""");
        Assert.Contains("safe config \"release\": 'kv_stor' matches no record or typedef of a record; nearest: kv_store", result.Stderr);
    }

    [Theory]
    [InlineData("""{ "owned_returns": { "kv_gett": "kv_free_string" } }""", "\"owned_returns\": 'kv_gett' matches no function; nearest: kv_get")]
    [InlineData("""{ "owned_returns": { "kv_count": "kv_free_string" } }""", "\"owned_returns\": 'kv_count' returns size_t, not a string (char*)")]
    [InlineData("""{ "string_returns": ["kv_nam"] }""", "\"string_returns\": 'kv_nam' matches no function; nearest: kv_name")]
    [InlineData("""{ "status": { "functions": ["kv_sett*"] } }""", "\"status.functions\": 'kv_sett*' matches no function")]
    [InlineData("""{ "error_message": ["kv_status_msg"] }""", "\"error_message\": 'kv_status_msg' matches no function")]
    [InlineData("""{ "retains": { "kv_set": "valu" } }""", "\"retains of kv_set\": 'valu' matches no parameter; nearest: value")]
    [InlineData("""{ "registered_callbacks": { "kv_set_listener": "kv_clear_listenr" } }""", "\"registered_callbacks\": 'kv_clear_listenr' matches no function; nearest: kv_clear_listener")]
    [InlineData("""{ "bool_returns": ["kv_name"] }""", "\"bool_returns\": 'kv_name' returns const char *, not an integer")]
    [InlineData("""{ "owned_out_strings": { "kv_set": "kv_free_string" } }""", "\"owned_out_strings\": 'kv_set' has no char** parameter")]
    [InlineData("""{ "names": "java" }""", "\"names\": 'java' is neither")]
    public void Every_kind_of_entry_is_checked(string json, string expected)
    {
        var result = RunWith(json);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
    }

    [Fact]
    public void The_shipped_configs_are_clean()
    {
        var result = Bindgen.Run(Path.Combine(RepoPaths.TestHeaders, "safe", "kvstore.h"), "--namespace", "KvStore", "--library", "kvstore",
            "--safe-config", Path.Combine(RepoPaths.TestHeaders, "safe", "kvstore.json"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("BG008", result.Stderr);
    }

    [Fact]
    public void Names_c_keeps_the_C_names_in_a_class_Safe()
    {
        var result = RunWith("""{ "names": "c" }""");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("public static unsafe partial class Safe", result.Stdout);
        Assert.Contains("public static kv_status Try_kv_count_prefix(", result.Stdout);
        Assert.Contains("public sealed class KvStoreException", result.Stdout);
    }

    [Fact]
    public void Class_name_and_prefix_are_configurable()
    {
        var result = RunWith("""{ "class_name": "Kv", "prefix": "kv_blob_" }""");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("public static unsafe partial class Kv", result.Stdout);
        Assert.Contains("public sealed class KvException", result.Stdout);
        Assert.Contains("public static KvBlobHandle New(nuint size)", result.Stdout);
    }
}
