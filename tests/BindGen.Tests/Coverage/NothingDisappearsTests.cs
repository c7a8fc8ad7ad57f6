using BindGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BindGen.Tests.Coverage;

/// <summary>
/// Nothing disappears silently: every function, record, enum, enumerator, variable and macro the library's headers
/// declare, as an independent walk of clang's cursors lists them (<see cref="LibraryDeclarations"/>), is in the generated
/// C# as bound or in its "Not bound" list with a reason (<see cref="GeneratedSurface"/>).
/// </summary>
public class NothingDisappearsTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestHeaderCases.All), MemberType = typeof(TestHeaderCases))]
    public void Every_declaration_of_a_test_header_is_bound_or_listed_as_not_bound(string header)
    {
        var c = new HeaderCase(header);
        AssertAccounted(c.FullPath, c.Flags);
    }

    [Theory]
    [InlineData("/usr/include/zlib.h")]
    [InlineData("/usr/include/sqlite3.h")]
    public void Every_declaration_of_an_installed_library_is_bound_or_listed_as_not_bound(string header)
    {
        Assert.True(File.Exists(header), header + " is missing (zlib1g-dev, libsqlite3-dev)");
        var report = AssertAccounted(header, ["--namespace", "Lib", "--library", "x"]);
        Assert.True(report.Declared > 50, $"the walk found only {report.Declared} declarations in {header}");
    }

    [Fact]
    public void Every_declaration_of_the_fake_installed_umbrella_header_is_bound_or_listed_as_not_bound()
    {
        // test-headers/installed: an umbrella header found through -isystem, as under /usr/include (its own declarations:
        // the oracle's simple rule does not follow its angle-bracket includes).
        var tree = Path.Combine(RepoPaths.TestHeaders, "installed", "usr", "include");
        var report = AssertAccounted(Path.Combine(tree, "imaging", "imaging.h"), ["--namespace", "Imaging", "--library", "imaging", "-D", "IMAGING_ENABLE_EXTRAS=1", 
            "--clang-arg", "-isystem" + Path.Combine(tree, "x86_64-linux-gnu"), "--clang-arg", "-isystem" + tree]);
        Assert.True(report.Declared >= 3, $"the walk found only {report.Declared} declarations");
    }

    [Fact]
    public void Declarations_repeated_in_the_library_after_a_header_that_is_not_the_library_are_bound()
    {
        // plat_fn, plat_var and struct plat_rec are first declared in another folder, reached by "../": a path clang spells
        // lib/../platform/plat.h (its declarations vanished before locations were normalized); the library declares them again.
        var dir = RepoPaths.NewTempDirectory("redeclared");
        Directory.CreateDirectory(Path.Combine(dir, "platform"));
        Directory.CreateDirectory(Path.Combine(dir, "lib"));
        File.WriteAllText(Path.Combine(dir, "platform", "plat.h"), "int plat_fn(int x);\nextern int plat_var;\nstruct plat_rec { int a; };\n");
        var header = Path.Combine(dir, "lib", "lib.h");
        File.WriteAllText(header, "#include \"../platform/plat.h\"\nint plat_fn(int x);\nextern int plat_var;\nstruct plat_rec;\nint lib_fn(void);\n");
        var report = AssertAccounted(header, ["--namespace", "Lib", "--library", "lib"]);
        Assert.Equal((4, 4, 0), report);
    }

    [Fact]
    public void Platform_declarations_repeated_in_the_library_are_bound()
    {
        // free, environ and struct timeval are first declared by libc; the library declares them again.
        var dir = RepoPaths.NewTempDirectory("redeclared-libc");
        var header = Path.Combine(dir, "lib.h");
        File.WriteAllText(header, "#include <stdlib.h>\n#include <unistd.h>\n#include <sys/time.h>\nvoid free(void *ptr);\nextern char **environ;\nstruct timeval;\nint lib_fn(void);\n");
        var report = AssertAccounted(header, ["--namespace", "Lib", "--library", "lib"]);
        Assert.Equal((4, 4, 0), report);
    }

    /// <summary>Flags that rename C# names: coverage is about C names, so they are left out (renaming has its own tests).</summary>
    private static List<string> WithoutRenaming(IReadOnlyList<string> flags)
    {
        var kept = new List<string>();
        for (int i = 0; i < flags.Count; i++)
        {
            if (flags[i] is "--rename" or "--strip-prefix") i++;
            else if (flags[i] != "--pascal-case") kept.Add(flags[i]);
        }
        return kept;
    }

    private (int Declared, int Bound, int NotBound) AssertAccounted(string header, IReadOnlyList<string> flags)
    {
        var declared = LibraryDeclarations.Walk(header, flags);
        var result = Bindgen.Run([header, .. WithoutRenaming(flags)]);
        Assert.True(result.ExitCode == 0, $"bindgen failed on {header}:\n{result}");
        var surface = GeneratedSurface.Read(result.Stdout);

        var missing = new List<string>();
        int bound = 0, notBound = 0;
        foreach (var d in declared.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line))
        {
            if (IsBound(surface, d)) bound++;
            else if (surface.NotBound.ContainsKey(d.Name)) notBound++;
            // The enumerators of an enum listed as not bound go with it.
            else if (d.Kind == "enumerator" && d.Container.Length > 0 && !IsBound(surface, d with { Kind = "enum", Name = d.Container }) && surface.NotBound.ContainsKey(d.Container)) notBound++;
            else missing.Add($"{d.File}:{d.Line}: {d.Kind} '{d.Name}' is neither bound nor in the Not-bound list");
        }
        output.WriteLine($"{header}: {declared.Count} declarations, {bound} bound, {notBound} listed as not bound");
        Assert.True(missing.Count == 0 && surface.Malformed.Count == 0,
            $"{missing.Count} of {declared.Count} declarations disappeared silently from {header}:\n{string.Join("\n", missing)}"
            + (surface.Malformed.Count == 0 ? "" : $"\nNot-bound lines without a name or reason:\n{string.Join("\n", surface.Malformed)}"));
        return (declared.Count, bound, notBound);
    }

    private static bool IsBound(GeneratedSurface s, CDeclared d) => d.Kind switch
    {
        "function" => s.EntryPoints.Contains(d.Name) || s.EntryPoints.Contains(d.Name + "__bindgen_wrap"),
        "variable" => s.Symbols.Contains(d.Name),
        "record" or "enum" => s.TypeNames.Contains(d.Name),
        // An enumerator named like its enum gets a trailing underscore.
        "enumerator" => s.Members.Contains(d.Name) || s.Members.Contains(d.Name + "_"),
        "macro" => s.Members.Contains(d.Name),
        _ => false,
    };
}
