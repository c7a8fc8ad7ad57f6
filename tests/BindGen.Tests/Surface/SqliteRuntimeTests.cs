using BindGen.Core;

namespace BindGen.Tests.Surface;

/// <summary>The whole of the system's sqlite3.h, generated, compiled without warnings, and called for real.</summary>
public class SqliteRuntimeTests
{
    private static readonly Lazy<GenerationResult> Result = new(() => Generator.Generate(new GeneratorOptions
    {
        Headers = ["/usr/include/sqlite3.h"],
        Namespace = "Sqlite",
        LibraryName = "sqlite3",
        TargetTriple = SurfaceHarness.Triple,
        LibraryFileNames = ["linux=libsqlite3.so.0", "osx=libsqlite3.dylib", "windows=sqlite3.dll"],
    }, "Sqlite.cs"));

    private const string Probe = """
        using System;
        using System.Runtime.InteropServices;
        using System.Text;
        using Sqlite;
        using static Sqlite.Native;

        public static unsafe class Probe
        {
            private static void Check(int code, sqlite3* db, int expected = SQLITE_OK)
            {
                if (code != expected) throw new InvalidOperationException($"sqlite3 returned {code}: {Marshal.PtrToStringUTF8((nint)sqlite3_errmsg(db))}");
            }

            public static string Run()
            {
                var sb = new StringBuilder();
                sb.Append(Marshal.PtrToStringUTF8((nint)sqlite3_libversion())).Append('|').Append(SQLITE_VERSION).Append('|');
                sb.Append(Marshal.PtrToStringUTF8((nint)sqlite3_version)).Append('|');
                sqlite3* db;
                fixed (byte* name = ":memory:"u8) Check(sqlite3_open(name, &db), null);
                try
                {
                    fixed (byte* sql = "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL);\0"u8)
                        Check(sqlite3_exec(db, sql, null, null, null), db);

                    sqlite3_stmt* insert;
                    fixed (byte* sql = "INSERT INTO t(id, name) VALUES (?1, ?2);\0"u8)
                        Check(sqlite3_prepare_v2(db, sql, -1, &insert, null), db);
                    string[] names = ["ada", "grace", "Ünïcödé"];
                    for (int i = 0; i < names.Length; i++)
                    {
                        var bytes = Encoding.UTF8.GetBytes(names[i]);
                        fixed (byte* text = bytes)
                        {
                            Check(sqlite3_bind_int(insert, 1, i + 1), db);
                            Check(sqlite3_bind_text(insert, 2, text, bytes.Length, null), db);
                            Check(sqlite3_step(insert), db, SQLITE_DONE);
                        }
                        Check(sqlite3_reset(insert), db);
                    }
                    Check(sqlite3_finalize(insert), db);

                    sqlite3_stmt* select;
                    fixed (byte* sql = "SELECT id, name FROM t ORDER BY id DESC;\0"u8)
                        Check(sqlite3_prepare_v2(db, sql, -1, &select, null), db);
                    int code;
                    while ((code = sqlite3_step(select)) == SQLITE_ROW)
                        sb.Append(sqlite3_column_int(select, 0)).Append('=').Append(Marshal.PtrToStringUTF8((nint)sqlite3_column_text(select, 1))).Append(';');
                    Check(code, db, SQLITE_DONE);
                    Check(sqlite3_finalize(select), db);
                    sb.Append(sqlite3_changes(db));
                }
                finally
                {
                    Check(sqlite3_close(db), null);
                }
                return sb.ToString();
            }
        }
        """;

    [Theory]
    [InlineData("/usr/include/sqlite3.h")]
    [InlineData("/usr/include/zlib.h")]
    public void Real_headers_read_with_all_comments_give_well_formed_XML_docs(string header)
    {
        var text = SurfaceHarness.Text(Generator.Generate(new GeneratorOptions
        {
            Headers = [header],
            Namespace = "Docs",
            LibraryName = "docs",
            TargetTriple = SurfaceHarness.Triple,
            ClangArguments = ["-fparse-all-comments"],
        }, "Docs.cs"));
        Assert.True(text.Split("/// <summary>").Length > 50, "expected the header's comments in the output");
        SurfaceHarness.Compile(documentation: true, text);
    }

    [Fact]
    public void The_whole_header_compiles_without_warnings() => SurfaceHarness.Compile(SurfaceHarness.Text(Result.Value));

    [Fact]
    public void An_in_memory_database_stores_and_reads_back_rows_through_a_prepared_statement()
    {
        var assembly = SurfaceHarness.Compile(SurfaceHarness.Text(Result.Value), Probe);
        var parts = SurfaceHarness.RunProbe(assembly, "unused", "/nonexistent").Split('|');
        Assert.Equal(parts[1], parts[0]); // SQLITE_VERSION (the header) == sqlite3_libversion() (the library)
        Assert.Equal(parts[0], parts[2]); // the sqlite3_version global variable agrees
        Assert.Equal("3=Ünïcödé;2=grace;1=ada;1", parts[3]);
    }
}
