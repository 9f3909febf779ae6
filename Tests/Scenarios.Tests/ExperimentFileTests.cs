using Planner.Scenarios.Experiments;
using static Planner.Scenarios.Tests.ExperimentTestSupport;

namespace Planner.Scenarios.Tests;

/// <summary>Experiment files: designs expand as specified, bad files give precise errors (exit 2) and leave stores unchanged.</summary>
public sealed class ExperimentFileTests
{
    private TempFolder _temp = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempFolder();
        _temp.File("small.json", Planner.SmallScenario);
    }

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private string Experiment(string design, string extra = "") => _temp.File("exp.json", $$"""
        {
          "scenarios": ["small.json"],
          "run": { "years": 0.5, "replications": 2, "seed": 3 },{{extra}}
          "design": {{design}}
        }
        """);

    /// <summary>Runs a bad experiment: exit code 2, and the store is neither created nor changed.</summary>
    private CliOutput Bad(params string[] args)
    {
        var store = _temp.Combine("store.db");
        var before = File.Exists(store) ? File.ReadAllBytes(store) : null;
        string[] extra = args[0] == "merge" ? ["--store", store] : ["--store", store, "--output", _temp.Combine("out"), "--quiet"];
        var result = Planner.Cli([.. args, .. extra]);
        Assert.That(result.Exit, Is.EqualTo(2), result.Out + result.Err);
        Assert.That(File.Exists(store) ? File.ReadAllBytes(store) : null, Is.EqualTo(before), "the store is unchanged");
        Assert.That(Directory.Exists(_temp.Combine("out")), Is.False, "no export written");
        return result;
    }

    [Test]
    public void UnknownParameterNamesThePathAndSuggestsTheField()
    {
        var file = Experiment("""{ "kind": "grid", "parameters": [ { "path": "strain.overloadSensitivty", "values": [1, 2] } ] }""");
        var result = Bad("experiment", file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:4:83: $.design.parameters[0].path: unknown parameter \"strain.overloadSensitivty\"; did you mean \"strain.overloadSensitivity\"?",
        }));
    }

    [Test]
    public void EmptyRangeIsAnError()
    {
        var file = Experiment("""{ "kind": "latinHypercube", "points": 4, "parameters": [ { "path": "strain.inherent", "min": 0.3, "max": 0.3 } ] }""");
        var result = Bad("experiment", file);
        Assert.That(result.Err, Does.Contain($"{file}:4:108: $.design.parameters[0].min: empty range: min 0.3 is not below max 0.3; expected min < max"));
    }

    [Test]
    public void ValuesOutsideTheParametersRangeAndMissingListItemsAreErrors()
    {
        var file = Experiment("""{ "kind": "grid", "parameters": [ { "path": "strain.inherent", "values": [0.2, 1.5] }, { "path": "staff.caseworkers[2].count", "values": [1] } ] }""");
        var result = Bad("experiment", file);
        Assert.That(result.Err, Does.Contain("$.design.parameters[1].path: \"staff.caseworkers[2]\" does not exist: the scenario's staff.caseworkers has 1 item(s), numbered from 0"));
        var again = Experiment("""{ "kind": "grid", "parameters": [ { "path": "strain.inherent", "values": [0.2, 1.5] } ] }""");
        Assert.That(Bad("experiment", again).Err, Does.Contain("$.design.parameters[0].values[1]: 1.5 is outside the allowed range of strain.inherent; expected a number from 0 to 1"));
    }

    [Test]
    public void PointsThatBreakAScenarioRuleAreRefusedBeforeAnythingRuns()
    {
        var file = Experiment("""{ "kind": "grid", "parameters": [ { "path": "inflow.shareEnkel", "values": [0.5, 0.9] } ] }""");
        var result = Bad("experiment", file);
        Assert.That(result.Err, Does.Contain("1 of 2 design point(s) break a scenario rule").And.Contain("inflow.shareEnkel=0.9"));
    }

    [Test]
    public void ShardOutsideItsCountIsAnError()
    {
        var file = Experiment("""{ "kind": "none" }""");
        var result = Bad("experiment", file, "--shard", "4/3");
        Assert.That(result.ErrLines, Is.EqualTo(new[] { "error: --shard 4/3: shard 4 does not exist; expected a shard from 1 to 3 (k/n with 1 ≤ k ≤ n)" }));
        Assert.That(Bad("experiment", file, "--shard", "two").Err, Does.Contain("--shard two: expected k/n"));
        Assert.That(Bad("experiment", file, "--shard", "1/2", "--precision", "0.05").Err, Does.Contain("--precision cannot be combined with --shard 1/2"));
    }

    [Test]
    public void UnknownMetricAndScenarioFileAreErrors()
    {
        var file = _temp.File("exp.json", """
            {
              "scenarios": ["small.json", "missing.json"],
              "metrics": ["total_cost"]
            }
            """);
        var result = Bad("experiment", file);
        Assert.That(result.Err, Does.Contain("$.scenarios[1]: scenario file \"missing.json\" not found"));
        Assert.That(result.Err, Does.Contain("$.metrics[0]: \"total_cost\" is not a metric"));
    }

    [Test]
    public void MergingAStoreOfAnotherExperimentIsRefusedAndChangesNothing()
    {
        var grid = SmallGrid(_temp, replications: 2);
        var other = Experiment("""{ "kind": "none" }""");
        Assert.That(Planner.Cli("experiment", grid, "--shard", "1/2", "--store", _temp.Combine("a.db"), "--quiet").Exit, Is.EqualTo(0));
        Assert.That(Planner.Cli("experiment", other, "--shard", "2/2", "--store", _temp.Combine("b.db"), "--quiet").Exit, Is.EqualTo(0));
        Assert.That(Planner.Cli("experiment", grid, "--store", _temp.Combine("store.db"), "--quiet").Exit, Is.EqualTo(0));
        var inputs = new[] { _temp.Combine("a.db"), _temp.Combine("b.db") }.Select(File.ReadAllBytes).ToList();

        var result = Bad("merge", _temp.Combine("a.db"), _temp.Combine("b.db"));
        Assert.That(result.Err, Does.Contain($"{_temp.Combine("b.db")}: holds experiment \"exp\"").And.Contain("but " + _temp.Combine("a.db") + " holds experiment \"small-grid\""));
        Assert.That(result.Err, Does.Contain("is unchanged"));
        Assert.That(new[] { _temp.Combine("a.db"), _temp.Combine("b.db") }.Select(File.ReadAllBytes), Is.EqualTo(inputs), "inputs are read only");

        // Into a store that does not exist yet: still nothing left behind.
        File.Delete(_temp.Combine("store.db"));
        Bad("merge", _temp.Combine("a.db"), _temp.Combine("b.db"));
        Assert.That(Directory.GetFiles(_temp.Path, "store.db*"), Is.Empty);
    }

    [Test]
    public void LatinHypercubePlanCoversEveryStratumOfEveryParameterOnce()
    {
        var file = Experiment("""
            { "kind": "latinHypercube", "points": 12, "seed": 5, "parameters": [
                { "path": "strain.overloadSensitivity", "min": 0.6, "max": 1.8 },
                { "path": "exits.meetingEffect", "min": 0.1, "max": 0.5 } ] }
            """);
        var load = ExperimentLoader.Load(file);
        Assert.That(load.Errors, Is.Empty);
        var points = load.Plan!.Points;
        Assert.That(points, Has.Count.EqualTo(12));
        foreach (var (path, min, max) in new[] { ("strain.overloadSensitivity", 0.6, 1.8), ("exits.meetingEffect", 0.1, 0.5) })
        {
            var strata = points.Select(p => p.Settings.Single(s => s.Path == path).Value)
                .Select(v => LatinHypercube.Stratum((v - min) / (max - min), 12)).Order();
            Assert.That(strata, Is.EqualTo(Enumerable.Range(0, 12)), path);
            // The value reaches the model: each point's scenario holds its own setting.
            Assert.That(points.Select(p => ScenarioPaths.Get(p.Scenario, path)), Is.EqualTo(points.Select(p => p.Settings.Single(s => s.Path == path).Value)));
        }
    }

    [Test]
    public void GridRunsEveryPointWithTheSameSeedsAndReplicationNumbers()
    {
        var file = Experiment("""{ "kind": "grid", "parameters": [ { "path": "staff.caseworkers[0].count", "values": [1, 2, 3] }, { "path": "strain.inherent", "values": [0.1, 0.2] } ] }""");
        var load = ExperimentLoader.Load(file);
        Assert.That(load.Plan!.Points.Select(p => p.Scenario.Unit.Staff.Caseworkers[0].Count), Is.EqualTo(new[] { 1, 1, 2, 2, 3, 3 }));
        var run = Planner.Cli("experiment", file, "--store", _temp.Combine("s.db"), "--output", _temp.Combine("out"));
        Assert.That(run.Exit, Is.EqualTo(0), run.Err);
        Assert.That(run.Out, Does.Contain("staff.caseworkers[0].count").And.Contain("Total cost"));
        var rows = File.ReadAllLines(Path.Combine(_temp.Combine("out", "exp"), "replications.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(rows, Has.Count.EqualTo(12));
        Assert.That(rows.Select(r => r[2]).Distinct(), Is.EqualTo(new[] { "3" }), "one seed for every point");
        Assert.That(rows.GroupBy(r => r[0]).Select(g => string.Join(" ", g.Select(r => r[1]))), Has.All.EqualTo("1 2"));
    }

    [Test]
    public void AnExperimentWithoutScenariosIsAnError()
    {
        var file = _temp.File("exp.json", """{ "design": { "kind": "none" } }""");
        Assert.That(Bad("experiment", file).ErrLines, Is.EqualTo(new[]
        {
            $"{file}:1:1: $: no \"scenarios\"; expected a list of scenario files, e.g. \"scenarios\": [\"../baseline.json\"]",
        }));
    }

    [Test]
    public void CommittedExperimentFieldReferenceEqualsTheGeneratedOne()
    {
        var committed = File.ReadAllText(Path.Combine(Planner.RepositoryRoot(), "docs", "experiment-fields.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var generated = Planner.Cli("fields", "--experiment");
        Assert.That(committed, Is.EqualTo(generated.Out),
            "docs/experiment-fields.md is out of date: run `dotnet run --project Scenarios -- fields --experiment > docs/experiment-fields.md`");
    }

    [Test]
    public void ExampleExperimentsInTheLibraryLoad()
    {
        var folder = Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library", "experiments");
        var files = Directory.GetFiles(folder, "*.json");
        Assert.That(files, Has.Length.GreaterThanOrEqualTo(2));
        foreach (var file in files)
            Assert.That(ExperimentLoader.Load(file).Errors, Is.Empty, file);
    }
}
