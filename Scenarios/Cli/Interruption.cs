using System.Runtime.InteropServices;

namespace Planner.Scenarios.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM for one command: the first cancels the command, which saves the replications in
/// flight and returns <see cref="ExitCodes.Interrupted"/>; the exit code then says which signal it was (130 or
/// 143). A command that has not stopped 30 s after the signal is left behind with that code, and a second signal
/// ends the process at once, as a user pressing Ctrl+C twice expects.
/// </summary>
public sealed class Interruption : IDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource cancel;
    private readonly TaskCompletionSource<int> abandoned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<PosixSignalRegistration> registrations = [];
    private int code;

    /// <param name="cancellation">Stops the command as Ctrl+C does (tests use it).</param>
    public Interruption(CancellationToken cancellation)
    {
        cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // Where a signal does not exist it cannot arrive either.
            }
        }
    }

    public CancellationToken Token => cancel.Token;

    /// <summary>Waits for the command; an interrupted one gets the code of the signal that stopped it.</summary>
    public int Wait(Task<int> command)
    {
        var first = Task.WhenAny(command, abandoned.Task).GetAwaiter().GetResult();
        var exit = first.GetAwaiter().GetResult();
        return exit == ExitCodes.Interrupted && Volatile.Read(ref code) is var signal and not 0 ? signal : exit;
    }

    private void OnSignal(PosixSignalContext context)
    {
        var exit = context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        if (Interlocked.CompareExchange(ref code, exit, 0) != 0)
            return; // the second signal: the default action ends the process
        context.Cancel = true;
        cancel.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => abandoned.TrySetResult(exit), TaskScheduler.Default);
    }

    public void Dispose()
    {
        foreach (var registration in registrations)
            registration.Dispose();
        cancel.Dispose();
    }
}
