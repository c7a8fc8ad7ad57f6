using BindGen.Core.Mapping;
using BindGen.Core.Model;
using BindGen.Core.Passes;

namespace BindGen.Tests.Mapping;

/// <summary>Decisions that used to be coded in several places and now live in one: typedef stripping, C strings, identifiers, PascalCase.</summary>
public class OneDecisionOnePlaceTests
{
    private static readonly CPrimitiveType Char = new(CPrimitiveKind.Char, "char");
    private static readonly CPrimitiveType UChar = new(CPrimitiveKind.UChar, "unsigned char");

    private static CTypedef Typedef(string name, CType underlying) => new() { Key = "c:t@" + name, Name = name, Location = CLocation.None, Underlying = underlying };

    private static readonly CTypedef Text = Typedef("lib_text", new CPointerType(Char, true, "const char *"));
    private static readonly CTypedef TextAlias = Typedef("lib_text2", new CTypedefRef(Text.Key, "lib_text", "lib_text"));

    private static readonly CApi Api = new() { Target = new CTarget("x86_64-pc-linux-gnu", 8, 8, false), Typedefs = [Text, TextAlias] };

    [Fact]
    public void Typedefs_are_stripped_through_chains()
    {
        Assert.IsType<CPointerType>(Api.StripTypedefs(new CTypedefRef(TextAlias.Key, "lib_text2", "lib_text2")));
    }

    [Fact]
    public void A_const_plain_char_pointer_is_a_string_through_typedefs_and_others_are_not()
    {
        Assert.True(SafeShapes.IsConstCharString(Api, new CTypedefRef(TextAlias.Key, "lib_text2", "lib_text2")));
        Assert.False(SafeShapes.IsConstCharString(Api, new CPointerType(Char, false, "char *")));
        Assert.False(SafeShapes.IsConstCharString(Api, new CPointerType(UChar, true, "const unsigned char *")));
    }

    [Theory]
    [InlineData("z_stream", true)]
    [InlineData("_private", true)]
    [InlineData("1st", false)]
    [InlineData("", false)]
    [InlineData("a-b", false)]
    [InlineData("a\u00B7b", false)]
    public void Identifier_validity_is_the_CSharp_rule(string name, bool valid)
    {
        Assert.Equal(valid, IdentifierCheck.IsIdentifier(name));
    }

    [Fact]
    public void Made_up_names_join_words_and_keep_their_inner_case()
    {
        Assert.Equal("KvStore", PascalCase.JoinWords("kv_store", '_'));
        Assert.Equal("SQLITEOK", PascalCase.JoinWords("SQLITE_OK", '_'));
        Assert.Equal("MyLibV2", PascalCase.JoinWords("my-lib.v2", '-', '.'));
    }
}
