using Scriban;
using Scriban.Functions;

namespace BindGen.Core.Emit;

/// <summary>
/// The context of every render (sections, files, <c>bg.render_each</c> chunks): Scriban's own, with the places where
/// BindGen decides how its model is read and how rendered text is written.
/// </summary>
internal sealed class RenderContext(BuiltinFunctions builtins) : TemplateContext(builtins)
{
}
