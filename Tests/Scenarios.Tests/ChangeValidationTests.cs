namespace Planner.Scenarios.Tests;

/// <summary>The changes block's bad input: exit code 2, the JSON path of the change and what is allowed, nothing written.</summary>
public sealed class ChangeValidationTests
{
    private TempFolder _temp = null!;
    private string _output = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempFolder();
        _output = _temp.Combine("results");
    }

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private string[] Errors(string changes)
    {
        var file = _temp.File("bad.json", "{\n\"run\": { \"years\": 2 },\n\"changes\": [\n" + changes + "\n]\n}");
        var result = Planner.Cli("run", file, "--output", _output, "--quiet");
        Assert.That(result.Exit, Is.EqualTo(2), result.Err);
        Assert.That(Directory.Exists(_output), Is.False, "nothing may be written when the input is bad");
        Assert.That(result.ErrLines, Is.Not.Empty);
        Assert.That(result.ErrLines, Has.All.StartWith(file));
        return result.ErrLines.ToArray();
    }

    [Test]
    public void ADateOutsideTheHorizonNamesTheHorizon()
    {
        var errors = Errors("{ \"date\": \"2030-01-01\", \"consultantCover\": true }");
        Assert.That(errors, Has.Length.EqualTo(1));
        Assert.That(errors[0], Does.Contain(":4:").And.Contain("$.changes[0].date: \"2030-01-01\" is outside the horizon; expected a date from 2027-01-01 to 2028-12-31"));
        Assert.That(Errors("{ \"month\": 24, \"consultantCover\": true }")[0],
            Does.Contain("$.changes[0].month: 24 is outside the horizon; expected a month from 0 to 23"));
        Assert.That(Errors("{ \"date\": \"2026-12-31\", \"consultantCover\": true }")[0], Does.Contain("$.changes[0].date"));
    }

    [Test]
    public void AChangeNeedsExactlyOneOfDateAndMonth()
    {
        Assert.That(Errors("{ \"consultantCover\": true }")[0], Does.Contain("$.changes[0]: the change has neither a date nor a month"));
        Assert.That(Errors("{ \"date\": \"2027-03-01\", \"month\": 2, \"consultantCover\": true }")[0], Does.Contain("both a date"));
    }

    [Test]
    public void AnUnknownRoleIsRefusedWithTheAllowedOnes()
    {
        var errors = Errors("{ \"month\": 3, \"posts\": [ { \"add\": 2, \"role\": \"mentor\" } ] }");
        Assert.That(errors[0], Does.Contain("$.changes[0].posts[0].role: \"mentor\" is not allowed; expected one of \"generalist\""));
    }

    [Test]
    public void ContradictoryChangesOnTheSameDayAreNamed()
    {
        var errors = Errors("{ \"month\": 6, \"consultantCover\": true },\n{ \"date\": \"2027-07-01\", \"consultantCover\": false }");
        Assert.That(errors, Has.Length.EqualTo(1));
        Assert.That(errors[0], Does.Contain("$.changes[1].consultantCover: change 0 sets consultantCover on the same day (month 6)"));

        var posts = Errors("{ \"month\": 6, \"posts\": [ { \"add\": 2 } ] },\n{ \"month\": 6, \"posts\": [ { \"remove\": 1 } ] }");
        Assert.That(posts[0], Does.Contain("$.changes[1].posts[0]: removes generalist posts on the day change 0 adds them"));
        Assert.That(Errors("{ \"month\": 6, \"posts\": [ { \"add\": 2, \"remove\": 1 } ] }")[0],
            Does.Contain("$.changes[0].posts[0]: adds 2 and removes 1 posts in one entry"));
        Assert.That(Errors("{ \"month\": 6, \"inflow\": { \"factor\": 1.2 } },\n{ \"month\": 6, \"inflow\": { \"factor\": 0.9 } }")[0],
            Does.Contain("$.changes[1].inflow: change 0 sets inflow on the same day"));
    }

    [Test]
    public void RemovingMoreThanTheUnitHasAndPostDesignsAtADateAreRefused()
    {
        Assert.That(Errors("{ \"month\": 6, \"posts\": [ { \"remove\": 20 } ] }")[0],
            Does.Contain("$.changes[0].posts[0].remove: 20 is too many: the unit has 20 generalist posts then"));
        Assert.That(Errors("{ \"month\": 6, \"designs\": { \"beredskapsteam\": { \"members\": 3 } } }")[0],
            Does.Contain("$.changes[0].designs.beredskapsteam: the beredskapsteam design adds or re-labels posts"));
        Assert.That(Errors("{ \"date\": \"2027-06-15\", \"designs\": { \"fas\": {} } }")[0],
            Does.Contain("$.changes[0].date: \"2027-06-15\" is inside a month; a design is switched on a month's first day, e.g. \"2027-07-01\""));
    }

    [Test]
    public void TheLibraryChangesRunAndEchoTheirChanges()
    {
        var file = Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library", "add-two-posts.json");
        var result = Planner.Cli("run", file, "--output", _output, "--quiet", "--years", "1", "--replications", "2");
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        var echo = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(_output, "add-two-posts", "summary.json")));
        Assert.That((int?)echo["scenario"]!["changes"]![0]!["posts"]![0]!["add"], Is.EqualTo(2));
        Assert.That((string?)echo["scenario"]!["changes"]![0]!["date"], Is.EqualTo("2027-03-01"));
    }
}
