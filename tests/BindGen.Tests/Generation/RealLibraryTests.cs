using System.Text.RegularExpressions;
using BindGen.Tests.Abi;
using BindGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BindGen.Tests.Generation;

/// <summary>
/// Libraries as Debian installs them (the -dev packages .ci/install-deps installs), each bound the way users start: a
/// wrapper header that includes it. Each must bind its API (a function of the umbrella header and one of a header the
/// umbrella reaches), nothing of libc, compile with zero warnings, and have every record exact against cc.
/// </summary>
public class RealLibraryTests(ITestOutputHelper output)
{
    /// <summary>Name, wrapper lines, extra flags, a function the umbrella declares, a function a header it reaches declares.</summary>
    public static TheoryData<string, string, string, string, string> Libraries => new()
    {
        { "zlib", "#include <zlib.h>", "", "deflate", "zlibVersion" },
        { "sqlite3", "#include <sqlite3.h>", "", "sqlite3_open_v2", "sqlite3_libversion" },
        { "bzip2", "#include <stdio.h>|#include <bzlib.h>", "", "BZ2_bzCompress", "BZ2_bzlibVersion" },
        { "expat", "#include <expat.h>", "", "XML_ParserCreate", "XML_ExpatVersion" },
        { "png", "#include <png.h>", "", "png_create_read_struct", "png_access_version_number" },
        { "jpeg", "#include <stdio.h>|#include <jpeglib.h>", "", "jpeg_CreateDecompress", "jpeg_read_header" },
        { "lzma", "#include <lzma.h>", "", "lzma_code", "lzma_stream_encoder" },
        { "ncurses", "#include <curses.h>", "", "initscr", "unctrl" },
        { "gcrypt", "#include <gcrypt.h>", "", "gcry_check_version", "gcry_md_open" },
        { "xml2", "#include <libxml/tree.h>", "-I /usr/include/libxml2", "xmlNewDoc", "xmlStrdup" },
        { "freetype", "#include <ft2build.h>|#include FT_FREETYPE_H", "-I /usr/include/freetype2", "FT_Init_FreeType", "FT_Done_FreeType" },
        { "openssl", "#include <openssl/ssl.h>", "", "SSL_new", "BIO_new" },
    };

    private static string Wrapper(string name, string lines)
    {
        var path = Path.Combine(RepoPaths.NewTempDirectory("real-" + name), name + "_wrapper.h");
        File.WriteAllText(path, lines.Replace('|', '\n') + "\n");
        return path;
    }

    private static string[] Flags(string extra) => extra.Length == 0 ? [] : extra.Split(' ');

    [Theory]
    [MemberData(nameof(Libraries))]
    public void An_installed_library_binds_through_a_wrapper_and_compiles(string name, string lines, string extra, string umbrellaFunction, string reachedFunction)
    {
        var result = Bindgen.Run([Wrapper(name, lines), "-n", "Lib", "-l", name, .. Flags(extra)]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("BG0008", result.Stderr);
        var functions = Regex.Matches(result.Stdout, @"static extern [^(]*? @?(\w+)\(").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(umbrellaFunction, functions);
        Assert.Contains(reachedFunction, functions);
        foreach (var libc in new[] { "printf", "malloc", "free", "memcpy", "strlen", "select", "pthread_create", "fopen" })
            Assert.DoesNotContain(libc, functions);
        CSharpCompiler.AssertCompiles([(name + ".cs", result.Stdout)]);
        output.WriteLine($"{name}: {functions.Count} functions bound");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void An_installed_librarys_records_are_exact_against_cc(string name, string lines, string extra, string umbrellaFunction, string reachedFunction)
    {
        _ = (umbrellaFunction, reachedFunction);
        var flags = Flags(extra);
        // Every record the generated C# names (the library's, libc's, other libraries'), found by clang's cursors, measured by cc.
        var report = LayoutProbe.Check(Wrapper(name, lines), "Lib", ["--library", name, .. flags], cFlags: flags);
        output.WriteLine($"{name}: {report.Records} records, {report.Checked} items measured ({report.Bitfields} bitfields)");
        Assert.True(report.Checked > 0, $"no record was measured for {name}");
        Assert.True(report.Mismatches.Count == 0 && report.Missing.Count == 0,
            $"{report.Mismatches.Count} layout mismatches, {report.Missing.Count} missing in {name}:\n" + string.Join("\n", report.Mismatches.Concat(report.Missing)));
    }
}
