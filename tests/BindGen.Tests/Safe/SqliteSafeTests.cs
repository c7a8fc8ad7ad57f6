using System.Runtime.InteropServices;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Safe;

/// <summary>The system's sqlite3 through the safe layer generated from /usr/include/sqlite3.h and test-headers/safe/sqlite3.json.</summary>
public sealed class SqliteFixture
{
    public NativeBindings Bindings { get; }

    public SqliteFixture()
    {
        const string header = "/usr/include/sqlite3.h";
        Assert.True(File.Exists(header), "sqlite3.h is missing: install libsqlite3-dev (.ci/install-deps does)");
        var config = Path.Combine(RepoPaths.TestHeaders, "safe", "sqlite3.json");
        var result = Bindgen.Run(header, "--namespace", "Sqlite", "--library", "sqlite3", "--safe-config", config);
        Assert.True(result.ExitCode == 0, result.ToString());
        var library = NativeLibrary.TryLoad("libsqlite3.so.0", out var h) ? "libsqlite3.so.0" : "libsqlite3.so";
        if (h != IntPtr.Zero) NativeLibrary.Free(h);
        Bindings = new NativeBindings(result.Stdout, Driver, "SqliteDriver.D", new Dictionary<string, string> { ["sqlite3"] = library });
    }

    private const string Driver = """
        using System;
        using System.Collections.Generic;
        using Sqlite;

        namespace SqliteDriver;

        public static unsafe class D
        {
            public static string Versions() => Native.SQLITE_VERSION + "|" + Safe.sqlite3_libversion();

            public static string RoundTrip()
            {
                Safe.sqlite3_open(":memory:", out var db);
                using (db)
                {
                    Safe.sqlite3_exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL)", null, null);
                    var transient = (delegate* unmanaged<void*, void>)(-1); // SQLITE_TRANSIENT: sqlite copies the text
                    foreach (var (id, name) in new[] { (1, "alpha"), (2, "b\u00eata"), (3, "\u03b3amma") })
                    {
                        Safe.sqlite3_prepare_v2(db, "INSERT INTO t(id, name) VALUES (?, ?)"u8, out var insert, out _);
                        using (insert)
                        {
                            Safe.sqlite3_bind_int(insert, 1, id);
                            Safe.sqlite3_bind_text(insert, 2, name, -1, transient);
                            int rc = Safe.sqlite3_step(insert);
                            if (rc != Native.SQLITE_DONE) return "step returned " + rc;
                        }
                    }
                    var rows = new List<string>();
                    Safe.sqlite3_prepare_v2(db, "SELECT id, name FROM t ORDER BY id"u8, out var select, out _);
                    using (select)
                    {
                        while (Safe.sqlite3_step(select) == Native.SQLITE_ROW)
                            rows.Add(Safe.sqlite3_column_int(select, 0) + "=" + Safe.sqlite3_column_text(select, 1));
                    }
                    return string.Join(",", rows);
                }
            }

            public static string ExecCallback()
            {
                Safe.sqlite3_open(":memory:", out var db);
                using (db)
                {
                    var seen = new List<string>();
                    Safe.sqlite3_exec(db, "SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2, 'y'", (columns, values, names) =>
                    {
                        seen.Add(columns + ":" + System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)values[1]));
                        return 0;
                    }, null);
                    return string.Join(",", seen);
                }
            }

            public static string SyntaxError()
            {
                Safe.sqlite3_open(":memory:", out var db);
                using (db)
                {
                    try
                    {
                        Safe.sqlite3_prepare_v2(db, "SELEC nonsense"u8, out var stmt, out _);
                        stmt.Dispose();
                        return "no exception";
                    }
                    catch (SqliteException e)
                    {
                        return e.Code + ": " + e.Message;
                    }
                }
            }
        }
        """;
}

public class SqliteSafeTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public void SQLITE_VERSION_matches_sqlite3_libversion()
    {
        var parts = fixture.Bindings.Call<string>("Versions").Split('|');
        Assert.Equal(parts[0], parts[1]);
    }

    [Fact]
    public void Create_insert_and_read_back_rows_with_prepared_statements() =>
        Assert.Equal("1=alpha,2=b\u00eata,3=\u03b3amma", fixture.Bindings.Call<string>("RoundTrip"));

    [Fact]
    public void Exec_callbacks_are_managed_delegates() => Assert.Equal("2:x,2:y", fixture.Bindings.Call<string>("ExecCallback"));

    [Fact]
    public void Errors_carry_sqlite3_errmsg() => Assert.Equal("1: near \"SELEC\": syntax error", fixture.Bindings.Call<string>("SyntaxError"));
}
