using BindGen.Core.Diagnostics;
using BindGen.Core.Model;

namespace BindGen.Core.Passes;

/// <summary>
/// The safe layer's analysis (<c>--safe-wrappers</c>): checks the safe-wrapper config against the model, then infers the
/// shapes (handles, strings, spans, out parameters, callbacks, status codes) of the functions the raw layer binds.
/// </summary>
public static class InferSafeShapesPass
{
    /// <summary>The shapes of the functions of <paramref name="api"/> named in <paramref name="bound"/>.</summary>
    public static SafeApiShape Run(CApi api, IReadOnlySet<string> bound, SafeWrapperConfig config, DiagnosticBag diagnostics)
    {
        SafeConfigCheck.Check(api, config, diagnostics);
        return SafeShapes.Infer(api, [.. api.Functions.Where(f => bound.Contains(f.Name))], config);
    }
}
