namespace Planner.Scenarios.Tests;

/// <summary>`planner sensitivity` end to end on a small unit, and --help on every command.</summary>
public sealed class SensitivityCommandTests
{
    [Test]
    public void MorrisRanksAParameterThatCannotMatterLastWithZeroEffect()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var result = Planner.Cli("sensitivity", scenario, "--years", "0.5", "--replications", "2", "--trajectories", "4",
            "--parameter", "costs.salaryPerMonth", "--parameter", "population=1000:9000", "--parameter", "initialHouseholds=40:80",
            "--metric", "total_cost_sek_per_year", "--store", temp.Combine("s.db"), "--output", temp.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("Morris screening of Total cost").And.Contain("μ*").And.Contain("95 % CI"));

        var rows = File.ReadAllLines(Path.Combine(temp.Combine("out", "small-sensitivity"), "sensitivity.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows.Take(2).Select(r => r[2]), Is.EquivalentTo(new[] { "costs.salaryPerMonth", "initialHouseholds" }), "salaries and caseload drive the cost");
        Assert.That(rows.Take(2).Select(r => double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)), Has.All.GreaterThan(0));
        // The population only divides cost per inhabitant: under common random numbers its effect on total cost is exactly 0.
        var population = rows.Single(r => r[2] == "population");
        Assert.That(population[1], Is.EqualTo("3"));
        Assert.That(population[5], Is.EqualTo("0"));
        Assert.That(population[3], Is.EqualTo("1000"));
    }

    [Test]
    public void SobolOnAnExperimentFileReportsFirstOrderAndTotalIndices()
    {
        using var temp = new TempFolder();
        temp.File("small.json", Planner.SmallScenario);
        var file = temp.File("sobol.json", """
            {
              "scenarios": ["small.json"],
              "run": { "years": 0.25, "replications": 2, "seed": 3 },
              "design": { "kind": "sobol", "samples": 8, "bootstrap": 50,
                "parameters": [ { "path": "costs.salaryPerMonth" }, { "path": "population" } ] },
              "monthly": false
            }
            """);
        var result = Planner.Cli("sensitivity", file, "--store", temp.Combine("s.db"), "--output", temp.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("Sobol indices of Total cost").And.Contain("ST").And.Contain("S1"));
        Assert.That(result.Out, Does.Contain("8 × (k + 2)").Or.Contain("32 points"));
    }

    [Test]
    public void AGridIsNotASensitivityDesign()
    {
        using var temp = new TempFolder();
        var grid = ExperimentTestSupport.SmallGrid(temp);
        var result = Planner.Cli("sensitivity", grid, "--store", temp.Combine("s.db"));
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("$.design.kind: \"grid\" is not a sensitivity design"));
        Assert.That(File.Exists(temp.Combine("s.db")), Is.False);
    }

    [TestCase("run")]
    [TestCase("compare")]
    [TestCase("experiment")]
    [TestCase("sensitivity")]
    [TestCase("export")]
    [TestCase("merge")]
    [TestCase("validate")]
    [TestCase("fields")]
    public void EveryCommandHasHelp(string command)
    {
        var result = Planner.Cli(command, "--help");
        Assert.That(result.Exit, Is.EqualTo(0));
        Assert.That(result.Out, Does.Contain("Usage:").And.Contain("planner " + command));
        Assert.That(result.Out, Does.Not.Contain("[default:"), "defaults are said once, in the description's words");
        if (command is "run" or "compare" or "experiment" or "sensitivity")
        {
            Assert.That(result.Out, Does.Contain("--replications").And.Contain("--years").And.Contain("--seed").And.Contain("--output")
                .And.Contain("--store").And.Contain("--shard").And.Contain("--quiet").And.Contain("--threads"));
            // Morris and Sobol run a fixed number of replications at every point: no precision target to offer.
            Assert.That(result.Out, command == "sensitivity" ? Does.Not.Contain("--precision") : Does.Contain("--precision").And.Contain("--max-replications"));
        }
    }
}
