namespace BindGen.Core.Emit;

/// <summary>
/// Serializes output writes with cancellation (Ctrl+C): <see cref="OutputWriter"/> writes its temp files and renames them
/// while holding the guard, so <see cref="Cancel"/> either waits for a write to finish (temp files already gone) or stops
/// every later write from starting. Either way no temp file is left behind and no output is half-replaced.
/// </summary>
public sealed class WriteGuard
{
    private readonly Lock _gate = new();
    private bool _cancelled;

    /// <summary>True once <see cref="Cancel"/> was called.</summary>
    public bool IsCancelled
    {
        get { lock (_gate) return _cancelled; }
    }

    /// <summary>Waits for a write in progress to finish, then refuses every later one.</summary>
    public void Cancel()
    {
        lock (_gate) _cancelled = true;
    }

    /// <summary>Runs <paramref name="write"/> unless cancelled; returns false when it did not run.</summary>
    public bool TryRun(Action write)
    {
        lock (_gate)
        {
            if (_cancelled) return false;
            write();
            return true;
        }
    }
}
