using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Tests;

/// <summary>MSER-5 on series with known warm-up, and reading and setting scenario fields by path.</summary>
public sealed class WarmupAndPathTests
{
    private static double[] Noise(int n, string purpose)
    {
        var random = new RandomStreams(5, 1).Get(purpose).AsRandom();
        return Enumerable.Range(0, n).Select(_ => MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1)).ToArray();
    }

    [Test]
    public void Mser5FindsAKnownInitialTransient()
    {
        // 30 observations far from the steady level, then 270 around it.
        var series = Noise(300, "transient").Select((e, i) => (i < 30 ? 10.0 : 0.0) + e).ToArray();
        var cut = Mser5.Compute(series);
        Assert.That(cut.Observations, Is.InRange(30, 40));
        Assert.That(cut.Reliable, Is.True);
    }

    [Test]
    public void Mser5KeepsAStationarySeriesWhole()
    {
        var cut = Mser5.Compute(Noise(300, "stationary"));
        Assert.That(cut.Observations, Is.LessThanOrEqualTo(25));
    }

    [Test]
    public void Mser5FlagsASeriesThatDriftsThroughout()
    {
        var series = Noise(240, "trend").Select((e, i) => 0.2 * i + e).ToArray();
        var cut = Mser5.Compute(series);
        Assert.That(cut.Reliable, Is.False, "the minimum sits at the far end of the allowed truncations");
        var described = WarmupDiagnostic.Describe([new WarmupDiagnostic.Column("households", cut)]);
        Assert.That(described, Does.StartWith("Warm-up: none").And.Contain("households drifts over the horizon").And.Not.Contain("start-up transient"));
    }

    [Test]
    public void A_short_start_up_is_called_a_transient_with_its_size_and_a_flat_series_settled()
    {
        // 15 months 2 % above the level of the other 105: a start-up well inside the horizon.
        var households = Noise(120, "start-up").Select((e, i) => (i < 15 ? 1020.0 : 1000.0) + 0.5 * e).ToArray();
        var flat = Noise(120, "flat").Select(e => 0.38 + 0.001 * e).ToArray();
        var columns = new[] { households, flat }.Select((series, k) =>
        {
            var cut = Mser5.Compute(series);
            return new WarmupDiagnostic.Column(k == 0 ? "households" : "strain_mean", cut, WarmupDiagnostic.Move(series, cut.Observations));
        }).ToList();
        Assert.That(columns[0].Shape, Is.EqualTo(WarmupDiagnostic.Shape.StartUp));
        Assert.That(columns[1].Shape, Is.EqualTo(WarmupDiagnostic.Shape.Settled));

        var described = WarmupDiagnostic.Describe(columns);
        Assert.That(described.Split(Environment.NewLine), Has.Length.EqualTo(2), "two lines");
        Assert.That(described, Does.Contain("start-up transient of about 15 months").And.Contain("households +2.0 %")
            .And.Contain("figures include it").And.Contain("strain_mean settled from the start").And.Not.Contain("drift"));
        Assert.That(WarmupDiagnostic.Describe([columns[1]]), Does.Contain("every series is settled from the start"));
    }

    [Test]
    public void A_start_up_longer_than_a_quarter_of_the_horizon_is_a_drift()
    {
        // Settles only after 40 of 120 months: MSER-5 finds the stretch, but it is no short start-up.
        var series = Noise(120, "slow").Select((e, i) => (i < 40 ? 1000.0 + 2 * (40 - i) : 1000.0) + 0.5 * e).ToArray();
        var column = new WarmupDiagnostic.Column("households", Mser5.Compute(series));
        Assert.That(column.Truncation.Reliable, Is.True);
        Assert.That(column.Shape, Is.EqualTo(WarmupDiagnostic.Shape.Drift));
        Assert.That(WarmupDiagnostic.Describe([column]), Does.Contain("households drifts over the horizon"));
    }

    [Test]
    public void A_series_without_a_stable_stretch_is_a_drift_only_if_its_halves_differ_beyond_the_noise()
    {
        // Twenty replications of 120 months: sick leave with a trend (one point over the horizon), and one that is
        // only noisy — heavy noise, the same level throughout.
        static IReadOnlyList<ReplicationResult> Replications(Func<int, int, double, double> value) =>
            [.. Enumerable.Range(1, 20).Select(r =>
            {
                var noise = Noise(120, $"sick {r}");
                var rows = Enumerable.Range(0, 120).Select(m => new[] { m, value(r, m, noise[m]) }).ToArray();
                return new ReplicationResult(r, 5, new Dictionary<string, double>(), new MonthlySeries(["month", "sick_pct"], rows),
                    new Conservation(0, 0, 0, 0, 0, 0, 0, 0, 0));
            })];
        var trend = WarmupDiagnostic.Compute(Replications((r, m, e) => 5 + m / 120.0 + 0.3 * e)).Single();
        Assert.That(trend.Shape, Is.EqualTo(WarmupDiagnostic.Shape.Drift));
        Assert.That(trend.Halves!.Significant, Is.True);
        Assert.That(trend.Halves.Change, Is.EqualTo(0.5 / 5.25).Within(0.02), "second half against first: +0.5 points on 5.25");

        var noisy = WarmupDiagnostic.Compute(Replications((r, m, e) => 6 + 3 * e)).Single();
        Assert.That(noisy.Shape, Is.Not.EqualTo(WarmupDiagnostic.Shape.Drift));
        Assert.That(noisy.Halves!.Significant, Is.False);

        // MSER-5 alone would call a series with its minimum at the far end a drift; the halves decide.
        var late = new Mser5.Truncation(60, 120, false);
        var flat = new WarmupDiagnostic.Column("sick_pct", late, double.NaN, new WarmupDiagnostic.Halves(-0.021, 0.092));
        Assert.That(flat.Shape, Is.EqualTo(WarmupDiagnostic.Shape.Noisy));
        Assert.That(WarmupDiagnostic.Describe([flat]), Does.Contain("sick_pct noisy but without a trend (second half against first −2.1 % ± 9.2 %)"));
        Assert.That((flat with { Halves = new WarmupDiagnostic.Halves(0.3, 0.1) }).Shape, Is.EqualTo(WarmupDiagnostic.Shape.Drift));
    }

    [Test]
    public void SetAndGetByPathCopyTheRecordsAlongThePath()
    {
        var scenario = ScenarioLoader.Parse("small.json", Planner.SmallScenario).Scenario!;
        var changed = ScenarioPaths.Set(scenario, "staff.caseworkers[0].count", 4.6);
        changed = ScenarioPaths.Set(changed, "strain.overloadSensitivity", 2.5);
        changed = ScenarioPaths.Set(changed, "initialHouseholds", 80);
        Assert.That(changed.Unit.Staff.Caseworkers[0].Count, Is.EqualTo(5), "integer fields take the nearest whole number");
        Assert.That(changed.Unit.Strain.OverloadSensitivity, Is.EqualTo(2.5));
        Assert.That(ScenarioPaths.Get(changed, "initialHouseholds"), Is.EqualTo(80));
        Assert.That(scenario.Unit.Staff.Caseworkers[0].Count, Is.EqualTo(2), "the original is untouched");
        Assert.That(scenario.Unit.Strain.OverloadSensitivity, Is.Not.EqualTo(2.5));
        Assert.That(changed.Unit.Staff.Caseworkers[0].Fte, Is.EqualTo(scenario.Unit.Staff.Caseworkers[0].Fte), "other fields are kept");
    }

    [TestCase("strain", "is a group of fields")]
    [TestCase("staff.caseworkers.count", "is a list; name one item")]
    [TestCase("startDate", "only numbers can be varied")]
    [TestCase("strain.inherent[0]", "is not a list")]
    [TestCase("strain..inherent", "is not a field path")]
    public void BadPathsSayWhatIsWrong(string path, string message)
    {
        var scenario = ScenarioLoader.Parse("small.json", Planner.SmallScenario).Scenario!;
        Assert.That(ScenarioPaths.Resolve(scenario, path, out var error), Is.Null);
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public void AssumedParametersAreTheAssumedNumericFieldsWithRanges()
    {
        var scenario = ScenarioLoader.Parse("small.json", Planner.SmallScenario).Scenario!;
        var leftOut = new List<string>();
        var ranges = ExperimentLoader.AssumedRanges(scenario, 0.25, leftOut);
        // Designs that are off have no parameters to vary.
        var assumed = FieldSchema.Walk(FieldSchema.Scenario).Count(f => f.Field.Param?.Assumed == true
            && f.Field.Shape.Kind is FieldKind.Number or FieldKind.Integer && !f.Path.StartsWith("designs.", StringComparison.Ordinal));
        Assert.That(ranges.Count + leftOut.Count, Is.EqualTo(assumed), "every ASSUMED number, once (one caseworker group)");
        Assert.That(ranges.Select(r => r.Path), Has.None.StartsWith("designs."));
        Assert.That(ranges.Select(r => r.Path), Does.Contain("strain.overloadSensitivity").And.Contain("turnover.noticeMonths"));
        // What describes the unit is the user's input, not an unknown: not varied by default.
        Assert.That(ranges.Select(r => r.Path), Has.None.EqualTo("population").And.None.EqualTo("initialHouseholds")
            .And.None.EqualTo("staff.caseworkers[0].meanExperienceMonths").And.None.EqualTo("costs.salaryPerMonth"));
        var inherent = ranges.Single(r => r.Path == "strain.inherent");
        Assert.That(inherent.Min, Is.EqualTo(scenario.Unit.Strain.Inherent * 0.75).Within(1e-12));
        Assert.That(inherent.Max, Is.EqualTo(scenario.Unit.Strain.Inherent * 1.25).Within(1e-12));
        Assert.That(ranges, Has.All.Matches<ParameterRange>(r => r.Min >= r.Parameter.Bounds.Min && r.Max <= r.Parameter.Bounds.Max), "clipped to the allowed range");
    }

    [Test]
    public void ADesignThatIsOnBringsItsAssumedParametersAndOneThatIsOffCannotBeVaried()
    {
        var withFas = Planner.SmallScenario.TrimEnd().TrimEnd('}') + ", \"designs\": { \"fas\": {} } }";
        var scenario = ScenarioLoader.Parse("fas.json", withFas).Scenario!;
        var ranges = ExperimentLoader.AssumedRanges(scenario, 0.25, []);
        Assert.That(ranges.Select(r => r.Path), Does.Contain("designs.fas.crunchStrain"));
        Assert.That(ranges.Select(r => r.Path), Has.None.StartsWith("designs.mentors."));
        Assert.That(ScenarioPaths.Resolve(scenario, "designs.mentors.hoursPerMenteePerWeek", out var error), Is.Null);
        Assert.That(error, Does.Contain("no \"designs.mentors\" block"));
    }
}
