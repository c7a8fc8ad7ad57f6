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
            public static string Versions() => Native.SQLITE_VERSION + "|" + Sqlite3.Libversion();

            public static string RoundTrip()
            {
                Sqlite3.Open(":memory:", out var db);
                using (db)
                {
                    db.Exec("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL)", null, out _);
                    foreach (var (id, name) in new[] { (1, "alpha"), (2, "b\u00eata"), (3, "\u03b3amma") })
                    {
                        db.PrepareV2("INSERT INTO t(id, name) VALUES (?, ?)"u8, out var insert, out _);
                        using (insert)
                        {
                            insert.BindInt(1, id);
                            insert.BindText(2, name);
                            int rc = insert.Step();
                            if (rc != Native.SQLITE_DONE) return "step returned " + rc;
                        }
                    }
                    var rows = new List<string>();
                    db.PrepareV2("SELECT id, name FROM t ORDER BY id"u8, out var select, out _);
                    using (select)
                    {
                        while (select.Step() == Native.SQLITE_ROW)
                            rows.Add(select.ColumnInt(0) + "=" + select.ColumnText(1));
                    }
                    return string.Join(",", rows);
                }
            }

            // Bound text is read by Step, after the call that bound it returned: it must not be a temporary.
            public static string BoundTextOutlivesTheCall(int length)
            {
                Sqlite3.Open(":memory:", out var db);
                using (db)
                {
                    var text = new string('q', length);
                    db.PrepareV2("SELECT ?"u8, out var select, out _);
                    using (select)
                    {
                        select.BindText(1, text);
                        GC.Collect();
                        for (int size = 16; size <= 1 << 16; size *= 2)
                        {
                            var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
                            rented.AsSpan().Fill((byte)'X');
                            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                        }
                        Span<byte> stack = stackalloc byte[1024];
                        stack.Fill((byte)'Y');
                        select.Step();
                        return select.ColumnText(0) == text ? "kept" : "corrupted";
                    }
                }
            }

            public static string ExecCallback()
            {
                Sqlite3.Open(":memory:", out var db);
                using (db)
                {
                    var seen = new List<string>();
                    db.Exec("SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2, 'y'", (columns, values, names) =>
                    {
                        seen.Add(columns + ":" + System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)values[1]));
                        return 0;
                    }, out _);
                    return string.Join(",", seen);
                }
            }

            public static string ExecErrorMessage()
            {
                Sqlite3.Open(":memory:", out var db);
                using (db)
                {
                    int rc = db.TryExec("SELEC 1", null, out var message);
                    return rc + ": " + message;
                }
            }

            public static string SyntaxError()
            {
                Sqlite3.Open(":memory:", out var db);
                using (db)
                {
                    try
                    {
                        db.PrepareV2("SELEC nonsense"u8, out var stmt, out _);
                        stmt.Dispose();
                        return "no exception";
                    }
                    catch (Sqlite3Exception e)
                    {
                        return e.Code + ": " + e.Message;
                    }
                }
            }

            public static string Tail()
            {
                Sqlite3.Open(":memory:", out var db);
                using (db)
                {
                    db.PrepareV2("SELECT 1; SELECT 2"u8, out var first, out int tail);
                    first.Dispose();
                    return tail.ToString();
                }
            }

            public static string ParametersNamedParamN()
            {
                var found = new List<string>();
                foreach (var type in typeof(Sqlite3).Assembly.GetTypes())
                {
                    if (type.Namespace != "Sqlite" || type.Name == "Native") continue;
                    foreach (var m in type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
                        foreach (var p in m.GetParameters())
                            if (System.Text.RegularExpressions.Regex.IsMatch(p.Name ?? "", "^param[0-9]+$")) found.Add(type.Name + "." + m.Name + "(" + p.Name + ")");
                }
                return found.Count == 0 ? "none" : string.Join(",", found.GetRange(0, Math.Min(5, found.Count)));
            }

            public static string BindTextSignature()
            {
                var m = typeof(Sqlite3StmtHandle).GetMethod("BindText", new[] { typeof(int), typeof(string) })!;
                return string.Join(",", System.Linq.Enumerable.Select(m.GetParameters(), p => p.ParameterType.Name + " " + p.Name));
            }

            public static string BindPointerSignature()
            {
                var m = typeof(Sqlite3StmtHandle).GetMethod("BindPointer")!;
                return string.Join(",", System.Linq.Enumerable.Select(m.GetParameters(), p => p.ParameterType.IsFunctionPointer ? "delegate*" : p.ParameterType.Name));
            }

            public static string NoReleasingMethods()
            {
                var found = new List<string>();
                foreach (var type in new[] { typeof(Sqlite3Handle), typeof(Sqlite3StmtHandle) })
                    foreach (var m in type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
                        if (m.Name.StartsWith("Close", StringComparison.Ordinal) || m.Name.StartsWith("sqlite3_close", StringComparison.Ordinal) || m.Name == "Finalize") found.Add(type.Name + "." + m.Name);
                return found.Count == 0 ? "none" : string.Join(",", found);
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

    [Theory]
    [InlineData(10)]
    [InlineData(5000)]
    public void Bound_text_is_copied_by_sqlite_through_the_transient_sentinel(int length) =>
        Assert.Equal("kept", fixture.Bindings.Call<string>("BoundTextOutlivesTheCall", length));

    [Fact]
    public void Exec_error_messages_are_out_strings_freed_with_sqlite3_free() =>
        Assert.Equal("1: near \"SELEC\": syntax error", fixture.Bindings.Call<string>("ExecErrorMessage"));

    [Fact]
    public void Prepare_tail_is_the_offset_of_the_unread_sql() => Assert.Equal("9", fixture.Bindings.Call<string>("Tail"));

    [Fact]
    public void No_safe_parameter_is_named_paramN() => Assert.Equal("none", fixture.Bindings.Call<string>("ParametersNamedParamN"));

    [Fact]
    public void Bind_text_takes_the_index_and_the_text_only_the_length_and_destructor_are_supplied() =>
        Assert.Equal("Int32 value,String text", fixture.Bindings.Call<string>("BindTextSignature"));

    [Fact]
    public void Bind_pointer_whose_destructor_data_cannot_be_told_keeps_raw_pointers() =>
        Assert.Equal("Int32,Void*,Byte*,delegate*", fixture.Bindings.Call<string>("BindPointerSignature"));

    [Fact]
    public void Connections_and_statements_have_no_releasing_method() => Assert.Equal("none", fixture.Bindings.Call<string>("NoReleasingMethods"));

    [Fact]
    public void Errors_carry_sqlite3_errmsg() => Assert.Equal("1: near \"SELEC\": syntax error", fixture.Bindings.Call<string>("SyntaxError"));
}
