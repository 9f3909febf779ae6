namespace Planner.Simulation.Kernel;

/// <summary>
/// The queued delivery of <see cref="Process.Interrupt"/>. It is an event so that it takes its
/// place in the scheduler's order, and so that the interrupted process can see it as its target.
/// </summary>
internal sealed class Interruption : Event
{
    private readonly Process process;

    public Interruption(Process process, object? cause)
        : base(process.Scheduler)
    {
        this.process = process;
        TriggerAt(Scheduler.Now, cause, Scheduler.UrgentPriority);
    }

    public object? Cause => Value;

    internal override void Fire(int payload)
    {
        RunWaiters();
        process.Deliver(this);
    }
}
