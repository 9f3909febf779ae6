using System.Diagnostics;
using System.Globalization;
using Planner.Scenarios.Charts;
using Planner.Scenarios.Cli;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Report;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Benchmarks;

/// <summary>
/// Rendering in plain figures: the full chart set of a baseline run (10 years × 20 replications, as the library
/// ships it) and of a comparison of the baseline with three designs — building the plot models, SVG, PNG and
/// the HTML report — after one warm-up (fonts, JIT). What a user waits for between the end of a run and the
/// first chart, apart from the run itself.
/// </summary>
public sealed class ChartsQuick : IQuickBenchmark
{
    private const int Rounds = 3;

    public string Name => "charts";

    public void Run(TextWriter output)
    {
        var baseline = BaselineUnit.Load().Scenario;
        var designs = new[] { "fas-malmo.json", "beredskapsteam.json", "mentors.json" }
            .Select(f => ScenarioLoader.Load(Path.Combine(ScenarioLibrary.Folder, f)).Scenario ?? throw new InvalidOperationException($"{f} does not load."))
            .Select(s => s with { Run = baseline.Run })
            .ToList();
        var watch = Stopwatch.StartNew();
        var baselineResults = Replications(baseline);
        var compared = new List<ComparedScenario> { new("baseline.json", baseline, baselineResults, Summaries.Summarise(baselineResults)) };
        compared.AddRange(designs.Select(d =>
        {
            var results = Replications(d);
            return new ComparedScenario(d.Name + ".json", d, results, Summaries.Summarise(results));
        }));
        watch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Name,-14} (4 scenarios × {baseline.Run.Replications} replications × {baseline.Run.Years:F0} years simulated in {watch.Elapsed.TotalSeconds:F1} s, not counted below)"));

        Measure(output, "baseline run        ", () => ResultDataBuilder.FromRun(baseline, baselineResults, "baseline.json"));
        Measure(output, "baseline + 3 designs", () => ResultDataBuilder.FromComparison(new ComparisonResult(baseline.Run, compared)));
    }

    private static void Measure(TextWriter output, string label, Func<ResultData> data)
    {
        // Warm-up: the first render loads the font and compiles the exporters.
        Render(data());
        var records = new List<double>();
        var build = new List<double>();
        var svg = new List<double>();
        var png = new List<double>();
        var report = new List<double>();
        int charts = 0;
        long svgBytes = 0, reportBytes = 0;
        for (int round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var input = data();
            records.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var set = ChartSet.All(input, Texts.Swedish);
            build.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            svgBytes = set.Sum(c => (long)ChartExport.Svg(c).Length);
            svg.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            foreach (var chart in set)
                ChartExport.Png(chart);
            png.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            // The report builds its own chart set, as `planner report` and the dashboard's button do.
            reportBytes = ReportBuilder.Html(data(), Texts.Swedish).Length;
            report.Add(watch.Elapsed.TotalMilliseconds);
            charts = set.Count;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"charts",-14} {label}: {charts} charts; records {Median(records):F0} ms, plot models {Median(build):F0} ms; SVG {Median(svg):F0} ms ({Median(svg) / charts:F1} ms/chart, {svgBytes / 1024} KiB); "
            + $"PNG {Median(png):F0} ms ({Median(png) / charts:F1} ms/chart); report {Median(report):F0} ms ({reportBytes / 1024} KiB); "
            + $"first chart as SVG ≈ {(Median(records) + Median(build) / charts + Median(svg) / charts):F0} ms; median of {Rounds}"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static void Render(ResultData data)
    {
        foreach (var chart in ChartSet.All(data, Texts.Swedish))
        {
            ChartExport.Svg(chart);
            ChartExport.Png(chart);
        }
    }

    private static IReadOnlyList<ReplicationResult> Replications(Scenario scenario)
    {
        var results = new ReplicationResult[scenario.Run.Replications];
        Parallel.For(0, results.Length, r => results[r] = UnitModel.Run(scenario.Unit, new ModelRun(scenario.Run.Years, scenario.Run.Seed, r + 1)));
        return results;
    }
}
