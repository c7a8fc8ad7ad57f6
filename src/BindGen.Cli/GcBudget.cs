namespace BindGen.Cli;

/// <summary>
/// The command's garbage-collection policy. A run builds one large model, renders it and exits: every collection during it
/// only traces the growing, still-live model again (all but one are full collections), which cost a quarter of the run on
/// large headers. So the run starts in a no-GC region: nothing is collected until it has allocated at least
/// <see cref="DefaultMegabytes"/> MiB (a 100,000-line header fits); past that the runtime ends the region by itself and
/// collects as usual. Memory is committed as it is used, not up front. <c>BINDGEN_GC_BUDGET_MB</c> overrides the budget;
/// 0 turns the policy off. See docs/performance.md.
/// </summary>
internal static class GcBudget
{
    /// <summary>The default budget, in MiB.</summary>
    public const long DefaultMegabytes = 256;

    /// <summary>Enters the no-GC region, when the budget is not 0 and fits an eighth of the memory the process may use.</summary>
    public static void Start()
    {
        long megabytes = long.TryParse(Environment.GetEnvironmentVariable("BINDGEN_GC_BUDGET_MB"), out var configured) && configured >= 0 ? configured : DefaultMegabytes;
        // Respect container limits: never ask for more than an eighth of what the process may use.
        long bytes = Math.Min(megabytes << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8);
        if (bytes <= 0) return;
        try
        {
            GC.TryStartNoGCRegion(bytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime allows in a no-GC region: run with the ordinary collector.
        }
        catch (InvalidOperationException)
        {
            // Already in a no-GC region (the command is hosted): leave it as it is.
        }
    }
}
