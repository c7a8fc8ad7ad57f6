namespace BindGen.Core.Mapping;

/// <summary>
/// Checks the C# names the user chooses (<c>--namespace</c>, <c>--class</c>, and the same settings in bindgen.json and
/// MSBuild metadata) before anything is generated: a name C# cannot declare is a usage error naming what was typed, not
/// output that fails to compile.
/// </summary>
public static class NameOptionCheck
{
    /// <summary>Why <paramref name="ns"/> cannot be a C# namespace (dotted identifiers, no keyword), or null when it can.</summary>
    public static string? NamespaceProblem(string ns)
    {
        if (ns.Length == 0) return "it is empty";
        foreach (var part in ns.Split('.'))
        {
            if (part.Length == 0) return ns.StartsWith('.') || ns.EndsWith('.') ? "it starts or ends with '.'" : "it has an empty part between two dots";
            if (IdentifierProblem(part) is { } problem) return $"'{part}' {problem}";
        }
        return null;
    }

    /// <summary>Why <paramref name="name"/> cannot be the name of the generated static class, or null when it can.</summary>
    public static string? ClassProblem(string name)
    {
        if (name.Length == 0) return "it is empty";
        if (name == "record") return "C# reserves 'record' as a type name (CS8860)";
        return IdentifierProblem(name) is { } problem ? (name.Contains('.') ? "a class name has no dots (the namespace is a separate option)" : problem) : null;
    }

    private static string? IdentifierProblem(string name)
    {
        if (CsNames.IsKeyword(name)) return "is a C# keyword";
        if (IdentifierCheck.InvalidCharacter(name) is not { } bad) return null;
        if (bad == name[0] && char.IsDigit(bad)) return "starts with a digit";
        return $"contains '{bad}' (U+{(int)bad:X4}), which a C# identifier cannot";
    }
}
