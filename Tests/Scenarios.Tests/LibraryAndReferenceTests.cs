using System.Reflection;
using Planner.Scenarios.Files;

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
    public void LibraryHoldsTheThreeScenariosWithDescriptions()
    {
        var names = LibraryFiles().Select(Path.GetFileName).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "baseline.json", "ale-1999.json", "harryda-2000.json" }));
        foreach (var file in LibraryFiles())
        {
            var scenario = ScenarioLoader.Load(file).Scenario!;
            Assert.That(scenario.Description, Has.Length.GreaterThan(100), file);
        }
    }

    [Test]
    public void LibraryCaseloadsMatchTheSource()
    {
        static double CasesPerPost(string name)
        {
            var s = ScenarioLoader.Load(Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library", name)).Scenario!;
            return s.Unit.InitialHouseholds / s.Unit.Staff.Caseworkers.Sum(g => g.Count * g.Fte);
        }
        Assert.That(CasesPerPost("ale-1999.json"), Is.EqualTo(118).Within(1));
        Assert.That(CasesPerPost("harryda-2000.json"), Is.EqualTo(40).Within(1));
        Assert.That(CasesPerPost("baseline.json"), Is.EqualTo(55).Within(1));
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
        Assert.That(help.Out, Does.Contain("planner [command] [options]").And.Contain("run").And.Contain("validate").And.Contain("fields"));
        var run = Planner.Cli("run", "--help");
        Assert.That(run.Out, Does.Contain("--replications").And.Contain("--seed").And.Contain("--years")
            .And.Contain("--output").And.Contain("--quiet"));
        Assert.That(Planner.Cli("validate", "--help").Out, Does.Contain("OK: file"));
    }
}
