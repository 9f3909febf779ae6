using Newtonsoft.Json.Linq;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Tests.Calibration;

public class ValidateFitTests
{
    [Test]
    public void The_prediction_is_the_runs_own_mean_and_the_error_is_against_the_observed_value()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var targets = folder.File("held-out.csv", "metric,year,value,se,source\nlong_term_share,,0.40,0.02,test\nhouseholds_during_year,2027,100,10,test\n");
        var check = Planner.Cli("validate-fit", scenario, "--targets", targets, "--output", folder.Combine("v"));
        Assert.That(check.Exit, Is.EqualTo(0), check.Err);
        var run = Planner.Cli("run", scenario, "--quiet", "--output", folder.Combine("r"));
        Assert.That(run.Exit, Is.EqualTo(0), run.Err);
        var summary = JObject.Parse(File.ReadAllText(folder.Combine("r", "small", "summary.json")));
        var expected = (double)summary.SelectTokens("$.summary[?(@.metric == 'long_term_share')].mean").Single();
        var rows = (JArray)JObject.Parse(File.ReadAllText(folder.Combine("v", "validate-fit-small", "validate-fit.json")))["rows"]!;
        Assert.That((double)rows[0]["mean"]!, Is.EqualTo(expected).Within(1e-12), "the same replications as planner run");
        Assert.That((double)rows[0]["error"]!, Is.EqualTo(expected - 0.40).Within(1e-12));
        Assert.That((int)rows[0]["replications"]!, Is.EqualTo(3));
        Assert.That((double)rows[1]["mean"]!, Is.GreaterThan(60), "a calendar-year target reads its year");
        Assert.That(check.Out, Does.Contain("held-out figure(s) reproduced within |z| ≤ 2"));
    }

    [Test]
    public void It_writes_to_the_store_as_one_writer_waiting_while_another_holds_it()
    {
        // Like run and compare (StoreFaultTests), and as calibrate and the trees sensitivity, through EngineSession.OpenForWriting.
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var targets = folder.File("held-out.csv", "metric,year,value,se,source\nlong_term_share,,0.40,0.02,test\n");
        var store = folder.Combine("planner.db");
        Assert.That(Planner.Cli("run", scenario, "--store", store, "--output", folder.Combine("first"), "--quiet").Exit, Is.EqualTo(0));
        var held = StoreLock.Acquire(store, _ => Assert.Fail("the lock is free"), CancellationToken.None);
        var check = SecondWriter.Start("validate-fit", scenario, "--targets", targets, "--store", store, "--output", folder.Combine("v"), "--quiet");
        Assert.That(check.Err, Does.Contain($"{store} is in use by process {Environment.ProcessId}"));
        Assert.That(check.Run.IsCompleted, Is.False, "validate-fit waits for the writer before it");
        held.Dispose();
        Assert.That(check.Run.Wait(TimeSpan.FromSeconds(60)), Is.True);
        Assert.That(check.Run.Result, Is.EqualTo(0), check.Err);
    }

    [Test]
    public void A_bad_held_out_file_is_refused_before_anything_runs()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var targets = folder.File("held-out.csv", "metric,value,se,source\nlong_term_shares,0.4,0.02,test\n");
        var check = Planner.Cli("validate-fit", scenario, "--targets", targets, "--output", folder.Combine("v"));
        Assert.That(check.Exit, Is.EqualTo(2));
        Assert.That(check.Err, Does.Contain("held-out.csv:2:1: metric: \"long_term_shares\" is not a metric; did you mean \"long_term_share\"?"));
        Assert.That(Directory.Exists(folder.Combine("v")), Is.False);
    }
}
