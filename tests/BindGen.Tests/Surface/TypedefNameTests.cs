using BindGen.Core;
using BindGen.Core.Diagnostics;
using BindGen.Core.Mapping;
using BindGen.Core.Model;
using BindGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace BindGen.Tests.Surface;

/// <summary>The names C users write (test-headers/naming/typedef_names.h, docs/naming.md "Typedef names").</summary>
public class TypedefNameTests
{
    private static GenerationResult Generate(Func<GeneratorOptions, GeneratorOptions>? configure = null, string? file = "out.cs")
    {
        var options = new GeneratorOptions
        {
            Headers = [SurfaceHarness.Header("naming/typedef_names.h")],
            Namespace = "TypedefNames",
            LibraryName = "typedef_names",
            TargetTriple = SurfaceHarness.Triple,
            WorkingDirectory = SurfaceHarness.RepoRoot,
        };
        return Generator.Generate(configure is null ? options : configure(options), file);
    }

    // Code a C user would write, by the names of the C documentation: each line compiles only when the typedef name and
    // the tag's use are one C# type (C# has no implicit conversion between pointers to two different structs).
    private const string UserCode = """
        using TypedefNames;

        internal static unsafe class UserCode
        {
            public static void Use()
            {
                z_stream stream = default;
                z_stream* copy = Native.make_stream(&stream, &stream); // struct z_stream_s *, z_streamp
                foo_parser_t parser = default;
                foo_parser_alias* alias = &parser;                     // typedef foo_parser_t foo_parser_alias
                parser.parent = alias;                                 // struct foo_parser_s *
                Native.parser_depth(&parser, alias, &parser);
                point2d_t second = default;
                point_t first = default;
                first = Native.point_add(second, first, &second);     // point_t, struct point_s, point2d_t *
                lib_mutex_t* mutex = null;
                Native.mutex_lock(mutex);
                Native.mutex_unlock(mutex);                            // lib_mutex_impl *
                lib_t* lib = Native.lib_open(null);
                Native.lib_close(lib);                                 // struct lib *
                LIB_HANDLE* handle = Native.handle_open();
                Native.handle_close(handle, &handle);                  // LIB_HANDLE_PTR *
                void* raw = Native.raw_open();                         // lib_handle_t: a pointer to unnamed void
                event_t* e = null;
                Native.event_post(e, e);                               // struct event *
                size_t_pair pair = Native.pair_of(1, 2);
                same* s = Native.same_get();
                colour_t colour = color_t.COLOR_BLUE;
                color_t painted = Native.paint(colour, colour);         // enum color_e, colour_t
            }
        }
        """;

    [Fact]
    public void The_typedef_name_a_C_user_writes_is_the_CSharp_type_that_every_spelling_of_the_record_maps_to()
    {
        var result = Generate();
        var text = SurfaceHarness.Text(result);
        Assert.Contains("[NativeTypeName(\"struct z_stream_s\")]\n[StructLayout(LayoutKind.Sequential)]\npublic unsafe partial struct z_stream\n", text);
        Assert.Contains("public static extern z_stream* make_stream([NativeTypeName(\"struct z_stream_s *\")] z_stream* @base, [NativeTypeName(\"z_streamp\")] z_stream* copy);", text);
        Assert.Contains("[NativeTypeName(\"struct foo_parser_s\")]\n[StructLayout(LayoutKind.Sequential)]\npublic unsafe partial struct foo_parser_t\n", text);
        Assert.Contains("[NativeTypeName(\"struct lib\")]\n[StructLayout(LayoutKind.Sequential)]\npublic unsafe partial struct lib_t\n", text);
        Assert.Contains("    public _Anonymous_e__Union Anonymous;\n", text);
        // Tag names are not types of their own: one C type, one C# type.
        Assert.DoesNotContain("struct z_stream_s\n", text);
        Assert.DoesNotContain("struct foo_parser_s\n", text);
        Assert.DoesNotContain("struct point_s\n", text);

        var compilation = Compile(text, UserCode);
        var native = compilation.GetTypeByMetadataName("TypedefNames.Native")!;
        var makeStream = (IMethodSymbol)native.GetMembers("make_stream").Single();
        var zStream = compilation.GetTypeByMetadataName("TypedefNames.z_stream")!;
        Assert.All(makeStream.Parameters, p => Assert.Equal(zStream, ((IPointerTypeSymbol)p.Type).PointedAtType, SymbolEqualityComparer.Default));
        Assert.Null(compilation.GetTypeByMetadataName("TypedefNames.z_stream_s"));
        Assert.Null(compilation.GetTypeByMetadataName("TypedefNames.foo_parser_s"));
        Assert.Contains("[NativeTypeName(\"enum color_e\")]\npublic enum color_t : uint\n", text);
        Assert.Null(compilation.GetTypeByMetadataName("TypedefNames.color_e"));
    }

    [Fact]
    public void Other_typedef_names_of_a_record_are_global_aliases_of_the_same_type_and_pointer_typedefs_are_not()
    {
        var text = SurfaceHarness.Text(Generate());
        Assert.Contains("global using foo_parser_alias = global::TypedefNames.foo_parser_t;\n", text);
        Assert.Contains("global using lib_mutex_t = global::TypedefNames.lib_mutex_impl;\n", text);
        Assert.Contains("global using point2d_t = global::TypedefNames.point_t;\n", text);
        Assert.Contains("global using colour_t = global::TypedefNames.color_t;\n", text);
        Assert.DoesNotContain("z_streamp =", text);
        Assert.DoesNotContain("LIB_HANDLE_PTR =", text);
        Assert.DoesNotContain("lib_handle_t =", text);
        // Global usings precede every other using and the namespace.
        Assert.True(text.IndexOf("global using", StringComparison.Ordinal) < text.IndexOf("using System;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_void_typedef_is_an_empty_struct_pointers_use_and_a_void_return_where_C_returns_it()
    {
        var text = SurfaceHarness.Text(Generate());
        Assert.Contains("[StructLayout(LayoutKind.Sequential)]\npublic unsafe partial struct LIB_HANDLE\n{\n}\n", text);
        Assert.Contains("public static extern void handle_close([NativeTypeName(\"LIB_HANDLE *\")] LIB_HANDLE* handle, [NativeTypeName(\"LIB_HANDLE_PTR *\")] LIB_HANDLE** @out);", text);
        Assert.Contains("[return: NativeTypeName(\"LIB_HANDLE\")]\n    public static extern void handle_nothing();", text);
        Assert.Contains("[return: NativeTypeName(\"lib_handle_t\")]\n    public static extern void* raw_open();", text);
    }

    [Fact]
    public void Split_output_puts_the_aliases_in_a_file_of_their_own_and_compiles()
    {
        var result = Generate(file: null);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var aliases = Assert.Single(result.Files, f => f.RelativePath == "TypeAliases.cs");
        Assert.Contains("global using point2d_t = global::TypedefNames.point_t;", aliases.Content);
        Assert.All(result.Files.Where(f => f != aliases), f => Assert.DoesNotContain("global using", f.Content));
        Compile([.. result.Files.Select(f => f.Content), UserCode]);
    }

    [Fact]
    public void PascalCase_and_strip_prefix_apply_to_the_typedef_name_and_the_aliases()
    {
        var text = SurfaceHarness.Text(Generate(o => o with { PascalCase = true, StripPrefixes = ["lib_"] }));
        Assert.Contains("[NativeTypeName(\"struct z_stream_s\")]\n[StructLayout(LayoutKind.Sequential)]\npublic unsafe partial struct ZStream\n", text);
        Assert.Contains("[NativeTypeName(\"struct lib\")]\n[StructLayout(LayoutKind.Sequential)]\npublic unsafe partial struct T\n", text);
        Assert.Contains("global using MutexT = global::TypedefNames.MutexImpl;\n", text);
        Assert.Contains("public unsafe partial struct LibHandle\n", text);
        Assert.Contains("public static extern void HandleClose([NativeTypeName(\"LIB_HANDLE *\")] LibHandle* handle,", text);
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void A_rename_of_the_typedef_or_of_the_tag_names_the_record_and_the_typedefs_wins()
    {
        var byTag = SurfaceHarness.Text(Generate(o => o with { Renames = ["z_stream_s=Stream"] }));
        Assert.Contains("[NativeTypeName(\"struct z_stream_s\")]\n[StructLayout(LayoutKind.Sequential)]\npublic unsafe partial struct Stream\n", byTag);
        var both = SurfaceHarness.Text(Generate(o => o with { Renames = ["z_stream_s=Stream", "z_stream=ZStream", "point2d_t=Point2D"] }));
        Assert.Contains("public unsafe partial struct ZStream\n", both);
        Assert.Contains("global using Point2D = global::TypedefNames.point_t;\n", both);
        SurfaceHarness.Compile(both);
    }

    [Fact]
    public void An_alias_renamed_onto_a_type_name_is_a_rename_collision()
    {
        var result = Generate(o => o with { Renames = ["point2d_t=z_stream"] });
        Assert.False(result.Success);
        var error = Assert.Single(SurfaceHarness.WithCode(result, DiagnosticCodes.RenameCollision));
        Assert.Contains("'point2d_t' and 'z_stream' both get the C# name 'z_stream'", error.Message);
    }

    [Fact]
    public void A_library_typedef_of_a_system_record_is_an_alias_of_the_system_records_type()
    {
        var result = GenerateInline("#include <pthread.h>\ntypedef pthread_mutex_t lib_mutex_t;\nint lib_lock(lib_mutex_t *m);\nint lib_unlock(pthread_mutex_t *m);\n");
        var text = SurfaceHarness.Text(result);
        Assert.Contains("global using lib_mutex_t = global::Inline.pthread_mutex_t;\n", text);
        Compile(text, """
            internal static unsafe class UserCode
            {
                public static void Use(lib_mutex_t* mutex)
                {
                    Inline.Native.lib_lock(mutex);
                    Inline.pthread_mutex_t* same = mutex;
                    Inline.Native.lib_unlock(same);
                }
            }
            """);
    }

    private static GenerationResult GenerateInline(string header)
    {
        var folder = Directory.CreateTempSubdirectory("bindgen-typedef-names-");
        try
        {
            var path = Path.Combine(folder.FullName, "inline.h");
            File.WriteAllText(path, header);
            return Generator.Generate(new GeneratorOptions
            {
                Headers = [path], Namespace = "Inline", LibraryName = "inline", TargetTriple = SurfaceHarness.Triple, WorkingDirectory = folder.FullName,
            }, "out.cs");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void No_alias_takes_a_name_the_generated_code_uses()
    {
        var result = GenerateInline("typedef struct a { long x; } a_t;\ntypedef a_t CLong;\nvoid use(CLong *p, a_t *q);\n");
        var text = SurfaceHarness.Text(result);
        Assert.DoesNotContain("global using", text);
        Assert.Contains(SurfaceHarness.WithCode(result, DiagnosticCodes.NameCollision), d => d.Message.Contains("no alias is emitted for the typedef 'CLong'"));
        Assert.Contains("public static extern void use([NativeTypeName(\"CLong *\")] a_t* p, [NativeTypeName(\"a_t *\")] a_t* q);", text);
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void The_safe_layer_wraps_a_handle_named_by_a_typedef_and_compiles()
    {
        var text = SurfaceHarness.Text(Generate(o => o with { SafeWrappers = true }));
        Assert.Contains("public sealed unsafe partial class LibHandle : SafeHandle", text);
        Assert.Contains("lib_t*", text[text.IndexOf("class LibHandle", StringComparison.Ordinal)..]);
        SurfaceHarness.Compile(text);
    }

    [Fact]
    public void The_typedef_declared_with_the_body_names_a_record_before_earlier_ones()
    {
        var location = new CLocation("lib.h", 10, 1);
        var record = new CRecord { Key = "c:@S@x_s", Name = "x_s", Location = location, IsUnion = false, IsComplete = true };
        CTypedef Typedef(string name, int line, bool declaresBody) => new()
        {
            Key = "c:@T@" + name, Name = name, Location = location with { Line = line }, Underlying = new CRecordRef(record.Key, "struct x_s"),
            DeclaresUnderlying = declaresBody,
        };
        var api = new CApi
        {
            Target = new CTarget(SurfaceHarness.Triple, 8, 8, false), Records = [record],
            Typedefs = [Typedef("a_first", 2, false), Typedef("x_t", 12, true), Typedef("b_later", 20, false)],
        };
        Assert.Equal("x_t", TypedefNames.Of(api).For(record.Key)!.Name);
        Assert.Equal("a_first", TypedefNames.Of(api with { Typedefs = [Typedef("b_later", 20, false), Typedef("a_first", 2, false)] }).For(record.Key)!.Name);
        Assert.Equal("x_t", RecordNames.Assign(api).SimpleNames[record.Key]);
    }

    private static Compilation Compile(params string[] sources)
    {
        var (compilation, problems) = CSharpCompiler.Compile(sources.Select((s, i) => ($"source{i}.cs", s)), "TypedefNames" + Guid.NewGuid().ToString("N"));
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Select(d => d.ToString())));
        return compilation;
    }
}
