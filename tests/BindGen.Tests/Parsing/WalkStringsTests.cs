using System.Text;
using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Model;
using BindGen.Tests.Surface;

namespace BindGen.Tests.Parsing;

/// <summary>
/// The walk reads names, USRs and type spellings through a table of libclang's recent answers that forgets
/// (src/BindGen.Clang/RecentStrings.cs): with far more records, typedefs and types than it holds, every declaration
/// and every type still carries its own.
/// </summary>
public class WalkStringsTests
{
    private const int Units = 6000;

    [Fact]
    public void Every_declaration_and_type_keeps_its_own_name_key_and_spelling_when_the_header_has_thousands()
    {
        var dir = Directory.CreateTempSubdirectory("bindgen-walk-");
        try
        {
            var header = Path.Combine(dir.FullName, "many.h");
            var text = new StringBuilder();
            for (int i = 0; i < Units; i++)
            {
                text.Append($"typedef struct s{i} {{ int v{i}; }} t{i};\n");
                text.Append($"t{i} *f{i}(struct s{Math.Max(0, i - 1)} *previous, const t0 *first, t{i} value{i});\n");
            }
            File.WriteAllText(header, text.ToString());
            var diagnostics = new DiagnosticBag();
            var run = Generator.Map(new GeneratorOptions
            {
                Headers = [header], Namespace = "Many", LibraryName = "many", TargetTriple = SurfaceHarness.Triple, WorkingDirectory = dir.FullName,
            }, diagnostics, null);
            var api = Assert.IsType<CApi>(run.Parsed);

            var functions = api.Functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
            Assert.Equal(Units, functions.Count);
            for (int i = 0; i < Units; i++)
            {
                var f = functions[$"f{i}"];
                var returned = Assert.IsType<CPointerType>(f.ReturnType);
                Assert.Equal(($"t{i} *", $"c:many.h@T@t{i}", $"t{i}"), (returned.Spelling, ((CTypedefRef)returned.Pointee).Key, ((CTypedefRef)returned.Pointee).Name));
                var previous = Assert.IsType<CPointerType>(f.Parameters[0].Type);
                Assert.Equal(($"struct s{Math.Max(0, i - 1)} *", $"c:@S@s{Math.Max(0, i - 1)}"), (previous.Spelling, ((CRecordRef)previous.Pointee).Key));
                Assert.Equal(("first", "const t0 *"), (f.Parameters[1].Name, f.Parameters[1].Type.Spelling));
                Assert.Equal(($"value{i}", $"t{i}"), (f.Parameters[2].Name, f.Parameters[2].Type.Spelling));
            }
            var records = api.Records.ToDictionary(r => r.Key, StringComparer.Ordinal);
            for (int i = 0; i < Units; i++) Assert.Equal(($"s{i}", $"v{i}"), (records[$"c:@S@s{i}"].Name, records[$"c:@S@s{i}"].Fields.Single().Name));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
