using System.Text.RegularExpressions;
using BindGen.Core.Diagnostics;
using BindGen.Tests.Infrastructure;

namespace BindGen.Tests.EndToEnd;

/// <summary>
/// A real <c>dotnet build</c> of a consuming project that imports the package's .props and .targets from this tree and runs
/// the freshly built bindgen.dll (no pack, so it is quick): a <c>BindGenHeader</c> with <c>Targets</c> and <c>Sysroots</c>
/// generates one folder, the build compiles the files its manifest lists with the symbol of the RID being built, and
/// incremental builds skip, or rerun after a generated file is deleted.
/// </summary>
public sealed class MultiTargetMSBuildTests : IDisposable
{
    private readonly string _project = RepoPaths.NewTempDirectory("msbuild-targets");

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private const string Header = """
        #include <stddef.h>
        #ifdef _WIN32
        #include <win_word.h>
        #else
        typedef unsigned int mt_word;
        #endif
        /* wchar_t is 2 bytes on Windows and 4 elsewhere: the record differs, so each target has a variant. */
        struct mt_char { wchar_t c; mt_word w; };
        int mt_get(const struct mt_char *v);
        """;

    private static readonly string[] Triples = ["x86_64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"];

    private void Write(string name, string text)
    {
        var path = Path.Combine(_project, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Setup()
    {
        var build = Path.Combine(RepoPaths.Root, "src", "BindGen.MSBuild", "build");
        var tool = Path.Combine(AppContext.BaseDirectory, "bindgen.dll");
        Assert.True(File.Exists(tool), tool);
        // The project stands alone, as a user's would: no Directory.Build.* of a folder above applies.
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write("mt.h", Header);
        Write("ucrt/include/win_word.h", "typedef unsigned short mt_word;\n");
        Write("App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/BindGen.MSBuild.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <BindGenToolPath>{tool}</BindGenToolPath>
              </PropertyGroup>
              <ItemGroup>
                <BindGenHeader Include="mt.h" Namespace="Mt" Library="mt"
                               Targets="{Triples[0]};{Triples[1]};
                                        {Triples[2]}"
                               Sysroots="{Triples[2]}=ucrt" />
              </ItemGroup>
              <Import Project="{build}/BindGen.MSBuild.targets" />
            </Project>
            """);
    }

    /// <summary>The consumer's code: it needs the variant's struct, and fails unless exactly <paramref name="symbol"/> selects it.</summary>
    private void Expect(string symbol) => Write("Use.cs", $$"""
        #if !{{symbol}}
        #error expected {{symbol}}
        #endif
        public static class Use
        {
            public static unsafe int Size() => sizeof(Mt.mt_char);
        }
        """);

    private ProcessResult Build(params string[] properties)
    {
        // No build servers: they would outlive the test holding its output pipes.
        string[] args = ["build", "-nologo", "-v:n", "-nodeReuse:false", "-p:UseSharedCompilation=false", .. properties.Select(p => "-p:" + p)];
        return ProcessRunner.Run("dotnet", args, _project, TimeSpan.FromMinutes(5),
            new Dictionary<string, string> { ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0", ["MSBUILDDISABLENODEREUSE"] = "1" });
    }

    private static int Generations(ProcessResult build) => build.Stdout.Split('\n').Count(l => l.Contains("BindGen: generating", StringComparison.Ordinal));

    [Fact]
    [Trait("Category", "EndToEnd")]
    public void A_header_with_Targets_builds_the_variant_of_the_RID_being_built_and_regenerates_only_when_needed()
    {
        Setup();
        Expect("BINDGEN_X86_64_UNKNOWN_LINUX_GNU");
        var first = Build("RuntimeIdentifier=linux-x64");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(1, Generations(first));
        var folder = Path.Combine(_project, "obj", "Debug", "net10.0", "linux-x64", "bindgen", "mt");
        var manifest = File.ReadAllLines(Path.Combine(folder, ".bindgen-files")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["Native.aarch64-apple-darwin.cs", "Native.cs", "Native.x86_64-pc-windows-msvc.cs", "Native.x86_64-unknown-linux-gnu.cs",
            "NativeTypeNameAttribute.cs", "TargetDifferences.cs"], manifest.Order(StringComparer.Ordinal));
        // The Windows target read its header from the sysroot the item gave: its variant says mt_word is 2 bytes.
        Assert.Contains("ushort w;", File.ReadAllText(Path.Combine(folder, "Native.x86_64-pc-windows-msvc.cs")), StringComparison.Ordinal);
        Assert.Contains("uint w;", File.ReadAllText(Path.Combine(folder, "Native.x86_64-unknown-linux-gnu.cs")), StringComparison.Ordinal);

        var second = Build("RuntimeIdentifier=linux-x64");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(0, Generations(second));

        // A generated file the manifest lists is deleted: the next build regenerates it.
        var variant = Path.Combine(folder, "Native.x86_64-unknown-linux-gnu.cs");
        File.Delete(variant);
        var third = Build("RuntimeIdentifier=linux-x64");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Equal(1, Generations(third));
        Assert.True(File.Exists(variant));

        // A RID-less (AnyCPU) build chooses its target with BindGenTarget...
        Expect("BINDGEN_X86_64_PC_WINDOWS_MSVC");
        var windows = Build("BindGenTarget=x86_64-pc-windows-msvc");
        Assert.True(windows.ExitCode == 0, windows.ToString());
        // ... and without it no symbol is defined: the difference report's guard stops the build.
        var anyCpu = Build();
        Assert.True(anyCpu.ExitCode != 0, anyCpu.ToString());
        Assert.Contains("error CS1029: #error: 'Define the BindGen symbol", anyCpu.Stdout, StringComparison.Ordinal);

        // A RID whose triple the item does not list is a warning naming it (and the guard again, since it has no variant).
        var arm = Build("RuntimeIdentifier=linux-arm64", "TreatWarningsAsErrors=false");
        Assert.Contains("warning BG0105: BindGen: building for target 'aarch64-unknown-linux-gnu'", arm.Stdout, StringComparison.Ordinal);
        Assert.True(arm.ExitCode != 0, arm.ToString());
    }

    [Fact]
    public void The_targets_file_raises_only_the_codes_declared_for_it()
    {
        var targets = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "BindGen.MSBuild", "build", "BindGen.MSBuild.targets"));
        var used = Regex.Matches(targets, "Code=\"(BG\\d{4})\"").Select(m => m.Groups[1].Value).Order().ToList();
        Assert.Equal([DiagnosticCodes.MSBuildRuntimeWithoutTriple.Code, DiagnosticCodes.MSBuildTargetNotGenerated.Code], used);
        Assert.All([DiagnosticCodes.MSBuildRuntimeWithoutTriple, DiagnosticCodes.MSBuildTargetNotGenerated], d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(2, Regex.Matches(targets, "<Warning Code=").Count);
    }
}
