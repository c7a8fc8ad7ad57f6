using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Tests.Generation;

/// <summary>The rule deciding which headers are the library's, model in, verdicts out, without libclang.</summary>
public class LibraryFilesTests
{
    private const string Usr = "/r/usr/include";
    private const string Multiarch = "/r/usr/include/x86_64-linux-gnu";
    private const string Wrapper = "/home/me/project/wrapper.h";

    private static CInclusionDirective Angled(string from, string to, string name) => new(from, to, name, Angled: true);
    private static CInclusionDirective Quoted(string from, string to, string name) => new(from, to, name, Angled: false);

    /// <summary>An umbrella in its own folder, a multiarch config that includes back, a sibling folder, another library, libc.</summary>
    private static readonly CInclusionDirective[] Directives =
    [
        Angled(Wrapper, $"{Usr}/lib/lib.h", "lib/lib.h"),
        Angled($"{Usr}/lib/lib.h", $"{Usr}/stdio.h", "stdio.h"),
        Angled($"{Usr}/lib/lib.h", $"{Multiarch}/lib/config.h", "lib/config.h"),
        Angled($"{Multiarch}/lib/config.h", $"{Usr}/lib/platform.h", "lib/platform.h"),
        Angled($"{Usr}/lib/lib.h", $"{Usr}/lib_ext/types.h", "lib_ext/types.h"),
        Angled($"{Usr}/lib/lib.h", $"{Usr}/zip.h", "zip.h"),
        Quoted($"{Usr}/zip.h", $"{Usr}/zipconf.h", "zipconf.h"),
        Quoted($"{Usr}/lib/lib.h", $"{Multiarch}/libconf.h", "libconf.h"),
        Angled($"{Usr}/stdio.h", $"{Multiarch}/bits/types.h", "bits/types.h"),
    ];

    private static LibraryFiles Compute(IEnumerable<CInclusionDirective> directives, Func<string, string?>? packageOf = null)
    {
        var list = directives.ToList();
        var files = list.Select(d => d.Included).Distinct().Select(p => new CSourceFile(p, null, IsSystem: true));
        return LibraryFiles.Compute(new CIncludeGraph([Wrapper], [new CSourceFile(Wrapper, null), .. files], [.. list]), [], null, null, packageOf);
    }

    private static Dictionary<string, HeaderReason> Reasons(LibraryFiles files) => files.Verdicts.ToDictionary(v => v.Path, v => v.Reason);

    [Fact]
    public void A_library_spread_over_a_multiarch_folder_and_a_sibling_folder_is_one_library()
    {
        var reasons = Reasons(Compute(Directives));
        Assert.Equal(HeaderReason.WrapperInclude, reasons[$"{Usr}/lib/lib.h"]);
        Assert.Equal(HeaderReason.SameFamily, reasons[$"{Multiarch}/lib/config.h"]);
        Assert.Equal(HeaderReason.SameFamily, reasons[$"{Usr}/lib/platform.h"]);
        Assert.Equal(HeaderReason.SameFamily, reasons[$"{Usr}/lib_ext/types.h"]);
        Assert.Equal(HeaderReason.MultiarchConfig, reasons[$"{Multiarch}/libconf.h"]);
    }

    [Fact]
    public void Another_library_and_the_platform_are_not_the_librarys()
    {
        var reasons = Reasons(Compute(Directives));
        Assert.Equal(HeaderReason.OtherLibrary, reasons[$"{Usr}/zip.h"]);
        Assert.Equal(HeaderReason.NotReached, reasons[$"{Usr}/zipconf.h"]);
        Assert.Equal(HeaderReason.Platform, reasons[$"{Usr}/stdio.h"]);
        Assert.Equal(HeaderReason.Platform, reasons[$"{Multiarch}/bits/types.h"]);
    }

    [Fact]
    public void The_verdicts_do_not_depend_on_the_order_headers_were_reached()
    {
        var expected = Reasons(Compute(Directives)).Where(r => r.Value < HeaderReason.Platform).Select(r => r.Key).Order().ToList();
        foreach (int seed in new[] { 1, 2, 3, 4, 5 })
        {
            var shuffled = Directives.OrderBy(_ => new Random(seed).Next()).ToList();
            Assert.Equal(expected, Compute(shuffled).Files.Order().ToList());
        }
    }

    [Fact]
    public void Headers_one_package_installs_are_one_librarys()
    {
        string? Package(string path) => path.EndsWith("/lib/lib.h", StringComparison.Ordinal) || path.EndsWith("/zip.h", StringComparison.Ordinal) ? "liblib-dev" : null;
        Assert.Equal(HeaderReason.SamePackage, Reasons(Compute(Directives, Package))[$"{Usr}/zip.h"]);
    }

    [Fact]
    public void A_quoted_include_found_beside_its_includer_is_the_librarys_and_an_angled_one_is_not()
    {
        var reasons = Reasons(Compute(
        [
            Angled(Wrapper, $"{Usr}/img.h", "img.h"),
            Quoted($"{Usr}/img.h", $"{Usr}/imgconf.h", "imgconf.h"),
            Angled($"{Usr}/img.h", $"{Usr}/deflate.h", "deflate.h"),
        ]));
        Assert.Equal(HeaderReason.BesideIncluder, reasons[$"{Usr}/imgconf.h"]);
        Assert.Equal(HeaderReason.OtherLibrary, reasons[$"{Usr}/deflate.h"]);
    }

    [Fact]
    public void A_named_installed_header_is_not_a_wrapper()
    {
        // Naming /r/usr/include/lib/lib.h itself: its include of another library does not make that library the library's.
        var lib = $"{Usr}/lib/lib.h";
        var directives = Directives.Skip(1).ToList();
        var files = directives.Select(d => d.Included).Distinct().Select(p => new CSourceFile(p, null, IsSystem: true));
        var result = LibraryFiles.Compute(new CIncludeGraph([lib], [new CSourceFile(lib, null), .. files], [.. directives]), [], null, null, null);
        var reasons = Reasons(result);
        Assert.Equal(HeaderReason.Input, reasons[lib]);
        Assert.Equal(HeaderReason.OtherLibrary, reasons[$"{Usr}/zip.h"]);
        Assert.Equal(HeaderReason.SameFamily, reasons[$"{Usr}/lib/platform.h"]);
    }

    [Fact]
    public void A_header_of_a_subfolder_does_not_make_its_parent_folder_the_librarys()
    {
        // X11/extensions/Xrender.h is libXrender; X11/Xlib.h, which it includes, is libX11.
        var reasons = Reasons(Compute(
        [
            Angled(Wrapper, $"{Usr}/X11/extensions/Xrender.h", "X11/extensions/Xrender.h"),
            Angled($"{Usr}/X11/extensions/Xrender.h", $"{Usr}/X11/extensions/render.h", "X11/extensions/render.h"),
            Angled($"{Usr}/X11/extensions/Xrender.h", $"{Usr}/X11/Xlib.h", "X11/Xlib.h"),
            Angled($"{Usr}/X11/Xlib.h", $"{Usr}/X11/X.h", "X11/X.h"),
        ]));
        Assert.Equal(HeaderReason.SameFamily, reasons[$"{Usr}/X11/extensions/render.h"]);
        Assert.Equal(HeaderReason.OtherLibrary, reasons[$"{Usr}/X11/Xlib.h"]);
    }

    [Fact]
    public void A_folder_inside_a_library_folder_is_the_librarys()
    {
        var reasons = Reasons(Compute(
        [
            Angled(Wrapper, $"{Usr}/freetype/freetype.h", "freetype/freetype.h"),
            Angled($"{Usr}/freetype/freetype.h", $"{Usr}/freetype/config/ftconfig.h", "freetype/config/ftconfig.h"),
        ]));
        Assert.Equal(HeaderReason.SameFamily, reasons[$"{Usr}/freetype/config/ftconfig.h"]);
    }

    [Fact]
    public void A_wrapper_include_named_like_a_platform_header_is_the_librarys_when_another_package_installed_it()
    {
        // libnsl installs rpcsvc/ypclnt.h, a folder glibc once used; stdio.h is libc6-dev's.
        string? Package(string path) => path.EndsWith("/rpcsvc/ypclnt.h", StringComparison.Ordinal) ? "libnsl-dev" : path.EndsWith("/stdio.h", StringComparison.Ordinal) ? "libc6-dev" : null;
        var directives = new[]
        {
            Angled(Wrapper, $"{Usr}/stdio.h", "stdio.h"),
            Angled(Wrapper, $"{Usr}/rpcsvc/ypclnt.h", "rpcsvc/ypclnt.h"),
        };
        var with = Reasons(Compute(directives, Package));
        Assert.Equal(HeaderReason.WrapperInclude, with[$"{Usr}/rpcsvc/ypclnt.h"]);
        Assert.Equal(HeaderReason.Platform, with[$"{Usr}/stdio.h"]);
        // Without a package database the name decides.
        Assert.Equal(HeaderReason.Platform, Reasons(Compute(directives))[$"{Usr}/rpcsvc/ypclnt.h"]);
    }

    [Fact]
    public void A_header_outside_the_system_folders_is_never_the_platforms()
    {
        var local = "/home/me/mylib/include";
        var directives = new[] { Quoted($"{local}/mylib.h", $"{local}/memory.h", "memory.h") };
        var files = new[] { new CSourceFile($"{local}/mylib.h", null), new CSourceFile($"{local}/memory.h", $"{local}/mylib.h") };
        var result = LibraryFiles.Compute(new CIncludeGraph([$"{local}/mylib.h"], [.. files], [.. directives]), [], null, null, null);
        Assert.True(result.IsOwn($"{local}/memory.h"));
    }

    [Fact]
    public void A_header_that_joined_for_its_package_does_not_bring_its_folder()
    {
        // render.h and Xfuncproto.h are both x11proto-dev's; Xfuncproto.h's folder X11/ must not make X11/Xlib.h the library's.
        string? Package(string path) => path.EndsWith("/render.h", StringComparison.Ordinal) || path.EndsWith("/Xfuncproto.h", StringComparison.Ordinal) ? "x11proto-dev" : null;
        var reasons = Reasons(Compute(
        [
            Angled(Wrapper, $"{Usr}/X11/extensions/Xrender.h", "X11/extensions/Xrender.h"),
            Angled($"{Usr}/X11/extensions/Xrender.h", $"{Usr}/X11/extensions/render.h", "X11/extensions/render.h"),
            Angled($"{Usr}/X11/extensions/render.h", $"{Usr}/X11/Xfuncproto.h", "X11/Xfuncproto.h"),
            Angled($"{Usr}/X11/extensions/Xrender.h", $"{Usr}/X11/Xlib.h", "X11/Xlib.h"),
        ], Package));
        Assert.Equal(HeaderReason.SamePackage, reasons[$"{Usr}/X11/Xfuncproto.h"]);
        Assert.Equal(HeaderReason.OtherLibrary, reasons[$"{Usr}/X11/Xlib.h"]);
    }
}
