using BindGen.Clang;

namespace BindGen.Core.Parsing;

/// <summary>
/// The extra translation unit <see cref="ClangMacroEvaluator"/> parses: its in-memory main file, the text that includes
/// the inputs as the first parse did, and how to parse it with the same arguments.
/// </summary>
internal sealed record SyntheticUnit(string File, string Prelude, Func<string, TranslationUnit?> Parse);
