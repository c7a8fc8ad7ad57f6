namespace BindGen.Core.Mapping;

/// <summary>
/// Names of the safe layer. <c>dotnet</c> (the default): a static class named after the library, methods in PascalCase
/// without the library prefix (<c>sqlite3_open</c> → <c>Sqlite3.Open</c>, <c>sqlite3_step(stmt)</c> → <c>stmt.Step()</c>),
/// <c>TryX</c> variants, one exception <c>{Class}Exception</c>. <c>c</c>: the C names in a class <c>Safe</c>.
/// </summary>
public sealed class SafeNames
{
    private readonly bool _dotnet;
    private readonly string _prefix;

    private SafeNames(bool dotnet, string prefix, string className, string exceptionName)
    {
        _dotnet = dotnet;
        _prefix = prefix;
        ClassName = className;
        ExceptionName = exceptionName;
    }

    /// <summary>The static class of the safe functions.</summary>
    public string ClassName { get; }

    /// <summary>The one exception type.</summary>
    public string ExceptionName { get; }

    /// <summary>Names for <paramref name="config"/>; the prefix defaults to the one the library's functions share.</summary>
    public static SafeNames For(SafeWrapperConfig config, GeneratorOptions options, IEnumerable<string> functionNames)
    {
        var namespaceName = SafeMapper.Pascal(options.Namespace.Split('.')[^1]);
        if (config.Names == "c") return new SafeNames(false, "", config.ClassName ?? "Safe", namespaceName + "Exception");
        var library = SafeMapper.Pascal(Path.GetFileNameWithoutExtension(options.LibraryName).Replace('-', '_').Replace('.', '_'));
        if (library.StartsWith("Lib", StringComparison.Ordinal) && library.Length > 3 && char.IsUpper(library[3])) library = library[3..];
        if (library.Length == 0 || !char.IsLetter(library[0])) library = namespaceName;
        // A class named like its namespace makes every outside use ambiguous (KvStore.KvStore).
        var className = config.ClassName ?? (library == namespaceName ? library + "Library" : library);
        return new SafeNames(true, config.Prefix ?? CommonPrefix(functionNames), className, className + "Exception");
    }

    /// <summary>The name of the static overload of C function <paramref name="function"/>.</summary>
    public string Static(string function) => _dotnet ? Dotnet(function) : function;

    /// <summary>The variant returning the status instead of throwing.</summary>
    public string Try(string name) => _dotnet ? "Try" + name : "Try_" + name;

    /// <summary>The method on the handle of C type <paramref name="type"/> for <paramref name="function"/>.</summary>
    public string Method(string function, string type, bool isTry)
    {
        var name = SafeMapper.MethodName(function, type);
        if (!_dotnet && name == SafeMapper.Pascal(function)) name = function;
        return (isTry ? "Try" : "") + name;
    }

    /// <summary>A name that collided with an inherited member or another method: <c>CloseNative</c>, then <c>CloseNative3</c>...</summary>
    public string Renamed(string wanted, int attempt) => wanted + "Native" + (attempt > 2 ? attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    private string Dotnet(string function)
    {
        var rest = _prefix.Length > 0 && function.StartsWith(_prefix, StringComparison.Ordinal) && function.Length > _prefix.Length ? function[_prefix.Length..] : function;
        var pascal = SafeMapper.Pascal(rest);
        return pascal.Length > 0 && char.IsLetter(pascal[0]) ? pascal : SafeMapper.Pascal(function);
    }

    /// <summary>The <c>xxx_</c> prefix most of the functions share (<c>sqlite3_</c>, <c>kv_</c>), or empty.</summary>
    public static string CommonPrefix(IEnumerable<string> names)
    {
        var counts = names.Select(n => n.IndexOf('_', StringComparison.Ordinal) is var i and > 0 ? n[..(i + 1)] : "")
            .Where(p => p.Length > 0).GroupBy(p => p, StringComparer.Ordinal).Select(g => (g.Key, Count: g.Count())).ToList();
        int total = names.Count();
        var best = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Count * 2 > total ? best.Key : "";
    }
}
