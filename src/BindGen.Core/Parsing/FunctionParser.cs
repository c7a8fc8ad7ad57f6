using System.Collections.Immutable;
using BindGen.Clang;
using BindGen.Core.Model;

namespace BindGen.Core.Parsing;

/// <summary>Builds <see cref="CFunction"/>s and <see cref="CGlobal"/>s.</summary>
internal sealed class FunctionParser(ParseContext context, TypeParser types)
{
    private const int StorageStatic = 3;

    public void Parse(Cursor cursor)
    {
        var key = cursor.Canonical.Usr;
        string? name = null;
        if (key.Length == 0) key = name = cursor.Spelling;
        if (context.Functions.ContainsKey(key))
        {
            Redeclared(key, cursor);
            return;
        }
        int n = Math.Max(0, cursor.NumArguments);
        var parameters = ImmutableArray.CreateBuilder<CParameter>(n);
        for (int i = 0; i < n; i++)
        {
            var argument = cursor.Argument(i);
            parameters.Add(new CParameter(argument.Spelling, types.Parse(argument.Type)));
        }
        var functionType = cursor.Type;
        var callingConvention = functionType.Kind is TypeKind.FunctionProto or TypeKind.FunctionNoProto
            ? functionType.CallingConv
            : functionType.Canonical.CallingConv;
        context.Functions[key] = new CFunction
        {
            Key = key,
            Name = name ?? cursor.Spelling,
            Location = ParseContext.ToLocation(cursor.Location),
            Comment = RecordParser.Comment(cursor),
            ReturnType = types.Parse(cursor.ResultType),
            Parameters = parameters.MoveToImmutable(),
            IsVariadic = cursor.IsVariadic,
            CallingConvention = TypeParser.MapCallingConvention(callingConvention, context.Target),
            IsStatic = cursor.StorageClass == StorageStatic,
            IsInline = cursor.IsFunctionInlined,
        };
    }

    private void Redeclared(string key, Cursor cursor)
    {
        var location = ParseContext.ToLocation(cursor.Location);
        if (location.File.Length == 0) return;
        if (!context.Redeclarations.TryGetValue(key, out var list)) context.Redeclarations[key] = list = [];
        list.Add(location);
    }

    private static bool IsConst(ClangType type) =>
        type.IsConstQualified || type.Kind is TypeKind.ConstantArray or TypeKind.IncompleteArray or TypeKind.VariableArray && IsConst(type.ArrayElementType);

    public void ParseGlobal(Cursor cursor)
    {
        var key = cursor.Canonical.Usr;
        if (key.Length == 0) return;
        if (context.Globals.ContainsKey(key))
        {
            Redeclared(key, cursor);
            return;
        }
        var name = cursor.Spelling;
        var type = cursor.Type;
        context.Globals[key] = new CGlobal
        {
            Key = key,
            Name = name,
            Location = ParseContext.ToLocation(cursor.Location),
            Comment = RecordParser.Comment(cursor),
            Type = types.Parse(type),
            IsConst = IsConst(type),
            IsStatic = cursor.StorageClass == StorageStatic,
            IsThreadLocal = IsThreadLocal(cursor, name),
        };
    }

    /// <summary>
    /// True when the declaration is spelled thread-local. libclang 14 has no clang_getCursorTLSKind, so the keywords
    /// are read from the declaration's tokens (a macro spelling one of them is not seen).
    /// </summary>
    private static bool IsThreadLocal(Cursor cursor, string name)
    {
        foreach (var token in cursor.Tokens())
        {
            if (token.Spelling is "_Thread_local" or "__thread" or "thread_local") return true;
            if (token.Spelling == name) return false; // past the declaration specifiers
        }
        return false;
    }
}
