namespace Planner.Scenarios.Tests;

/// <summary>planner run says first, in a unit chief's words, when the unit described does not hold its level.</summary>
public sealed class DriftMessageTests
{
    private static string Unit(double applications, bool steady = false) => $$"""
        {
          "name": "drift",
          "run": { "years": 4, "replications": 6, "seed": 5 },
          "initialHouseholds": 1000,
          "staff": { "caseworkers": [ { "count": 20 } ] },
          "inflow": { "applicationsPerMonth": {{applications.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "steady": {{(steady ? "true" : "false")}} }
        }
        """;

    [Test]
    public void ADoubledInflowIsToldFirstWithItsSizeAndWhatWouldHoldIt()
    {
        using var temp = new TempFolder();
        var result = Planner.Cli("run", temp.File("double.json", Unit(145)), "--output", temp.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        var lines = result.Out.Split('\n');
        Assert.That(lines[1], Does.StartWith("Note: with this staff and inflow the caseload rises about").And.Contain("over 4 years"),
            "the first thing after the header");
        Assert.That(result.Out, Does.Contain("first applications a month would hold 1,000 households (the file gives 145.0)"));
        Assert.That(result.Out.IndexOf("Note:", StringComparison.Ordinal), Is.LessThan(result.Out.IndexOf("Cases per FTE", StringComparison.Ordinal)));
    }

    [Test]
    public void TheBaselineAndASteadyInflowAreNotCalledDrifting()
    {
        using var temp = new TempFolder();
        var baseline = Planner.Cli("run", Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library", "baseline.json"),
            "--years", "4", "--replications", "6", "--output", temp.Combine("out"));
        Assert.That(baseline.Exit, Is.EqualTo(0), baseline.Err);
        Assert.That(baseline.Out, Does.Not.Contain("Note:"));

        var steady = Planner.Cli("run", temp.File("steady.json", Unit(145, steady: true)), "--output", temp.Combine("out"));
        Assert.That(steady.Exit, Is.EqualTo(0), steady.Err);
        Assert.That(steady.Out, Does.Not.Contain("Note:"));
        Assert.That(steady.Out, Does.Contain("Steady inflow: 1,000 households on the books ÷").And.Contain("first applications ="));
    }
}
