using System.Runtime.CompilerServices;
using Planner.Scenarios.Cli;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Benchmarks;

/// <summary>
/// The baseline unit as users run it: Scenarios/library/baseline.json through the scenario loader,
/// so the benchmark measures the parameters that ship, not a copy that could drift.
/// </summary>
public sealed class BaselineUnit
{
    private BaselineUnit(Scenario scenario) => Scenario = scenario;

    public Scenario Scenario { get; }

    public UnitParameters Parameters => Scenario.Unit;

    public static BaselineUnit Load()
    {
        var loaded = ScenarioLoader.Load(ScenarioLibrary.Baseline);
        if (!loaded.Ok)
            throw new InvalidOperationException($"{ScenarioLibrary.Baseline} does not load: {string.Join("; ", loaded.Errors.Select(e => e.Message))}");
        return new BaselineUnit(loaded.Scenario!);
    }

    /// <summary>One replication on the calling thread.</summary>
    public ReplicationResult Run(double years, int replication) =>
        UnitModel.Run(Parameters, new ModelRun(years, Scenario.Run.Seed, replication));

    /// <summary>
    /// One replication, measuring the managed heap while the finished model is still alive (its state
    /// at the end of the run) and after it is gone (what the result alone keeps: the monthly series).
    /// </summary>
    public HeapFootprint Measure(double years, int replication)
    {
        long before = LiveBytes();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var (result, withModel) = RunKeepingModel(years, replication);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long withResult = LiveBytes();
        GC.KeepAlive(result);
        var end = result.Conservation;
        int households = end.HouseholdsActiveAtEnd + end.HouseholdsInIntakeAtEnd;
        return new HeapFootprint(years, allocated, withModel - before, withResult - before, result.Monthly.Rows.Count, households);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (ReplicationResult Result, long Live) RunKeepingModel(double years, int replication)
    {
        var model = new UnitSimulation(Parameters, new ModelRun(years, Scenario.Run.Seed, replication));
        var result = model.Execute();
        long live = LiveBytes();
        GC.KeepAlive(model);
        return (result, live);
    }

    private static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>
/// What one replication cost in memory: bytes allocated over the run, live bytes with the finished
/// model held (<see cref="RetainedWithModel"/>) and with only its result held (<see cref="RetainedResult"/>),
/// and the households on the books at the end (the model's live state scales with them).
/// </summary>
public readonly record struct HeapFootprint(double Years, long Allocated, long RetainedWithModel, long RetainedResult, int Months, int Households)
{
    public double AllocatedPerYear => Allocated / Years;

    /// <summary>The model's own state at the end of the run, apart from the result it returned.</summary>
    public long RetainedModel => RetainedWithModel - RetainedResult;
}
