using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Kernel;

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
        Assert.That(described, Does.StartWith("Warm-up: none").And.Contain("households 120+").And.Contain("drift over the horizon"));
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
