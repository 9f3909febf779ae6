using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Tests;

/// <summary>The output pipeline with hand-made replication results, so it is tested without the model.</summary>
public sealed class StoreTests
{
    private static ReplicationResult Result(int replication, double cases, double cost) => new(
        replication,
        (ulong)(1000 + replication),
        new Dictionary<string, double> { [MetricCatalogue.CasesPerFte] = cases, [MetricCatalogue.TotalCostPerYear] = cost },
        new MonthlySeries(["month", "households"], [[0, 10 + replication], [1, 11.5]]),
        new Conservation(1, 2, 3, 0, 0, 1, 0, 1, 0));

    private static readonly Scenario Small = ScenarioLoader.Parse("small.json", Planner.SmallScenario).Scenario!;

    [Test]
    public void SummaryUsesStudentT()
    {
        var (mean, sd, half) = Summaries.Interval([1.0, 2.0, 3.0, 4.0]);
        Assert.That(mean, Is.EqualTo(2.5));
        Assert.That(sd, Is.EqualTo(Math.Sqrt(5.0 / 3)).Within(1e-12));
        // t(0.975, 3) = 3.182446305...
        Assert.That(half, Is.EqualTo(3.182446305284263 * Math.Sqrt(5.0 / 3) / 2).Within(1e-9));
        Assert.That(double.IsNaN(Summaries.Interval([1.0]).HalfWidth), Is.True);
    }

    [Test]
    public void FilesUseInvariantRoundTripNumbers()
    {
        var results = new[] { Result(1, 55.25, 1.5e8), Result(2, 56.75, 1.7e8) };
        var summary = Summaries.Summarise(results);

        var csv = ResultFiles.SummaryCsv(summary).Split('\n');
        Assert.That(csv[0], Is.EqualTo("metric,label,unit,mean,sd,ci_low,ci_high,half_width,n"));
        Assert.That(csv[1], Does.StartWith("cases_per_fte,Cases per FTE,households/FTE,56,1.0606601717798212,"));
        Assert.That(csv[1], Does.EndWith(",2"));

        Assert.That(ResultFiles.ReplicationsCsv(results), Is.EqualTo(
            "replication,seed,cases_per_fte,total_cost_sek_per_year\n1,1001,55.25,150000000\n2,1002,56.75,170000000\n"));
        Assert.That(ResultFiles.MonthlyCsv(results), Is.EqualTo(
            "replication,month,households\n1,0,11\n1,1,11.5\n2,0,12\n2,1,11.5\n"));

        var json = Newtonsoft.Json.Linq.JObject.Parse(ResultFiles.SummaryJsonText(Small, summary));
        Assert.That((int)json["scenario"]!["run"]!["replications"]!, Is.EqualTo(3));
        Assert.That((int)json["scenario"]!["initialHouseholds"]!, Is.EqualTo(60));
        Assert.That((double)json["scenario"]!["strain"]!["inherent"]!, Is.EqualTo(new StrainParameters().Inherent), "every effective value is echoed");
        Assert.That((double)json["summary"]![0]!["mean"]!, Is.EqualTo(56));
    }

    [Test]
    public void WritingTwiceGivesIdenticalBytes()
    {
        using var temp = new TempFolder();
        var results = new[] { Result(1, 55.25, 1.5e8), Result(2, 56.75, 1.7e8) };
        var a = ResultFiles.WriteAll(temp.Combine("a"), Small, results, Summaries.Summarise(results));
        var b = ResultFiles.WriteAll(temp.Combine("b"), Small, results, Summaries.Summarise(results));
        foreach (var name in new[] { ResultFiles.Summary, ResultFiles.SummaryJson, ResultFiles.Replications, ResultFiles.Monthly })
            Assert.That(File.ReadAllBytes(Path.Combine(b, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(a, name))), name);
        Assert.That(Path.GetFileName(a), Is.EqualTo("small"));
    }

    [Test]
    public void FailedWriteLeavesNoFolderAndKeepsThePreviousResult()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("results", "unit");

        Assert.Throws<IOException>(() => AtomicDirectory.Write(target, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "half.csv"), "x");
            throw new IOException("disk full");
        }));
        Assert.That(Directory.Exists(target), Is.False, "a failed first write leaves nothing");

        AtomicDirectory.Write(target, dir => File.WriteAllText(Path.Combine(dir, "summary.csv"), "old"));
        Assert.Throws<InvalidOperationException>(() => AtomicDirectory.Write(target, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "summary.csv"), "new, half");
            throw new InvalidOperationException("killed");
        }));
        Assert.That(File.ReadAllText(Path.Combine(target, "summary.csv")), Is.EqualTo("old"));
        Assert.That(Directory.GetFileSystemEntries(temp.Combine("results")), Is.EqualTo(new[] { target }), "no temporary folders left");

        AtomicDirectory.Write(target, dir => File.WriteAllText(Path.Combine(dir, "summary.csv"), "new"));
        Assert.That(File.ReadAllText(Path.Combine(target, "summary.csv")), Is.EqualTo("new"));
        Assert.That(Directory.GetFileSystemEntries(temp.Combine("results")), Has.Length.EqualTo(1));
    }

    [Test]
    public void ReplicationsComeBackInOrderWhateverTheThreadCount()
    {
        // A stand-in for the model that finishes replications out of order.
        ReplicationResult Model(UnitParameters unit, ModelRun run)
        {
            Thread.Sleep((5 - run.Replication % 5) * 3);
            return Result(run.Replication, run.Replication * 1.5, run.Seed);
        }
        using var temp = new TempFolder();
        var plan = ExperimentPlan.ForScenarios("small", ExperimentKind.Run, Small.Run with { Replications = 12 }, [Small]);
        IReadOnlyList<ReplicationResult> RunWith(int threads)
        {
            using var store = ResultStore.Open(temp.Combine($"threads-{threads}.db"));
            var outcome = new ExperimentEngine(Model).Run(plan, store, new EngineSettings(Threads: threads));
            return store.Load(outcome.ExperimentId, 0, outcome.Points[0].Replications);
        }
        var one = RunWith(1);
        var many = RunWith(6);
        Assert.That(many.Select(r => r.Replication), Is.EqualTo(Enumerable.Range(1, 12)));
        Assert.That(ResultFiles.ReplicationsCsv(many), Is.EqualTo(ResultFiles.ReplicationsCsv(one)));
        Assert.That(ResultFiles.MonthlyCsv(many), Is.EqualTo(ResultFiles.MonthlyCsv(one)));
    }

    [Test]
    public void AFailingReplicationSurfacesItsOwnException()
    {
        ReplicationResult Model(UnitParameters unit, ModelRun run) =>
            run.Replication == 2 ? throw new ArithmeticException("boom") : Result(run.Replication, 1, 1);
        using var temp = new TempFolder();
        using var store = ResultStore.Open(temp.Combine("store.db"));
        var plan = ExperimentPlan.ForScenarios("small", ExperimentKind.Run, Small.Run, [Small]);
        Assert.Throws<ArithmeticException>(() => new ExperimentEngine(Model).Run(plan, store, new EngineSettings(Threads: 2)));
    }

    [Test]
    public void TableFormatsSekSharesAndPlainNumbers()
    {
        var (unit, format) = Cli.SummaryTable.DisplayFormat("SEK/year", 123_456_789);
        Assert.That((unit, format(123_456_789)), Is.EqualTo(("MSEK/year", "123.5")));
        (unit, format) = Cli.SummaryTable.DisplayFormat("SEK/inhabitant/year", 1_534.4);
        Assert.That((unit, format(1_534.4)), Is.EqualTo(("SEK/inhabitant/year", "1,534")));
        (unit, format) = Cli.SummaryTable.DisplayFormat("share", 0.3712);
        Assert.That((unit, format(0.3712)), Is.EqualTo(("%", "37.1")));
        (unit, format) = Cli.SummaryTable.DisplayFormat("households/FTE", 55.04);
        Assert.That(format(55.04), Is.EqualTo("55.0"));
    }
}
