using BindGen.Tests.Infrastructure;
using BindGen.Tests.Surface;

namespace BindGen.Tests.Shim;

/// <summary>sqlite3_db_config is variadic: an instantiation from config is a C# overload with the C name, called through the shim.</summary>
public class SqliteShimTests
{
    private const string Driver = """
        using System;
        using Sqlite;
        using static Sqlite.Native;

        public static unsafe class Probe
        {
            private static int ForeignKeysPragma(sqlite3* db)
            {
                sqlite3_stmt* statement;
                fixed (byte* sql = "PRAGMA foreign_keys;\0"u8)
                    if (sqlite3_prepare_v2(db, sql, -1, &statement, null) != SQLITE_OK) return -100;
                int value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int(statement, 0) : -200;
                sqlite3_finalize(statement);
                return value;
            }

            public static string Run()
            {
                sqlite3* db;
                fixed (byte* name = ":memory:"u8) if (sqlite3_open(name, &db) != SQLITE_OK) return "open failed";
                try
                {
                    int before, after;
                    int pragmaBefore = ForeignKeysPragma(db);
                    int code = sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &before);
                    code |= sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &after);
                    return $"{code} {before}->{after} pragma {pragmaBefore}->{ForeignKeysPragma(db)}";
                }
                finally
                {
                    sqlite3_close(db);
                }
            }
        }
        """;

    [Fact]
    public void A_variadic_instantiation_from_config_is_an_overload_whose_effect_is_observed()
    {
        Assert.True(File.Exists("/usr/include/sqlite3.h"), "sqlite3.h is missing: install libsqlite3-dev (.ci/install-deps does)");
        var (result, folder) = ShimHarness.Generate("/usr/include/sqlite3.h", "Sqlite", "sqlite3",
            o => o with { LibraryFileNames = ["linux=libsqlite3.so.0"], Variadic = ["sqlite3_db_config=int, int*"] });
        var text = SurfaceHarness.Text(result);
        Assert.Contains("[DllImport(ShimLibraryName, CallingConvention = CallingConvention.Cdecl, EntryPoint = \"sqlite3_db_config__bindgen_va0\", ExactSpelling = true)]", text);
        Assert.Contains("public static extern int sqlite3_db_config([NativeTypeName(\"sqlite3 *\")] sqlite3* param0, int op, int arg2, [NativeTypeName(\"int *\")] int* arg3);", text);
        Assert.Contains("return sqlite3_db_config(p0, p1, p2, p3);", result.WrapperFile!.Content);
        var bindings = new NativeBindings(text, Driver, "Probe", new Dictionary<string, string>
        {
            ["sqlite3"] = "libsqlite3.so.0",
            ["sqlite3_shim"] = Path.Combine(folder, "libsqlite3_shim.so"),
        });
        Assert.Equal("0 0->1 pragma 0->1", bindings.Call<string>("Run"));
    }
}
