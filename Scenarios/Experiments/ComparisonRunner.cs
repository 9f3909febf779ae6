using Planner.Scenarios.Files;
using Planner.Simulation.Designs;
using Planner.Simulation.Model;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// Runs scenarios as a comparison: every one with the same horizon, seed and replication numbers, so
/// replication i of each sees the same households, arrivals and sick-spell draws wherever its design
/// does not change them (common random numbers). Every scenario reports the design metrics, a unit
/// without designs included, so each has a value to pair with.
/// </summary>
public static class ComparisonRunner
{
    public static ComparisonResult Run(
        IReadOnlyList<(string File, Scenario Scenario)> scenarios, RunSettings run, int maxThreads,
        Action<int>? replicationDone = null)
    {
        var compared = new List<ComparedScenario>();
        for (int i = 0; i < scenarios.Count; i++)
        {
            var (file, scenario) = scenarios[i];
            var common = scenario with { Run = run };
            int index = i;
            var results = ReplicationRunner.Run(common, Model, maxThreads, () => replicationDone?.Invoke(index));
            compared.Add(new ComparedScenario(file, common, results, Summaries.Summarise(results)));
        }
        return new ComparisonResult(run, compared);
    }

    /// <summary>The unit model with design metrics on: an empty designs block switches no design on.</summary>
    public static Simulation.Metrics.ReplicationResult Model(Simulation.Model.Parameters.UnitParameters unit, ModelRun run) =>
        UnitModel.Run(unit.Designs is null ? unit with { Designs = new DesignParameters() } : unit, run);
}
