using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindGen.Tests.Coverage;

/// <summary>
/// What generated C# says it binds, read from its syntax (not from BindGen's view model): import entry points, exported
/// variables looked up by symbol name, type names and the C spellings in their <c>[NativeTypeName]</c>, enum members,
/// constant and field names; and the C names in its "Not bound" comment list, each with its reason.
/// </summary>
public sealed class GeneratedSurface
{
    private static readonly Regex NotBoundLine = new(@"^\s*//\s+(?<file>[^:\s]*):(?<line>\d+): (?<code>BG\d{4}) (?<reason>.+)$", RegexOptions.Compiled);
    private static readonly Regex Quoted = new(@"'(?<name>[A-Za-z_$\p{L}][\w$\p{L}\p{Mn}\p{Mc}]*)'", RegexOptions.Compiled);

    public HashSet<string> EntryPoints { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Symbols { get; } = new(StringComparer.Ordinal);
    public HashSet<string> TypeNames { get; } = new(StringComparer.Ordinal);
    /// <summary>C# names of imported functions (a macro that renames a function is bound as one of these).</summary>
    public HashSet<string> ImportedMethods { get; } = new(StringComparer.Ordinal);
    /// <summary>Enum members, and constants and properties of top-level classes.</summary>
    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);
    /// <summary>C name quoted in a Not-bound line → that line.</summary>
    public Dictionary<string, string> NotBound { get; } = new(StringComparer.Ordinal);
    /// <summary>Not-bound lines whose reason is empty or names no declaration.</summary>
    public List<string> Malformed { get; } = [];

    /// <summary>Reads one generated file.</summary>
    public static GeneratedSurface Read(string csharp)
    {
        var surface = new GeneratedSurface();
        var root = CSharpSyntaxTree.ParseText(csharp).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case AttributeSyntax a when a.Name.ToString() is "DllImport" or "LibraryImport" && a.ArgumentList is { } args:
                    foreach (var arg in args.Arguments.Where(x => x.NameEquals?.Name.Identifier.Text == "EntryPoint"))
                        if (arg.Expression is LiteralExpressionSyntax l) surface.EntryPoints.Add(l.Token.ValueText);
                    if (a.Parent?.Parent is MethodDeclarationSyntax method) surface.ImportedMethods.Add(method.Identifier.ValueText);
                    break;
                // --loading dynamic: a method resolves its table slot by the C name on first call.
                case InvocationExpressionSyntax i when i.Expression.ToString() == "Resolve"
                                                      && i.ArgumentList.Arguments.SingleOrDefault()?.Expression is LiteralExpressionSyntax entry:
                    surface.EntryPoints.Add(entry.Token.ValueText);
                    if (i.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } caller) surface.ImportedMethods.Add(caller.Identifier.ValueText);
                    break;
                case InvocationExpressionSyntax i when i.Expression.ToString().EndsWith("Address", StringComparison.Ordinal)
                                                      && i.ArgumentList.Arguments.LastOrDefault()?.Expression is LiteralExpressionSyntax symbol:
                    surface.Symbols.Add(symbol.Token.ValueText);
                    break;
                case BaseTypeDeclarationSyntax t:
                    surface.TypeNames.Add(t.Identifier.ValueText);
                    if (NativeTypeName(t.AttributeLists) is { } native) surface.TypeNames.Add(StripTag(native));
                    break;
                case EnumMemberDeclarationSyntax m:
                    surface.Members.Add(m.Identifier.ValueText);
                    break;
                case FieldDeclarationSyntax f when IsTopLevelClassMember(f):
                    foreach (var v in f.Declaration.Variables) surface.Members.Add(v.Identifier.ValueText);
                    break;
                case PropertyDeclarationSyntax p when IsTopLevelClassMember(p):
                    surface.Members.Add(p.Identifier.ValueText);
                    break;
            }
        }
        foreach (var trivia in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)))
        {
            var text = trivia.ToString();
            if (NotBoundLine.Match(text) is not { Success: true } m) continue;
            var names = Quoted.Matches(m.Groups["reason"].Value).Select(q => q.Groups["name"].Value).ToList();
            if (names.Count == 0 || m.Groups["reason"].Value.Trim().Length == 0) surface.Malformed.Add(text.Trim());
            foreach (var name in names) surface.NotBound.TryAdd(name, text.Trim());
        }
        return surface;
    }

    /// <summary>Constants and variable accessors live in the top-level static class, not in a struct.</summary>
    private static bool IsTopLevelClassMember(SyntaxNode member) =>
        member.Parent is ClassDeclarationSyntax { Parent: BaseNamespaceDeclarationSyntax or CompilationUnitSyntax };

    /// <summary>"struct z_stream_s" → "z_stream_s".</summary>
    private static string StripTag(string spelling)
    {
        foreach (var tag in new[] { "struct ", "union ", "enum " })
            if (spelling.StartsWith(tag, StringComparison.Ordinal)) return spelling[tag.Length..];
        return spelling;
    }

    private static string? NativeTypeName(SyntaxList<AttributeListSyntax> lists) =>
        lists.SelectMany(l => l.Attributes).Where(a => a.Name.ToString() is "NativeTypeName" or "NativeTypeNameAttribute")
             .Select(a => a.ArgumentList?.Arguments.FirstOrDefault()?.Expression).OfType<LiteralExpressionSyntax>().Select(l => l.Token.ValueText).FirstOrDefault();
}
