using OxyPlot.Series;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Charts;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Tests.Calibration;

public class CalibrationChartTests
{
    private static CalibrationResult Result()
    {
        var scenario = ScenarioLoader.Parse("s.json", Planner.SmallScenario).Scenario!;
        var far = new ParameterRange(ScenarioPaths.Resolve(scenario, "exits.baseHazardFar", out _)!, 0.01, 0.05);
        var near = new ParameterRange(ScenarioPaths.Resolve(scenario, "exits.baseHazardNear", out _)!, 0.2, 0.6);
        var parameters = new[]
        {
            new ParameterFit(far, 0.02, 0.03, 0.025, 0.25, true),
            new ParameterFit(near, 0.2, 0.6, 0.5, 1, false),
        };
        var targets = new[]
        {
            new TargetFit(new Target("long_term_share", null, 0.4, 0.02, "t"), true, 0.42, 0.41, 0.43, 10, 0.9),
            new TargetFit(new Target("households_active", 2027, 100, 5, "t"), false, 90, 85, 95, 10, 1.5),
        };
        var waves = new[]
        {
            new WaveSummary(1, 20, 60, 0.5, 4, 4, [(0.01, 0.05), (0.2, 0.6)], 1, 1),
            new WaveSummary(2, 20, 60, 0.2, 20, 19, [(0.02, 0.03), (0.2, 0.6)], 1, 1),
        };
        return new CalibrationResult(parameters, targets, waves, 3, 2, 10, 200, 4, 2, []);
    }

    [Test]
    public void The_targets_chart_puts_each_target_at_its_percentage_difference_from_the_observed_value()
    {
        var chart = CalibrationCharts.Targets(Result(), Texts.English);
        var simulated = chart.Model.Series.OfType<ScatterErrorSeries>().Single(s => s.Title.StartsWith("Simulated"));
        Assert.That(simulated.Points[0].X, Is.EqualTo(5).Within(1e-9), "0.42 against 0.40 is +5 %");
        Assert.That(simulated.Points[0].ErrorX, Is.EqualTo(5).Within(1e-9), "the CI 0.41–0.43 is 5 % of 0.40 wide (OxyPlot draws X ± ErrorX/2)");
        Assert.That(simulated.Points[1].X, Is.EqualTo(-10).Within(1e-9));
        var observed = chart.Model.Series.OfType<ScatterErrorSeries>().Single(s => s.Title.StartsWith("Observed"));
        Assert.That(observed.Points[1].ErrorX, Is.EqualTo(20).Within(1e-9), "± 2 SE = ± 10 is 20 % of 100 wide");
    }

    [Test]
    public void The_ranges_chart_draws_every_wave_as_a_share_of_the_prior_and_the_best_value()
    {
        var chart = CalibrationCharts.Ranges(Result(), Texts.Swedish);
        var waves = chart.Model.Series.OfType<ScatterErrorSeries>().ToList();
        Assert.That(waves.Select(w => w.Title), Is.EqualTo(new[] { "Våg 1", "Våg 2" }));
        Assert.That(waves[1].Points[0].X, Is.EqualTo(0.375).Within(1e-9), "0.02–0.03 of 0.01–0.05 is 0.25–0.5");
        Assert.That(waves[1].Points[0].ErrorX, Is.EqualTo(0.25).Within(1e-9), "the whole range's width");
        var best = chart.Model.Series.OfType<ScatterSeries>().Single();
        Assert.That(best.Points[1].X, Is.EqualTo(0.75).Within(1e-9));
        Assert.That(ChartExport.Svg(chart), Does.Contain("<svg"));
    }
}
