using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using BindGen.Core.Emit;
using BindGen.Core.Mapping;
using BindGen.Core.Model;
using BindGen.Tests.Infrastructure;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BindGen.Tests.Generation;

/// <summary>
/// ScriptModel's member tables: templates read the mapped records in place, never through Scriban's reflection accessor.
/// Every record a template can reach has a table, every property is in it or listed as hidden, every member a built-in
/// template reads exists, and the context fails loudly on a view-model type without a table.
/// </summary>
public class ScriptModelTests
{
    /// <summary>Properties of view-model records that templates do not see (decisions already made from them elsewhere).</summary>
    private static readonly HashSet<string> Hidden =
    [
        "CsStruct.IsVoidHandle", "CsFunction.CName", "CsConstant.Macro", "CsSafeFunction.BaseName", "CsSafeFunction.IsTryVariant",
        "CsBitfield.StorageBits", "CStaticWrapper.Location",
    ];

    /// <summary>Members computed in ScriptModel, not properties of the record.</summary>
    private static readonly HashSet<string> Computed =
    [
        "CsFunction.has_doc", "CsFunction.pointer_call_convs", "CsFixedBuffer.elements", "CsLayoutRecord.method",
    ];

    private static readonly CsApi Minimal = new() { Namespace = "N", ClassName = "C", LibraryName = "l" };

    // A member name as templates spell it matches the property with the underscores removed (CName: c_name, RawIsCLong: raw_is_clong).
    private static string Key(string name) => name.Replace("_", "").ToLowerInvariant();

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    private static IEnumerable<string> TopLevelNames() =>
        ScriptModel.Globals(Minimal, "0").Keys
            .Concat(ScriptModel.Wrappers(Minimal, "0", "s.c", "cc").Keys)
            .Concat(ScriptModel.LayoutTests(Minimal, "0").Keys)
            .Concat(ScriptModel.FileGlobals([]).Keys);

    [Fact]
    public void Every_record_a_template_can_reach_has_a_member_table()
    {
        // From the globals' lists and objects, through every member a table exposes, down to the records they hold.
        // The shim's and the layout tests' globals name two lists of CsApi differently.
        var renamed = new Dictionary<string, string> { ["wrappers"] = "StaticWrappers", ["records"] = "LayoutRecords" };
        var globals = TopLevelNames().Select(n => Key(renamed.GetValueOrDefault(n, n))).ToHashSet();
        var start = Properties(typeof(CsApi)).Where(p => globals.Contains(Key(p.Name))).Select(p => p.PropertyType);
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(start.SelectMany(Records));
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type)) continue;
            var table = ScriptModel.Members(type);
            Assert.True(table is not null, $"{type.Name} is reachable from templates but has no member table in ScriptModel");
            var exposed = table.Names.Select(Key).ToHashSet();
            foreach (var property in Properties(type).Where(p => exposed.Contains(Key(p.Name))))
            {
                foreach (var record in Records(property.PropertyType)) pending.Enqueue(record);
            }
        }
        // The walk reached the whole view model, not just the first level.
        Assert.Contains(typeof(CsStoragePart), seen);
        Assert.Contains(typeof(CsSafeParameter), seen);
        Assert.Contains(typeof(CsLayoutField), seen);
        Assert.Equal(seen.OrderBy(t => t.Name), ScriptModel.AllMembers.Select(t => t.Type).OrderBy(t => t.Name));
    }

    // The BindGen records a property's value is, or holds in a list.
    private static IEnumerable<Type> Records(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)) type = type.GetGenericArguments()[0];
        if (type.IsClass && type != typeof(string) && type.Assembly == typeof(CsApi).Assembly) yield return type;
    }

    [Fact]
    public void Every_property_of_a_view_model_record_is_in_its_table_or_listed_as_hidden()
    {
        foreach (var table in ScriptModel.AllMembers)
        {
            var names = table.Names.Select(Key).ToHashSet();
            var properties = Properties(table.Type).Where(p => p.Name != "EqualityContract").ToList();
            foreach (var property in properties)
            {
                var id = $"{table.Type.Name}.{property.Name}";
                Assert.True(names.Contains(Key(property.Name)) != Hidden.Contains(id),
                    Hidden.Contains(id) ? $"{id} is listed as hidden but its table has it" : $"{id} is neither in ScriptModel's table nor listed as hidden");
            }
            var propertyKeys = properties.Select(p => Key(p.Name)).ToHashSet();
            foreach (var name in table.Names.Where(n => !propertyKeys.Contains(Key(n))))
                Assert.True(Computed.Contains($"{table.Type.Name}.{name}"), $"{table.Type.Name}.{name} is neither a property nor a computed member");
        }
    }

    [Fact]
    public void Every_member_a_built_in_template_reads_is_declared_by_the_model()
    {
        // Members of Scriban's built-in objects and of for loops are not the model's; target_report.scriban reads the report model.
        string[] builtins = ["array", "string", "object", "math", "date", "bg", "for", "html", "regex", "timespan"];
        var declared = ScriptModel.AllMembers.SelectMany(t => t.Names).Concat(TopLevelNames()).Append("size").ToHashSet(StringComparer.Ordinal);
        var templates = Directory.GetFiles(Path.Combine(RepoPaths.Root, "templates"), "*.scriban", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "target_report.scriban").ToList();
        Assert.True(templates.Count >= 20, "the built-in templates were not found");
        var read = new List<(string File, int Line, string Member)>();
        foreach (var file in templates)
        {
            var template = Template.Parse(File.ReadAllText(file), file);
            Assert.False(template.HasErrors, string.Join("\n", template.Messages));
            foreach (var member in Descendants(template.Page!).OfType<ScriptMemberExpression>())
            {
                if (member.Target is ScriptVariable v && builtins.Contains(v.Name)) continue;
                read.Add((file, member.Span.Start.Line + 1, member.Member!.Name));
            }
        }
        Assert.Contains(read, r => r.Member == "pointer_call_convs");
        Assert.All(read, r => Assert.True(declared.Contains(r.Member), $"{r.File}:{r.Line}: reads '{r.Member}', which no table of ScriptModel declares"));
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode node)
    {
        yield return node;
        foreach (var child in node.Children)
        {
            if (child is null) continue;
            foreach (var d in Descendants(child)) yield return d;
        }
    }

    [Fact]
    public void The_context_reads_records_through_their_tables_and_lists_read_only()
    {
        var context = new RenderContext(new BuiltinFunctions());
        var parameter = new CsParameter("value", "int", "int32_t");
        var accessor = context.GetMemberAccessor(parameter);
        Assert.IsAssignableFrom<IModelMembers>(accessor);
        Assert.True(accessor.TryGetValue(context, default, parameter, "native_type_name", out var value));
        Assert.Equal("int32_t", value);
        Assert.False(accessor.TryGetValue(context, default, parameter, "NativeTypeName", out _));
        Assert.False(accessor.TrySetValue(context, default, parameter, "name", "other"));
        Assert.Equal("value", parameter.Name);

        object list = ImmutableArray.Create(parameter);
        Assert.Same(ModelListAccessor.Instance, context.GetListAccessor(list));
        Assert.Same(ModelListAccessor.Instance, context.GetMemberAccessor(list));
        Assert.Throws<ScriptRuntimeException>(() => context.GetListAccessor(list).SetValue(context, default, list, 0, null));
        // Scriban's own lists stay Scriban's.
        Assert.IsNotType<ModelListAccessor>(context.GetListAccessor(new ScriptArray()));
    }

    [Fact]
    public void A_BindGen_type_without_a_member_table_fails_loudly_instead_of_being_reflected_over()
    {
        var context = new RenderContext(new BuiltinFunctions());
        var e = Assert.Throws<InvalidOperationException>(() => context.GetMemberAccessor(new CLocation("a.h", 1, 1)));
        Assert.Contains("CLocation", e.Message);
    }

    [Fact]
    public void Lists_of_the_model_are_its_own_arrays_and_empty_doc_lines_are_empty_lists()
    {
        var fields = ImmutableArray.Create(new CsField("x", "int", null, 0));
        var record = new CsStruct { Name = "s", LayoutKind = "Sequential", Fields = fields, Doc = default };
        var table = ScriptModel.Members(typeof(CsStruct))!;
        var context = new RenderContext(new BuiltinFunctions());
        Assert.True(table.TryGetValue(context, default, record, "fields", out var list));
        Assert.Equal(fields, Assert.IsType<ImmutableArray<CsField>>(list));
        Assert.True(table.TryGetValue(context, default, record, "doc", out var doc));
        Assert.Empty(Assert.IsAssignableFrom<IList>(doc));
    }

    [Fact]
    public void A_record_prints_as_a_script_object_not_as_its_CSharp_text()
    {
        var context = new RenderContext(new BuiltinFunctions());
        var member = new CsEnumMember("BIG_SMALL", "1UL") { Doc = ["small", "one"] };
        Assert.Equal("""{name: "BIG_SMALL", value: "1UL", doc: ["small", "one"]}""", context.ObjectToString(member));
        var parameters = ImmutableArray.Create(new CsParameter("a", "int", null));
        Assert.Equal("""[{name: "a", type: "int", native_type_name: null}]""", context.ObjectToString(parameters));
    }

    [Fact]
    public void Numbers_and_booleans_keep_the_type_of_their_property()
    {
        var record = new CsStruct { Name = "s", LayoutKind = "Explicit", Pack = 4, Size = 4000, NativeSize = 8, IsOpaque = true };
        var table = ScriptModel.Members(typeof(CsStruct))!;
        var context = new RenderContext(new BuiltinFunctions());
        object? Get(string member) => table.TryGetValue(context, default, record, member, out var value) ? value : throw new KeyNotFoundException(member);
        Assert.Equal(4, Assert.IsType<int>(Get("pack")));
        Assert.Equal(4000L, Assert.IsType<long>(Get("size")));
        Assert.Equal(8L, Assert.IsType<long>(Get("native_size")));
        Assert.True(Assert.IsType<bool>(Get("is_opaque")));
        Assert.False(Assert.IsType<bool>(Get("has_aligned_allocation")));
    }
}
