using BenchmarkDotNet.Attributes;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Model;

namespace Planner.Benchmarks;

/// <summary>
/// Replications of the 10-year baseline through the experiment engine and store, on 1 and 2 threads;
/// one operation runs 8 replications into a fresh store (throughput per replication = 8 / mean).
/// </summary>
[UnitsPerOperation(Replications, "replication")]
[Config(typeof(Config))]
public class ReplicationBenchmarks
{
    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => AddColumn(PerUnitColumns.Throughput);
    }

    public const int Replications = 8;

    private Scenario baseline = null!;
    private string folder = "";
    private int round;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        baseline = BaselineUnit.Load().Scenario;
        folder = Path.Combine(Path.GetTempPath(), "planner-bdn-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public int EngineWithStore()
    {
        var plan = ExperimentPlan.ForScenarios("bench", ExperimentKind.Run, baseline.Run with { Replications = Replications }, [baseline]);
        using var store = ResultStore.Open(Path.Combine(folder, $"run-{round++}.db"));
        return new ExperimentEngine(UnitModel.Run).Run(plan, store, new EngineSettings(Threads: Threads)).Ran;
    }
}
