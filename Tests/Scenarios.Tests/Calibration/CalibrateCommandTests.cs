using Newtonsoft.Json.Linq;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Tests.Calibration;

public class CalibrateCommandTests
{
    private const string Targets = """
        metric,year,value,se,low,high,source,weight,place,note
        long_term_share,,0.30,0.03,,,test,1,,
        households_active,,70,5,,,test,1,,
        days_to_decision,,6,,4,8,test,0,,reported only
        households_during_year,2027,120,10,,,test,0,,a calendar-year figure
        """;

    [Test]
    public void A_bad_targets_file_is_refused_with_its_line_and_column_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var targets = folder.File("t.csv", "metric,value,se,source\nlong_term_share,0.3,zero,test\n");
        var result = Planner.Cli("calibrate", scenario, "--targets", targets, "--output", folder.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain($"{targets}:2:21: se: \"zero\" is not a number"));
        Assert.That(Directory.Exists(folder.Combine("out")), Is.False, "nothing written");
    }

    [Test]
    public void A_target_year_outside_the_horizon_is_refused()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var targets = folder.File("t.csv", "metric,year,value,se,source\nhouseholds_during_year,2019,100,5,test\n");
        var result = Planner.Cli("calibrate", scenario, "--targets", targets, "--fit", "exits.baseHazardFar=0.01:0.05", "--output", folder.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("target households_during_year@2019: 2019 lies outside the scenario's horizon 2027–2027"));
    }

    [Test]
    public void A_shard_runs_its_part_of_the_first_stage_and_says_to_merge()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var targets = folder.File("t.csv", Targets);
        var result = Planner.Cli("calibrate", scenario, "--targets", targets, "--fit", "exits.baseHazardFar=0.01:0.05", "--points", "8",
            "--replications", "2", "--shard", "1/2", "--output", folder.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("of the wave-1 stage saved").And.Contain("Merge the shards"));
        using (var store = ResultStore.OpenReadOnly(folder.Combine("out", "planner.db")))
            Assert.That(store.RowCounts().Replications, Is.InRange(1, 15), "only this shard's part of the 16 replications");
        Assert.That(Directory.Exists(folder.Combine("out", "calibrate-small")), Is.False, "no tables from an unfinished calibration");
    }

    [TestCase("exits.baseHazardFa", "unknown parameter \"exits.baseHazardFa\"; did you mean \"exits.baseHazardFar\"?")]
    [TestCase("exits.baseHazardFar=0.1:2", "leaves the allowed range of exits.baseHazardFar")]
    [TestCase("exits.baseHazardFar=0.05:0.01", "is empty; expected MIN < MAX")]
    [TestCase("exits.baseHazardFar=low", "is not MIN:MAX")]
    public void A_bad_fit_parameter_is_refused(string fit, string expected)
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var targets = folder.File("t.csv", Targets);
        var result = Planner.Cli("calibrate", scenario, "--targets", targets, "--fit", fit, "--output", folder.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(2), result.Err);
        Assert.That(result.Err, Does.Contain(expected));
        Assert.That(Directory.Exists(folder.Combine("out")), Is.False);
    }

    [Test]
    public void A_small_calibration_writes_a_valid_calibrated_scenario_and_resumes_from_the_store()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var targets = folder.File("t.csv", Targets);
        string[] args = ["calibrate", scenario, "--targets", targets, "--fit", "exits.baseHazardFar=0.01:0.05,exits.baseHazardNear=0.2:0.6",
            "--waves", "2", "--points", "12", "--refine", "4", "--check-replications", "3", "--replications", "2", "--output", folder.Combine("out")];
        var first = Planner.Cli(args);
        Assert.That(first.Exit, Is.EqualTo(0), first.Err + first.Out);
        var result = folder.Combine("out", "calibrate-small");
        foreach (var name in new[] { "small-calibrated.json", "parameters.csv", "targets.csv", "waves.csv", "calibration.json", "charts/calibration-targets.svg", "charts/calibration-ranges.svg" })
            Assert.That(File.Exists(Path.Combine(result, name)), name);
        var calibrated = ScenarioLoader.Load(Path.Combine(result, "small-calibrated.json"));
        Assert.That(calibrated.Ok, string.Join("\n", calibrated.Errors));
        var provenance = calibrated.Scenario!.Calibration!;
        Assert.That(provenance.TargetsSha256, Is.EqualTo(global::Planner.Scenarios.Calibration.TargetFile.Load(targets).Sha256));
        Assert.That(provenance.Waves, Is.EqualTo(2));
        Assert.That(provenance.Parameters.Select(p => p.Path), Is.EqualTo(new[] { "exits.baseHazardFar", "exits.baseHazardNear" }));
        // The best values are written into the scenario's own fields.
        Assert.That(calibrated.Scenario.Unit.Exits.BaseHazardFar, Is.EqualTo(provenance.Parameters[0].Value));
        Assert.That(provenance.Parameters[0].Value, Is.InRange(0.01, 0.05));
        var json = JObject.Parse(File.ReadAllText(Path.Combine(result, "calibration.json")));
        Assert.That((string?)json["targetFits"]![2]!["metric"], Is.EqualTo("days_to_decision"));
        Assert.That((bool?)json["targetFits"]![2]!["fitted"], Is.False, "a weight-0 target is reported, not fitted");
        Assert.That((double?)json["targetFits"]![3]!["mean"], Is.GreaterThan(60), "the calendar-year figure is read from the year's own results");
        Assert.That(first.Out, Does.Contain("Emulator check:").And.Contain("replications/s"));

        long Saved()
        {
            using var store = ResultStore.OpenReadOnly(folder.Combine("out", "planner.db"));
            return store.RowCounts().Replications;
        }
        var before = Saved();
        var second = Planner.Cli(args);
        Assert.That(second.Exit, Is.EqualTo(0), second.Err);
        Assert.That(Saved(), Is.EqualTo(before), "the same calibration again runs nothing new: every stage is found in the store");
        Assert.That(File.ReadAllText(Path.Combine(result, "parameters.csv")), Is.Not.Empty);
    }
}
