using System.Runtime.InteropServices;
using BindGen.Cli;
using BindGen.Core.Emit;

GcBudget.Start();
// Load libclang (a dynamic library of tens of megabytes to map and relocate) on another core while the command line is
// parsed; a failure is kept and reported where generation needs libclang.
_ = Task.Run(() =>
{
    try { BindGen.Clang.LibClangLoader.Load(); } catch (BindGen.Clang.LibClangNotFoundException) { }
});
// Ctrl+C or SIGTERM: let a write in progress finish whole (or never start), then let the process end as the signal says.
// The guard's lock makes the handler wait for the rename; no temp file is left behind.
var guard = new WriteGuard();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => guard.Cancel());
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => guard.Cancel());
return BindGenCommand.Run(args, Console.Out, Console.Error, guard, summarize: !Console.IsErrorRedirected);
