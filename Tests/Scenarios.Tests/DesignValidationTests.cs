namespace Planner.Scenarios.Tests;

/// <summary>
/// Bad design blocks get the same treatment as any bad input: exit code 2, a message naming file, JSON path,
/// value and what is allowed, and nothing written — from `run` and from `compare`.
/// </summary>
public sealed class DesignValidationTests
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

    private CliOutput Bad(params string[] command)
    {
        var result = Planner.Cli([.. command, "--output", _output, "--quiet"]);
        Assert.That(result.Exit, Is.EqualTo(2), result.Err);
        Assert.That(Directory.Exists(_output), Is.False, "nothing may be written when the input is bad");
        return result;
    }

    [Test]
    public void AQuotaWhoseMeetingsExceedTheMonthsWorkingHours()
    {
        var file = _temp.File("quota.json", "{\n\"designs\": {\n\"fas\": {\n\"meetingsPerWorkerPerMonth\": 300\n}\n}\n}");
        var expected = $"{file}:4:32: $.designs.fas.meetingsPerWorkerPerMonth: a quota of 300 meetings × 42.5 min = 212.5 h a month, more than the "
                       + "153.1 h a full-time caseworker has for casework in a month (40 h/week × 21.7 working days ÷ 5 × (1 − fixedMeetingShare 0.12)); "
                       + "expected a quota whose meetings fit in the month";
        Assert.That(Bad("run", file).ErrLines, Is.EqualTo(new[] { expected }));
        var good = _temp.File("good.json", Planner.SmallScenario);
        Assert.That(Bad("compare", good, file).ErrLines, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void ALongerMeetingAloneCanMakeTheQuotaTooMuch()
    {
        var file = _temp.File("long.json", "{\n\"designs\": {\n\"fas\": {\n\"conversationMinutes\": 240\n}\n}\n}");
        Assert.That(Bad("run", file).ErrLines.Single(), Does.StartWith($"{file}:4:26: $.designs.fas.conversationMinutes: a quota of 40 meetings × 250 min = 166.7 h a month"));
    }

    [Test]
    public void ANegativeTeamSize()
    {
        var file = _temp.File("team.json", "{\n\"designs\": {\n\"beredskapsteam\": {\n\"members\": -3\n}\n}\n}");
        Assert.That(Bad("run", file).ErrLines, Is.EqualTo(new[]
        {
            $"{file}:4:13: $.designs.beredskapsteam.members: -3 is out of range; expected a whole number from 1 to 50 (caseworkers)",
        }));
    }

    [Test]
    public void AnUnknownDesignNameListsTheDesigns()
    {
        var file = _temp.File("unknown.json", "{\n\"designs\": {\n\"fass\": {},\n\"flexitime\": {}\n}\n}");
        // Every design block of the record, in its order: a new design joins the list without an edit here.
        var names = global::Planner.Scenarios.Files.FieldSchema.ShapeOf(typeof(global::Planner.Simulation.Designs.DesignParameters)).JsonFields.Select(f => $"\"{f.JsonName}\"").ToList();
        Assert.That(names, Does.Contain("\"fas\"").And.Contain("\"paymentSplit\""));
        var allowed = "expected one of " + string.Join(", ", names);
        Assert.That(Bad("run", file).ErrLines, Is.EqualTo(new[]
        {
            $"{file}:3:7: $.designs.fass: unknown design \"fass\"; {allowed}; did you mean \"fas\"?",
            $"{file}:4:12: $.designs.flexitime: unknown design \"flexitime\"; {allowed}",
        }));
    }

    [Test]
    public void AnUnknownFieldInsideADesignSuggestsTheClosest()
    {
        var file = _temp.File("field.json", "{\n\"designs\": {\n\"mentors\": {\n\"menteesPerMentr\": 5\n}\n}\n}");
        Assert.That(Bad("run", file).ErrLines, Is.EqualTo(new[]
        {
            $"{file}:4:18: $.designs.mentors.menteesPerMentr: unknown field \"menteesPerMentr\"; did you mean \"menteesPerMentor\"?",
        }));
    }

    [Test]
    public void OtherDesignRulesAndAWrongRuleWord()
    {
        var file = _temp.File("rules.json",
            "{\n\"staff\": { \"caseworkers\": [ { \"count\": 4 } ] },\n\"designs\": {\n\"intakeUnit\": { \"posts\": 4 },\n"
            + "\"mentors\": { \"hoursPerMenteePerWeek\": 9 },\n\"allocation\": { \"rule\": \"weigthed\" },\n"
            + "\"paymentSplit\": { \"ekonomihandlaggare\": 0, \"automatedShare\": 0 }\n}\n}");
        Assert.That(Bad("run", file).ErrLines, Is.EqualTo(new[]
        {
            $"{file}:4:26: $.designs.intakeUnit.posts: 4 mottagning posts leave no generalist post to hand cases to among the unit's 4; expected fewer than 4",
            $"{file}:5:39: $.designs.mentors.hoursPerMenteePerWeek: 5 mentees × 9 h/week = 45 h/week of mentoring, more than a caseworker's 40 h/week; expected mentoring that fits in a week",
            $"{file}:6:34: $.designs.allocation.rule: \"weigthed\" is not allowed; expected one of \"round-robin\", \"weighted\"; did you mean \"weighted\"?",
            $"{file}:7:41: $.designs.paymentSplit.ekonomihandlaggare: ekonomihandlaggare 0 and automatedShare 0 move no payment work; expected at least 1 ekonomihandläggare or an automated share above 0",
        }));
    }

    [Test]
    public void ScenarioNamesMustDifferToBeCompared()
    {
        var a = _temp.File("a.json", Planner.SmallScenario);
        var b = _temp.File("b.json", Planner.SmallScenario);
        Assert.That(Bad("compare", a, b).Err, Does.Contain("are all named \"small\"; give the scenarios different names to compare them"));
        Assert.That(Bad("compare", a, _temp.Combine("missing.json")).Err, Does.Contain("missing.json: file not found"));
    }
}
