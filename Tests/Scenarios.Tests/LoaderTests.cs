using Planner.Scenarios.Files;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Tests;

public sealed class LoaderTests
{
    [Test]
    public void EmptyObjectGivesTheRecordDefaultsAndTheFileName()
    {
        var result = ScenarioLoader.Parse("dir/my-unit.json", "{}");
        Assert.That(result.Ok, Is.True, string.Join("\n", result.Errors));
        var scenario = result.Scenario!;
        Assert.That(scenario.Name, Is.EqualTo("my-unit"));
        Assert.That(scenario.Unit.Name, Is.EqualTo("my-unit"), "the unit reports under the scenario's name");
        Assert.That(scenario.Run, Is.EqualTo(new RunSettings()));
        Assert.That(scenario.Unit with { Name = "Unit" }, Is.EqualTo(new UnitParameters()).Using<UnitParameters>(SameJson));
    }

    [Test]
    public void ValuesAreBuiltIntoImmutableRecords()
    {
        const string json = """
            {
              "name": "Härryda 2000",
              "description": "d",
              "run": { "years": 2.5, "replications": 5, "seed": 18446744073709551615 },
              "startDate": "2000-01-01",
              "staff": { "caseworkers": [ { "count": 7, "fte": 0.5 }, { "count": 1, "contract": "consultant" } ] },
              "inflow": { "path": [ { "month": 0, "multiplier": 1 }, { "month": 12, "multiplier": 1.5 } ] },
              "turnover": { "consultantCoverForVacancies": true },
              "costs": { "salaryPerMonth": 41000 }
            }
            """;
        var result = ScenarioLoader.Parse("x.json", json);
        Assert.That(result.Errors, Is.Empty);
        var s = result.Scenario!;
        Assert.That(s.Name, Is.EqualTo("Härryda 2000"));
        Assert.That(ResultFolderName.From(s.Name), Is.EqualTo("harryda-2000"));
        Assert.That(s.Run, Is.EqualTo(new RunSettings { Years = 2.5, Replications = 5, Seed = ulong.MaxValue }));
        Assert.That(s.Unit.StartDate, Is.EqualTo(new DateOnly(2000, 1, 1)));
        Assert.That(s.Unit.Staff.Caseworkers, Has.Count.EqualTo(2));
        Assert.That(s.Unit.Staff.Caseworkers[0], Is.EqualTo(new StaffGroup { Count = 7, Fte = 0.5 }));
        Assert.That(s.Unit.Staff.Caseworkers[1].Contract, Is.EqualTo("consultant"));
        Assert.That(s.Unit.Staff.HoursPerWeek, Is.EqualTo(new StaffParameters().HoursPerWeek), "unset fields keep their defaults");
        Assert.That(s.Unit.Inflow.Path[1], Is.EqualTo(new PathPoint { Month = 12, Multiplier = 1.5 }));
        Assert.That(s.Unit.Turnover.ConsultantCoverForVacancies, Is.True);
        Assert.That(s.Unit.Costs.SalaryPerMonth, Is.EqualTo(41000));
    }

    [Test]
    public void TheEchoIsAScenarioFileThatLoadsToTheSameScenario()
    {
        var original = ScenarioLoader.Parse("x.json", """{ "name": "a", "staff": { "caseworkers": [ { "count": 3 } ] }, "inflow": { "path": [ { "month": 1 } ] } }""").Scenario!;
        var text = new StringWriter();
        using (var json = new Newtonsoft.Json.JsonTextWriter(text))
            ScenarioJsonWriter.Write(json, original);
        var again = ScenarioLoader.Parse("echo.json", text.ToString());
        Assert.That(again.Errors, Is.Empty);
        Assert.That(again.Scenario, Is.EqualTo(original).Using<Scenario>(SameJson));
    }

    [Test]
    public void TheEchoOfDesignsLoadsToTheSameDesignsAndLeavesOutTheAbsentOnes()
    {
        var original = ScenarioLoader.Parse("x.json", """{ "name": "d", "designs": { "fas": { "meetingsPerWorkerPerMonth": 35 }, "allocation": { "nybesokPerMonth": 4 } } }""").Scenario!;
        var text = new StringWriter();
        using (var json = new Newtonsoft.Json.JsonTextWriter(text))
            ScenarioJsonWriter.Write(json, original);
        Assert.That(text.ToString(), Does.Not.Contain("\"beredskapsteam\"").And.Contain("\"fas\""));
        var again = ScenarioLoader.Parse("echo.json", text.ToString());
        Assert.That(again.Errors, Is.Empty);
        Assert.That(again.Scenario!.Unit.Designs, Is.EqualTo(original.Unit.Designs));
        var none = ScenarioLoader.Parse("y.json", "{}").Scenario!;
        var plain = new StringWriter();
        using (var json = new Newtonsoft.Json.JsonTextWriter(plain))
            ScenarioJsonWriter.Write(json, none);
        Assert.That(plain.ToString(), Does.Not.Contain("designs"), "a unit without designs echoes as before designs existed");
    }

    [Test]
    public void WholeNumberWrittenWithDecimalPointIsAccepted_FractionIsNot()
    {
        Assert.That(ScenarioLoader.Parse("x.json", """{ "population": 5000.0 }""").Scenario!.Unit.Population, Is.EqualTo(5000));
        var bad = ScenarioLoader.Parse("x.json", """{ "population": 5000.5 }""");
        Assert.That(bad.Errors.Single().Message, Is.EqualTo("5000.5 is not a whole number; expected a whole number from 1 to 2147483647 (inhabitants)"));
    }

    [Test]
    public void RootMustBeAnObjectAndTheFileNotEmpty()
    {
        Assert.That(ScenarioLoader.Parse("x.json", "[1]").Errors.Single().ToString(),
            Is.EqualTo("x.json: $: the file holds a single value or a list; expected a JSON object with the scenario's fields"));
        Assert.That(ScenarioLoader.Parse("x.json", "  ").Errors.Single().ToString(),
            Is.EqualTo("x.json: the file is empty; expected a JSON object with the scenario's fields"));
    }

    [Test]
    public void ARuleIsSkippedWhenItsFieldAlreadyHasAnError()
    {
        var result = ScenarioLoader.Parse("x.json", """{ "inflow": { "shareEnkel": "lots", "shareTung": 0.9 } }""");
        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo(new[] { "$.inflow.shareEnkel" }));
        Assert.That(result.Errors[0].Message, Does.StartWith("wrong type"));
    }

    [Test]
    public void PathPointsMustIncrease()
    {
        var result = ScenarioLoader.Parse("x.json", """{ "inflow": { "path": [ { "month": 5 }, { "month": 2 } ] } }""");
        Assert.That(result.Errors.Single().Message,
            Is.EqualTo("point 1 is at month 2, not after point 0 at month 5; expected points in increasing month order"));
    }

    [Test]
    public void ListBelowItsMinimumCountIsAnError()
    {
        var result = ScenarioLoader.Parse("x.json", """{ "staff": { "caseworkers": [] } }""");
        Assert.That(result.Errors.Select(e => e.Message), Has.Some.StartsWith("a list of 0 item(s) is not allowed; expected a list of 1 to 100 item(s)"));
    }

    private static bool SameJson<T>(T a, T b) where T : notnull => Serialise(a) == Serialise(b);

    // Records holding lists compare the list by reference; their JSON compares by value.
    private static string Serialise(object value) => Newtonsoft.Json.JsonConvert.SerializeObject(value);
}
