using System.Diagnostics;

namespace BindGen.Core;

/// <summary>
/// Wall time per pipeline stage, printed to standard error when the environment variable <c>BINDGEN_TIMINGS</c> is set
/// (bench/ uses it to show where the time goes). Costs nothing when the variable is not set.
/// </summary>
internal sealed class StageTimings
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;

    /// <summary>A recorder when <c>BINDGEN_TIMINGS</c> is set, else null.</summary>
    public static StageTimings? FromEnvironment() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BINDGEN_TIMINGS")) ? null : new StageTimings();

    /// <summary>Prints the time since the previous mark under <paramref name="stage"/>.</summary>
    public void Mark(string stage)
    {
        var now = _watch.Elapsed;
        Console.Error.WriteLine($"bindgen: timing: {stage,-8} {(now - _last).TotalMilliseconds,8:F1} ms (process {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms; " +
            $"GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() >> 20} MiB)");
        _last = now;
    }
}
