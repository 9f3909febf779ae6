using System.Reflection;
using Planner.Scenarios.Files;
using Planner.Simulation.Designs;

namespace Planner.Scenarios.Tests;

public sealed class LibraryAndReferenceTests
{
    private static IEnumerable<string> LibraryFiles() =>
        Directory.GetFiles(Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library"), "*.json").Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(LibraryFiles))]
    public void ShippedScenarioValidates(string file)
    {
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out.Trim(), Is.EqualTo($"OK: {file}"));
    }

    [Test]
    public void LibraryHoldsTheScenariosWithDescriptions()
    {
        var names = LibraryFiles().Select(Path.GetFileName).ToList();
        Assert.That(names, Is.SupersetOf(new[]
        {
            "baseline.json", "ale-1999.json", "harryda-2000.json",
            "fas-malmo.json", "beredskapsteam.json", "mentors.json", "intake-unit.json", "combined.json",
        }));
        foreach (var file in LibraryFiles())
        {
            var scenario = ScenarioLoader.Load(file).Scenario!;
            Assert.That(scenario.Description, Has.Length.GreaterThan(100), file);
        }
    }

    [Test]
    public void LibraryCaseloadsMatchTheSource()
    {
        // initialHouseholds is the caseload carried into the first month; the month's new decisions come on
        // top, so the source's cases per worker is what the first month reports (one replication, seed 1).
        Assert.That(FirstMonthCasesPerFte("ale-1999.json"), Is.EqualTo(118).Within(6));
        Assert.That(FirstMonthCasesPerFte("harryda-2000.json"), Is.EqualTo(40).Within(2));
        Assert.That(FirstMonthCasesPerFte("baseline.json"), Is.EqualTo(55).Within(3));
    }

    private static double FirstMonthCasesPerFte(string name)
    {
        var s = ScenarioLoader.Load(Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library", name)).Scenario!;
        return Simulation.Model.UnitModel.Run(s.Unit, new Simulation.Model.ModelRun(1 / 12.0, 1, 1)).Values[Simulation.Metrics.MetricCatalogue.CasesPerFte];
    }

    [Test]
    public void DesignScenariosSwitchOnTheirDesignsOnTheBaselineUnit()
    {
        static Scenario Load(string name) => ScenarioLoader.Load(Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library", name)).Scenario!;
        var baseline = Load("baseline.json");
        Assert.That(baseline.Unit.Designs, Is.Null);
        var fas = Load("fas-malmo.json");
        Assert.That(fas.Unit.Designs!.Get<FasParameters>()!.MeetingsPerWorkerPerMonth, Is.EqualTo(40), "S004: 40 meetings per worker and month");
        Assert.That(FirstMonthCasesPerFte("fas-malmo.json"), Is.InRange(55, 70), "S004: 55–70 cases per FAS post");
        Assert.That(Load("beredskapsteam.json").Unit.Designs!.Get<BeredskapsteamParameters>()!.Members, Is.EqualTo(3), "S000: three experienced caseworkers");
        Assert.That(Load("mentors.json").Unit.Designs!.Get<MentorParameters>(), Is.Not.Null);
        Assert.That(Load("intake-unit.json").Unit.Designs!.Get<IntakeUnitParameters>()!.HoldMonths, Is.EqualTo(3), "S002: at most three months");
        var combined = Load("combined.json").Unit.Designs!;
        Assert.That(new object?[] { combined.Get<FasParameters>(), combined.Get<MentorParameters>(), combined.Get<BeredskapsteamParameters>() }, Is.All.Not.Null);
        foreach (var name in new[] { "fas-malmo.json", "beredskapsteam.json", "mentors.json", "intake-unit.json", "combined.json" })
        {
            var s = Load(name);
            // Same unit and run as the baseline: only the designs differ, so compare pairs them under CRN.
            Assert.That(s.Unit with { Name = "", Designs = null }, Is.EqualTo(baseline.Unit with { Name = "" }).Using<Simulation.Model.Parameters.UnitParameters>(SameJson), name);
            Assert.That(s.Run, Is.EqualTo(baseline.Run), name);
            Assert.That(s.Description, Does.Match("S00[0-4]"), name + " cites its source");
        }
    }

    private static bool SameJson(Simulation.Model.Parameters.UnitParameters a, Simulation.Model.Parameters.UnitParameters b) =>
        Newtonsoft.Json.JsonConvert.SerializeObject(a) == Newtonsoft.Json.JsonConvert.SerializeObject(b);

    [Test]
    public void TheIssuesComparisonRunsOnTheLibraryFiles()
    {
        using var temp = new TempFolder();
        string Library(string name) => Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library", name);
        var result = Planner.Cli("compare", Library("baseline.json"), Library("fas-malmo.json"), Library("beredskapsteam.json"),
            Library("mentors.json"), Library("combined.json"), "--replications", "2", "--years", "0.5", "--output", temp.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("fas-malmo").And.Contain("combined").And.Contain("Δ "));
    }

    [Test]
    public void BaselineShipsNextToTheExecutable()
    {
        Assert.That(File.Exists(Cli.ScenarioLibrary.Baseline), Is.True, Cli.ScenarioLibrary.Baseline);
    }

    [Test]
    public void CommittedFieldReferenceEqualsTheGeneratedOne()
    {
        var committed = File.ReadAllText(Path.Combine(Planner.RepositoryRoot(), "docs", "scenario-fields.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var generated = Planner.Cli("fields");
        Assert.That(generated.Exit, Is.EqualTo(0));
        Assert.That(committed, Is.EqualTo(generated.Out),
            "docs/scenario-fields.md is out of date: run `dotnet run --project Scenarios -- fields > docs/scenario-fields.md`");
    }

    [Test]
    public void TheDesignDocumentListsEveryDesignParameterWithItsDefault()
    {
        // docs/designs.md carries each design's parameter table; its rows must match the field reference.
        var designs = File.ReadAllText(Path.Combine(Planner.RepositoryRoot(), "docs", "designs.md"));
        var reference = Planner.Cli("fields").Out.Split('\n').Where(l => l.StartsWith("| `designs.", StringComparison.Ordinal)).ToList();
        Assert.That(reference, Is.Not.Empty);
        foreach (var row in reference)
        {
            var cells = row.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
            Assert.That(designs, Does.Contain($"| {cells[0]} | {cells[3]} | {cells[2]} | {cells[5]} |"), cells[0]);
        }
    }

    [Test]
    public void EveryLeafFieldIsDocumented()
    {
        var undocumented = FieldSchema.Walk(FieldSchema.Scenario)
            .Where(x => x.Field.Param is null || x.Field.Param.Description.Length == 0)
            .Select(x => x.Path)
            .ToList();
        Assert.That(undocumented, Is.Empty, "every field needs a [Param] with unit, source and description");
    }

    [Test]
    public void ReferenceListsEveryRecordProperty()
    {
        var reference = Planner.Cli("fields").Out;
        foreach (var (path, _) in FieldSchema.Walk(FieldSchema.Scenario))
            Assert.That(reference, Does.Contain($"| `{path}` |"));
        // A property added to a section record shows up without any change here.
        var staffLeaves = typeof(Simulation.Model.Parameters.StaffParameters)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => FieldSchema.JsonName(p.Name));
        foreach (var leaf in staffLeaves)
            Assert.That(reference, Does.Contain($"| `staff.{leaf}` |"));
        Assert.That(reference, Does.Contain("| `staff.caseworkers[].contract` | text | word | `\"permanent\"` | `permanent`, `consultant` |"));
    }

    [Test]
    public void HelpDescribesEveryCommand()
    {
        var help = Planner.Cli("--help");
        Assert.That(help.Exit, Is.EqualTo(0));
        Assert.That(help.Out, Does.Contain("planner [command] [options]").And.Contain("run").And.Contain("compare").And.Contain("validate").And.Contain("fields"));
        var run = Planner.Cli("run", "--help");
        Assert.That(run.Out, Does.Contain("--replications").And.Contain("--seed").And.Contain("--years")
            .And.Contain("--output").And.Contain("--quiet"));
        var validate = Planner.Cli("validate", "--help");
        Assert.That(validate.Exit, Is.EqualTo(0), "help without the command's files is not an error");
        Assert.That(validate.Out, Does.Contain("OK: file"));
        foreach (var page in new[] { help, run, validate })
            Assert.That(page.Out, Does.Contain("Exit codes: 0 done; 1 the run failed; 2 bad input (nothing written); 130 interrupted by Ctrl+C, 143 by SIGTERM"));
    }
}
