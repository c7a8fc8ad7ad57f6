using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Loading;

/// <summary>
/// <c>--loading dynamic</c>: bindings of version 2 of a library (test-headers/loading/dynamic.h) load version 1, report
/// and refuse the function it lacks and call the rest; a C proc-address function drives a table; instances coexist.
/// </summary>
public class DynamicLoadingTests
{
    private const string Driver = """
        namespace DynamicLoading;

        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;

        public static unsafe class Driver
        {
            public static string Run(string v1Path, string v2Path)
            {
                var failures = new List<string>();
                using var v1 = Native.Load("no-such-library-here", v1Path);
                using var v2 = Native.Load(v2Path);
                if (v1.dyn_version() != 1) failures.Add("v1.dyn_version");
                if (v2.dyn_version() != 2) failures.Add("v2.dyn_version");
                if (v1.IsAvailable("dyn_v2_only")) failures.Add("v1 reports dyn_v2_only available");
                if (!v2.IsAvailable("dyn_v2_only")) failures.Add("v2 reports dyn_v2_only missing");
                if (!v1.IsAvailable("dyn_add") || !v1.IsAvailable("dyn_counter")) failures.Add("v1 reports dyn_add or dyn_counter missing");
                if (v1.IsAvailable("not_a_function")) failures.Add("unknown names are available");
                try
                {
                    v1.dyn_v2_only();
                    failures.Add("v1.dyn_v2_only did not throw");
                }
                catch (EntryPointNotFoundException e) when (e.Message.Contains("'dyn_v2_only'"))
                {
                }
                if (v2.dyn_v2_only() != 42) failures.Add("v2.dyn_v2_only");
                if (v1.dyn_add(2, 3) != 5) failures.Add("v1.dyn_add");
                var pair = new dyn_pair { a = 4, b = 6 };
                if (v1.dyn_sum(&pair) != 10) failures.Add("v1.dyn_sum");

                // Globals come from each instance's own library: two libraries, two counters.
                v1.dyn_bump();
                v1.dyn_bump();
                v2.dyn_bump();
                if (v1.dyn_counter != 2 || v2.dyn_counter != 1) failures.Add($"counters {v1.dyn_counter} {v2.dyn_counter}");
                v1.dyn_counter = 10;
                if (v1.dyn_counter != 10 || v2.dyn_counter != 1) failures.Add("writing v1.dyn_counter");

                // SetLastError through the table.
                if (v1.dyn_fail(33) != -1 || Marshal.GetLastPInvokeError() != 33) failures.Add("dyn_fail errno " + Marshal.GetLastPInvokeError());

                // A custom loader: the library's own proc-address function fills a third table.
                var viaLoader = new Native(name =>
                {
                    var utf8 = Marshal.StringToCoTaskMemUTF8(name);
                    try { return (nint)v2.dyn_get_proc((byte*)utf8); }
                    finally { Marshal.FreeCoTaskMem(utf8); }
                });
                if (viaLoader.dyn_add(2, 3) != 1005) failures.Add("viaLoader.dyn_add " + viaLoader.dyn_add(2, 3));
                if (viaLoader.dyn_version() != 2) failures.Add("viaLoader.dyn_version");
                if (viaLoader.IsAvailable("dyn_sum")) failures.Add("viaLoader reports dyn_sum available");
                if (viaLoader.dyn_counter != 1) failures.Add("viaLoader.dyn_counter");
                try
                {
                    viaLoader.dyn_sum(&pair);
                    failures.Add("viaLoader.dyn_sum did not throw");
                }
                catch (EntryPointNotFoundException e) when (e.Message.Contains("'dyn_sum'"))
                {
                }
                // The other tables are unchanged by it.
                if (v1.dyn_add(2, 3) != 5 || v2.dyn_add(2, 3) != 5) failures.Add("dyn_add after the loader's table");

                // Nothing is looked up before its first use (lazy), except by IsAvailable.
                var asked = new List<string>();
                var lazy = new Native(name => { asked.Add(name); return 0; });
                if (asked.Count != 0) failures.Add("lazy table looked up " + string.Join(",", asked));
                return string.Join("\n", failures);
            }
        }
        """;

    private const string EagerDriver = """
        namespace DynamicLoading;

        using System.Collections.Generic;

        public static unsafe class Driver
        {
            public static string Run(string v1Path, string v2Path)
            {
                var failures = new List<string>();
                using var v1 = Native.Load(v1Path);
                var asked = new List<string>();
                var eager = new Native(name => { asked.Add(name); return 0; });
                if (!asked.Contains("dyn_add") || !asked.Contains("dyn_v2_only") || !asked.Contains("dyn_counter")) failures.Add("eager table looked up only " + string.Join(",", asked));
                if (v1.dyn_add(2, 3) != 5) failures.Add("v1.dyn_add");
                if (v1.IsAvailable("dyn_v2_only")) failures.Add("v1 reports dyn_v2_only available");
                try
                {
                    v1.dyn_v2_only();
                    failures.Add("v1.dyn_v2_only did not throw");
                }
                catch (System.EntryPointNotFoundException e) when (e.Message.Contains("'dyn_v2_only'"))
                {
                }
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void Bindings_of_version_2_load_version_1_report_the_missing_function_and_call_the_rest()
    {
        var c = new HeaderCase("loading/dynamic.h");
        var report = RunWith(c, c.CSource!, Driver);
        Assert.True(report.Length == 0, "the runtime driver reported:\n" + report);
    }

    [Fact]
    public void Dynamic_eager_resolves_every_symbol_when_the_instance_is_created()
    {
        var c = new HeaderCase("loading/dynamic.h");
        var header = Path.Combine(Path.GetTempPath(), "bindgen-eager-" + Environment.ProcessId, "dynamic.h");
        Directory.CreateDirectory(Path.GetDirectoryName(header)!);
        File.WriteAllText(header, File.ReadAllText(c.FullPath).Replace("--loading dynamic ", "--loading dynamic-eager "));
        var report = RunWith(new HeaderCase(header), c.CSource!, EagerDriver);
        Assert.True(report.Length == 0, "the runtime driver reported:\n" + report);
    }

    private const string SafeDriver = """
        using System;
        using System.Collections.Generic;
        using KvStore;

        namespace KvDriver;

        public static unsafe class D
        {
            public static string Run(string libraryPath)
            {
                var failures = new List<string>();
                Native.Shared = Native.Load(libraryPath);
                var live = Native.Shared.kv_live_objects();
                using (var store = Kvstore.Open("main"))
                {
                    store.Set("key", "value");
                    if (store.Get("key") != "value" || store.Count() != 1) failures.Add("set/get through the table");
                    try
                    {
                        store.Set("", "value");
                        failures.Add("no exception");
                    }
                    catch (KvstoreException)
                    {
                    }
                }
                if (Native.Shared.kv_live_objects() != live) failures.Add("the handle's release did not run through the table");
                return string.Join("\n", failures);
            }
        }
        """;

    [Fact]
    public void The_safe_layer_works_unchanged_over_the_Shared_table()
    {
        var header = new HeaderCase("safe/kvstore.h");
        var library = NativeBuild.SharedLibrary("kvstore", [header.CSource!]);
        var bindings = new NativeBindings(Bindgen.Generate(header, "--loading", "dynamic"), SafeDriver, "KvDriver.D", new Dictionary<string, string>());
        var report = bindings.Call<string>("Run", library);
        Assert.True(report.Length == 0, "the runtime driver reported:\n" + report);
    }

    [Fact]
    public void A_function_named_like_a_table_member_is_skipped_with_BG0017_not_a_duplicate_member()
    {
        // Load, IsAvailable, Dispose... are reserved in the table class: the generated code still compiles.
        var header = Path.Combine(Path.GetTempPath(), "bindgen-reserved-" + Environment.ProcessId, "reserved.h");
        Directory.CreateDirectory(Path.GetDirectoryName(header)!);
        File.WriteAllText(header, "int Load(int x);\nint IsAvailable(void);\nint Resolve(const char* name);\n");
        var result = Bindgen.Run([header, "--namespace", "Reserved", "--library", "reserved", "--loading", "dynamic"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var (_, problems) = CSharpCompiler.Compile([("reserved.cs", result.Stdout)]);
        Assert.Empty(problems.Select(p => p.ToString()));
    }

    private static string RunWith(HeaderCase bindingsHeader, string cSource, string driver)
    {
        var include = new[] { "-I", Path.GetDirectoryName(Path.GetFullPath(cSource))! };
        var v1 = NativeBuild.SharedLibrary("dynload_v1", [cSource], include);
        var v2 = NativeBuild.SharedLibrary("dynload_v2", [cSource], [.. include, "-DDYN_V2"]);
        return new NativeBindings(Bindgen.Generate(bindingsHeader), driver, "DynamicLoading.Driver", new Dictionary<string, string>()).Call<string>("Run", v1, v2);
    }
}
