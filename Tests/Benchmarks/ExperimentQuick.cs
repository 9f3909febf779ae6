using System.Diagnostics;
using System.Globalization;
using Planner.Scenarios.Cli;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Model;

namespace Planner.Benchmarks;

/// <summary>
/// The experiment engine in plain figures: baseline replications per second on 1 and 2 cores, for the model
/// alone (replications in a parallel loop, results dropped) and through the engine and the SQLite store, as
/// `planner run` does; the speed-up of each; and the wall time of a politician's question: 4 scenarios ×
/// 10 years, replications added until total cost is known to ±5 %. The engine can scale no better than the
/// model it runs, so the model's own figure says whether a shortfall is the engine's or the machine's.
/// </summary>
public sealed class ExperimentQuick : IQuickBenchmark
{
    private const int PerThread = 30;
    private const int Rounds = 5;
    private const double Aim = 1.8;

    public string Name => "experiments";

    public void Run(TextWriter output)
    {
        var baseline = BaselineUnit.Load().Scenario;
        var folder = Path.Combine(Path.GetTempPath(), "planner-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var stores = 0;
            var model = new ThreadScaling("baseline 10 years, model alone   ", PerThread, Rounds,
                (threads, replications) => () => ModelOnly(baseline, threads, replications)).Run();
            var engine = new ThreadScaling("baseline 10 years, engine + store", PerThread, Rounds,
                (threads, replications) => Engine(baseline, threads, replications, Path.Combine(folder, $"run-{stores++}.db"))).Run();
            output.WriteLine(model.Line(Name));
            output.WriteLine(engine.Line(Name));
            output.WriteLine(Verdict(model, engine));

            var scenarios = new[]
            {
                baseline,
                baseline with { Name = "baseline-24-posts", Unit = ScenarioPaths.Set(baseline, "staff.caseworkers[0].count", 24).Unit },
                Load(Path.Combine(ScenarioLibrary.Folder, "ale-1999.json")),
                Load(Path.Combine(ScenarioLibrary.Folder, "harryda-2000.json")),
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

    /// <summary>The replications of a batch in a parallel loop with nothing saved: what the model allows.</summary>
    private static void ModelOnly(Scenario scenario, int threads, int replications) =>
        Parallel.For(1, replications + 1, new ParallelOptions { MaxDegreeOfParallelism = threads },
            r => UnitModel.Run(scenario.Unit, new ModelRun(scenario.Run.Years, scenario.Run.Seed, r)));

    /// <summary>A batch through the engine into a fresh store; the store is opened before the clock starts.</summary>
    private static Action Engine(Scenario scenario, int threads, int replications, string storePath)
    {
        var plan = ExperimentPlan.ForScenarios(scenario.Name, ExperimentKind.Run, scenario.Run with { Replications = replications }, [scenario]);
        var store = ResultStore.Open(storePath);
        return () =>
        {
            using (store)
                new ExperimentEngine(UnitModel.Run).Run(plan, store, new EngineSettings(Threads: threads));
        };
    }

    /// <summary>Whether the engine met the aim and, if not, whether the model alone could have on this machine.</summary>
    private string Verdict(ThreadScaling model, ThreadScaling engine)
    {
        var kept = engine.Ratio / model.Ratio;
        var why = (engine.Ratio >= Aim, model.Ratio >= Aim) switch
        {
            (true, _) => FormattableString.Invariant($"aim of {Aim:F1}x on 2 cores met"),
            (false, false) => FormattableString.Invariant(
                $"aim of {Aim:F1}x NOT met, and out of reach on this machine: the model alone scales {model.Ratio:F2}x here (two virtual processors sharing a core, memory bandwidth or other load), and the engine keeps {kept:P0} of that"),
            (false, true) => FormattableString.Invariant(
                $"aim of {Aim:F1}x NOT met by the engine although the model alone reaches {model.Ratio:F2}x: the engine loses {1 - kept:P0} of it"),
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name,-14} {why} ({Environment.ProcessorCount} processors; \"1 core\" is one simulation thread, beside which the engine's store writer runs)");
    }
}
