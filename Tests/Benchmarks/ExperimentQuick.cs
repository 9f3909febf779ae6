using System.Diagnostics;
using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Model;

namespace Planner.Benchmarks;

/// <summary>
/// The experiment engine in plain figures: baseline replications per second on 1 and 2 cores (through the
/// engine and the SQLite store, as `planner run` does), the speed-up, and the wall time of a politician's
/// question: 4 scenarios × 10 years, replications added until total cost is known to ±5 %.
/// </summary>
public sealed class ExperimentQuick : IQuickBenchmark
{
    private const int PerThread = 12;
    private const int Rounds = 3;

    public string Name => "experiments";

    public void Run(TextWriter output)
    {
        var library = Path.Combine(AppContext.BaseDirectory, "library");
        var baseline = Load(Path.Combine(library, "baseline.json"));
        var folder = Path.Combine(Path.GetTempPath(), "planner-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // Warm-up until the JIT has promoted the hot paths (tiered compilation), then alternate the
            // thread counts so drift on the machine affects both alike; the median of three rounds each.
            Throughput(baseline, 1, PerThread, Path.Combine(folder, "warm-1.db"));
            Throughput(baseline, 2, PerThread, Path.Combine(folder, "warm-2.db"));
            var ones = new double[Rounds];
            var twos = new double[Rounds];
            for (var round = 0; round < Rounds; round++)
            {
                ones[round] = Throughput(baseline, 1, PerThread, Path.Combine(folder, $"one-{round}.db"));
                twos[round] = Throughput(baseline, 2, 2 * PerThread, Path.Combine(folder, $"two-{round}.db"));
            }
            Array.Sort(ones);
            Array.Sort(twos);
            var (one, two) = (ones[Rounds / 2], twos[Rounds / 2]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Name,-14} baseline 10 years: {one,6:F1} replications/s on 1 core, {two,6:F1} on 2 cores: {two / one:F2}x ({Environment.ProcessorCount} processors; engine + store)"));

            var scenarios = new[]
            {
                baseline,
                baseline with { Name = "baseline-24-posts", Unit = ScenarioPaths.Set(baseline, "staff.caseworkers[0].count", 24).Unit },
                Load(Path.Combine(library, "ale-1999.json")),
                Load(Path.Combine(library, "harryda-2000.json")),
            };
            var run = new RunSettings { Years = 10, Replications = 10, Seed = 20261123 };
            var plan = ExperimentPlan.ForScenarios("politician", ExperimentKind.Experiment, run, scenarios.Select(s => s with { Unit = s.Unit with { Name = s.Name } }).ToList());
            var target = new PrecisionTarget([Simulation.Metrics.MetricCatalogue.TotalCostPerYear], 0.05, 1000);
            var watch = Stopwatch.StartNew();
            using var store = ResultStore.Open(Path.Combine(folder, "politician.db"));
            var outcome = new ExperimentEngine(UnitModel.Run).Run(plan, store, new EngineSettings(Precision: target));
            watch.Stop();
            var detail = string.Join(", ", outcome.Points.Select(p =>
                string.Create(CultureInfo.InvariantCulture, $"{p.Point.Scenario.Name} n={p.Replications} ±{p.Precision[0].Relative * 100:F1} %")));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Name,-14} politician question (4 scenarios × 10 years, total cost to ±5 %): {watch.Elapsed.TotalSeconds:F1} s wall, {outcome.Ran} replications; {detail}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Scenario Load(string file) =>
        ScenarioLoader.Load(file).Scenario ?? throw new InvalidOperationException($"{file} does not load.");

    /// <summary>Replications per second for a fresh store and a given thread count.</summary>
    private static double Throughput(Scenario scenario, int threads, int replications, string storePath)
    {
        var plan = ExperimentPlan.ForScenarios(scenario.Name, ExperimentKind.Run, scenario.Run with { Replications = replications }, [scenario]);
        using var store = ResultStore.Open(storePath);
        var watch = Stopwatch.StartNew();
        new ExperimentEngine(UnitModel.Run).Run(plan, store, new EngineSettings(Threads: threads));
        return replications / watch.Elapsed.TotalSeconds;
    }
}
