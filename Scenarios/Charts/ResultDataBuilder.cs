using Newtonsoft.Json;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>Chart records from results held in memory (a run or a comparison the dashboard just finished).</summary>
public static class ResultDataBuilder
{
    public static ResultData FromRun(Scenario scenario, IReadOnlyList<ReplicationResult> results, string file = "") =>
        new("run", [Scenario(scenario, results, Summaries.Summarise(results), file)], []);

    public static ResultData FromComparison(ComparisonResult comparison)
    {
        var scenarios = comparison.Scenarios.Select(s => Scenario(s.Scenario, s.Results, s.Summary, s.File)).ToList();
        var differences = new List<PairedDifference>();
        for (int i = 1; i < comparison.Scenarios.Count; i++)
        {
            foreach (var key in comparison.MetricKeys)
            {
                if (comparison.Difference(i, key) is not { } d)
                    continue;
                var reference = comparison.Summary(0, key);
                differences.Add(new PairedDifference(key, comparison.Scenarios[i].Scenario.Name, reference.Mean, d.Mean, d.CiLow, d.CiHigh, d.N));
            }
        }
        var yearly = new List<YearDifference>();
        for (int i = 1; i < comparison.Scenarios.Count; i++)
        {
            foreach (var year in YearlySummaries.Summarise(comparison.Scenarios[0].Results))
            {
                foreach (var m in year.Metrics)
                {
                    var d = YearlySummaries.Paired(year.Year, m.Key, comparison.Scenarios[0].Results, comparison.Scenarios[i].Results);
                    yearly.Add(new YearDifference(year.Year, new PairedDifference(m.Key, comparison.Scenarios[i].Scenario.Name, m.Mean, d.Mean, d.CiLow, d.CiHigh, d.N)));
                }
            }
        }
        return new ResultData("comparison", scenarios, differences) { YearlyDifferences = yearly };
    }

    public static ScenarioData Scenario(Scenario scenario, IReadOnlyList<ReplicationResult> results, IReadOnlyList<MetricSummary> summary, string file) =>
        new(scenario.Name, scenario.Unit.StartDate, scenario.Run.Seed, scenario.Run.Replications, scenario.Run.Years,
            Json(scenario), file,
            results.Select(r => new ReplicationSeries(r.Replication, r.Monthly)).ToList(),
            summary.Select(Estimate).ToList(),
            YearlySummaries.Summarise(results).Select(y => new YearEstimates(y.Year, y.MonthsInYear, y.Metrics.Select(Estimate).ToList())).ToList());

    public static MetricEstimate Estimate(MetricSummary m) => new(m.Key, m.Mean, m.CiLow, m.CiHigh, m.N);

    /// <summary>The scenario as a scenario file (every effective value), indented as the result folders write it.</summary>
    public static string Json(Scenario scenario)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
            ScenarioJsonWriter.Write(json, scenario);
        return text + "\n";
    }
}
