using BindGen.Clang;
using BindGen.Core;
using BindGen.Core.Parsing;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.Targets;

/// <summary>
/// <c>*-apple-darwin</c> means macOS: without an SDK clang 14 would parse <c>aarch64-apple-darwin</c> as
/// <c>arm64-apple-ios5.0.0</c> (AppleDeploymentTarget says why); BindGen passes a macOS version unless the user chose an OS.
/// </summary>
public sealed class DarwinTargetTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bindgen-darwin-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>A header that decides the Apple OS as an SDK's TargetConditionals.h does (which needs the SDK, so it is imitated).</summary>
    private const string AppleOsHeader = """
        /* Which Apple OS a header is parsed for, as an SDK's TargetConditionals.h decides it (the clang builtin it tests first,
           then the deployment-target macro clang predefines), without the SDK. */
        #if defined(__APPLE__)
        #  if __is_target_os(macos) && defined(__ENVIRONMENT_MAC_OS_X_VERSION_MIN_REQUIRED__)
        #    define TARGET_OS_OSX 1
        #    define TARGET_OS_IPHONE 0
        #  elif __is_target_os(ios) || defined(__ENVIRONMENT_IPHONE_OS_VERSION_MIN_REQUIRED__)
        #    define TARGET_OS_OSX 0
        #    define TARGET_OS_IPHONE 1
        #  endif
        #endif

        #if TARGET_OS_OSX
        int apple_macos_only(void);
        #define APPLE_MACOS_MIN __ENVIRONMENT_MAC_OS_X_VERSION_MIN_REQUIRED__
        #endif
        #if TARGET_OS_IPHONE
        int apple_ios_only(void);
        #endif
        int apple_everywhere(void);
        """;

    private string Header
    {
        get
        {
            var path = Path.Combine(_dir.FullName, "apple_os.h");
            File.WriteAllText(path, AppleOsHeader + "\n");
            return path;
        }
    }

    private static string ClangTriple(string triple, params string[] clangArguments)
    {
        var args = ClangArgumentsBuilder.Build(new GeneratorOptions { TargetTriple = triple, ClangArguments = [.. clangArguments] }, LibClangLoader.Load());
        var target = TargetProbe.Read(args, Path.GetTempPath());
        Assert.NotNull(target);
        Assert.True(target.IsApple);
        return target.Triple;
    }

    [Theory]
    [InlineData("aarch64-apple-darwin", "arm64-apple-macosx11.0.0")]
    [InlineData("arm64-apple-darwin20", "arm64-apple-macosx11.0.0")]
    [InlineData("x86_64-apple-darwin", "x86_64-apple-macosx11.0.0")]
    public void A_darwin_triple_is_parsed_for_macOS(string triple, string expected) => Assert.Equal(expected, ClangTriple(triple));

    [Fact]
    public void An_OS_the_user_chose_wins_and_a_triple_naming_its_OS_is_left_alone()
    {
        Assert.Equal("arm64-apple-ios14.0.0", ClangTriple("aarch64-apple-darwin", "-mios-version-min=14.0"));
        Assert.Equal("arm64-apple-macosx13.0.0", ClangTriple("aarch64-apple-darwin", "-mmacosx-version-min=13.0"));
        Assert.Equal("arm64-apple-macosx13.0.0", ClangTriple("arm64-apple-macos13"));
        Assert.Null(AppleDeploymentTarget.VersionFlag("arm64-apple-ios15", []));
        Assert.Null(AppleDeploymentTarget.VersionFlag("x86_64-unknown-linux-gnu", []));
        Assert.Null(AppleDeploymentTarget.VersionFlag("x86_64-apple-darwinfoo", []));
    }

    [Fact]
    public void A_header_deciding_the_OS_as_TargetConditionals_does_sees_macOS()
    {
        var output = Path.Combine(_dir.FullName, "mac.cs");
        var run = Bindgen.Run([Header, "-o", output, "--target", "aarch64-apple-darwin"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(output);
        Assert.Contains("apple_macos_only", text, StringComparison.Ordinal);
        Assert.Contains("APPLE_MACOS_MIN = 110000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("apple_ios_only", text, StringComparison.Ordinal);

        // The same header parsed for iOS (the OS clang picks for darwin by itself) declares the other function: the check can fail.
        var ios = Path.Combine(_dir.FullName, "ios.cs");
        Assert.Equal(0, Bindgen.Run([Header, "-o", ios, "--target", "aarch64-apple-darwin", "--clang-arg=-mios-version-min=5.0"]).ExitCode);
        Assert.Contains("apple_ios_only", File.ReadAllText(ios), StringComparison.Ordinal);
        Assert.DoesNotContain("apple_macos_only", File.ReadAllText(ios), StringComparison.Ordinal);
    }

    [Fact]
    public void The_difference_report_names_the_macOS_triple_clang_parsed_for()
    {
        var output = Path.Combine(_dir.FullName, "out");
        var run = Bindgen.Run([Header, "-o", output + "/", "--target", "x86_64-unknown-linux-gnu", "--target", "aarch64-apple-darwin"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = File.ReadAllText(Path.Combine(output, "TargetDifferences.cs"));
        Assert.Contains("aarch64-apple-darwin: symbol BINDGEN_AARCH64_APPLE_DARWIN, clang triple arm64-apple-macosx11.0.0,", report, StringComparison.Ordinal);
        Assert.DoesNotContain("ios", report, StringComparison.Ordinal);
    }
}
