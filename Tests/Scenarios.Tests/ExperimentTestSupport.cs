using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Tests;

/// <summary>Small experiments for the engine tests, and a way to compare two stores by what they hold.</summary>
public static class ExperimentTestSupport
{
    /// <summary>A grid of two staffing levels on the small unit: 2 points × 6 replications of half a year.</summary>
    public static string SmallGrid(TempFolder temp, int replications = 6)
    {
        temp.File("small.json", Planner.SmallScenario);
        return temp.File("grid.json", $$"""
            {
              "name": "small-grid",
              "scenarios": ["small.json"],
              "run": { "years": 0.5, "replications": {{replications}}, "seed": 11 },
              "design": { "kind": "grid", "parameters": [ { "path": "staff.caseworkers[0].count", "values": [2, 3] } ] }
            }
            """);
    }

    /// <summary>Every exported file of every experiment in a store, by relative name → content; equal stores give equal maps.</summary>
    public static IReadOnlyDictionary<string, string> Contents(string store, TempFolder temp)
    {
        var folder = temp.Combine("export-" + Guid.NewGuid().ToString("N"));
        var result = Planner.Cli("export", "--store", store, "--output", folder);
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);
    }

    /// <summary>Replications a store holds so far, read while a run may be writing it; 0 before the store appears.</summary>
    public static long SavedSoFar(string store) => File.Exists(store) ? RowCounts(store).Replications : 0;

    public static (long Replications, long Metrics, long Monthly) RowCounts(string store)
    {
        using var s = ResultStore.OpenReadOnly(store);
        return s.RowCounts();
    }

    /// <summary>
    /// A stand-in for the unit model: total cost ~ Normal(1e8, 1e7) drawn from the (seed, replication) stream,
    /// so statistical rules can be checked against known numbers in microseconds.
    /// </summary>
    public static ReplicationResult Synthetic(Simulation.Model.Parameters.UnitParameters unit, Simulation.Model.ModelRun run)
    {
        var random = new RandomStreams(run.Seed, run.Replication).Get("synthetic");
        var z = MathNet.Numerics.Distributions.Normal.Sample(random.AsRandom(), 0, 1);
        var values = new Dictionary<string, double>
        {
            [MetricCatalogue.TotalCostPerYear] = 1e8 + 1e7 * z + unit.Staff.Caseworkers.Sum(g => g.Count) * 1e6,
            [MetricCatalogue.StrainIndex] = 0.3 + 0.01 * z,
        };
        var monthly = new MonthlySeries(["month", "households"], Enumerable.Range(0, 24).Select(m => new double[] { m, 100 + z }).ToArray());
        return new ReplicationResult(run.Replication, run.Seed, values, monthly, new Conservation(1, 0, 1, 0, 0, 1, 0, 1, 0));
    }

    public static ExperimentPlan SyntheticPlan(int replications, int points = 1)
    {
        var scenario = Files.ScenarioLoader.Parse("small.json", Planner.SmallScenario).Scenario!;
        var run = scenario.Run with { Replications = replications };
        var scenarios = Enumerable.Range(0, points).Select(i => scenario with { Name = "small-" + i }).ToList();
        return ExperimentPlan.ForScenarios("synthetic", ExperimentKind.Experiment, run, scenarios);
    }
}
