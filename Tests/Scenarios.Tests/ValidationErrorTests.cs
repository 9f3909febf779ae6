namespace Planner.Scenarios.Tests;

/// <summary>
/// Every kind of bad input: exit code 2, a message naming file, JSON path, value and what is allowed,
/// and no result folder. Each scenario puts one field on its own line so positions are easy to read.
/// </summary>
public sealed class ValidationErrorTests
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

    private CliOutput RunBad(string file)
    {
        var result = Planner.Cli("run", file, "--output", _output, "--quiet");
        Assert.That(result.Exit, Is.EqualTo(2), result.Err);
        Assert.That(Directory.Exists(_output), Is.False, "nothing may be written when the input is bad");
        return result;
    }

    [Test]
    public void WrongTypeNamesPathValueAndExpectedNumber()
    {
        var file = _temp.File("wrong-type.json", "{\n\"staff\": {\n\"hoursPerWeek\": \"forty\"\n}\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:3:23: $.staff.hoursPerWeek: wrong type: \"forty\" is text; expected a number from 1 to 60 (h/week)",
        }));
    }

    [Test]
    public void NegativeStaffCountIsOutOfRange()
    {
        var file = _temp.File("negative.json", "{\n\"staff\": {\n\"caseworkers\": [\n{ \"count\": -3 }\n]\n}\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:4:13: $.staff.caseworkers[0].count: -3 is out of range; expected a whole number from 0 to 1000 (posts)",
        }));
    }

    [Test]
    public void OutOfRangeShareIsReportedWithItsUnit()
    {
        var file = _temp.File("range.json", "{\n\"exits\": {\n\"shareToWork\": 1.5\n}\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:3:18: $.exits.shareToWork: 1.5 is out of range; expected a number from 0 to 1 (share)",
        }));
    }

    [Test]
    public void UnknownFieldSuggestsTheClosestName()
    {
        var file = _temp.File("unknown.json", "{\n\"staff\": {\n\"caseworker\": []\n}\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:3:13: $.staff.caseworker: unknown field \"caseworker\"; did you mean \"caseworkers\"?",
        }));
    }

    [Test]
    public void UnknownFieldWithoutCloseMatchListsTheKnownOnes()
    {
        var file = _temp.File("unknown2.json", "{\n\"run\": {\n\"xyz\": 1\n}\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:3:6: $.run.xyz: unknown field \"xyz\"; known fields here: years, replications, seed",
        }));
    }

    [Test]
    public void WordOutsideTheAllowedValuesSuggestsOne()
    {
        var file = _temp.File("word.json", "{\n\"staff\": {\n\"caseworkers\": [\n{ \"contract\": \"permanant\" }\n]\n}\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:4:25: $.staff.caseworkers[0].contract: \"permanant\" is not allowed; expected one of \"permanent\", \"consultant\"; did you mean \"permanent\"?",
        }));
    }

    [Test]
    public void NullWhereNotAllowed()
    {
        var file = _temp.File("null.json", "{\n\"population\": null\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:2:18: $.population: null is not allowed; expected a whole number from 1 to 2147483647 (inhabitants)",
        }));
    }

    [Test]
    public void InvalidDate()
    {
        var file = _temp.File("date.json", "{\n\"startDate\": \"2027-02-30\"\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:2:25: $.startDate: \"2027-02-30\" is not a valid date; expected a date written yyyy-MM-dd, from 1900-01-01 to 2200-12-31",
        }));
    }

    [Test]
    public void MissingFile()
    {
        var file = _temp.Combine("does-not-exist.json");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[] { $"{file}: file not found" }));
    }

    [Test]
    public void MalformedJsonGivesLineAndColumn()
    {
        var file = _temp.File("malformed.json", "{\n\"name\": \"x\",\n\"staff\": { \"caseworkers\": [ }\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrLines[0], Is.EqualTo($"{file}:3:29: $.staff.caseworkers[0]: not valid JSON at line 3, column 29: '}}' where a value belongs"));
    }

    [Test]
    public void DuplicateKeyIsMalformed()
    {
        var file = _temp.File("duplicate.json", "{\n\"population\": 1000,\n\"population\": 2000\n}");
        var result = RunBad(file);
        Assert.That(result.Err, Does.Contain("duplicate.json:3:1: $.population: not valid JSON at line 3, column 1: the key \"population\" is given twice"));
    }

    [Test]
    public void CrossFieldRulesAreReported()
    {
        var file = _temp.File("rules.json",
            "{\n\"inflow\": {\n\"shareEnkel\": 0.7,\n\"shareTung\": 0.5\n},\n\"absence\": {\n\"longSpellMinMonths\": 8\n},\n\"staff\": {\n\"caseworkers\": [ { \"count\": 0 } ]\n}\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:3:17: $.inflow.shareEnkel: shareEnkel 0.7 + shareTung 0.5 = 1.2; the two may sum to at most 1 (medel takes the rest)",
            $"{file}:7:23: $.absence.longSpellMinMonths: longSpellMinMonths 8 is above longSpellMaxMonths 6; the shortest long spell may not exceed the longest",
            $"{file}:10:16: $.staff.caseworkers: the caseworker groups hold 0 posts in total; expected at least 1 caseworker post",
        }));
    }

    [Test]
    public void SeveralErrorsAreReportedAtOnceInFileOrder()
    {
        var file = _temp.File("many.json",
            "{\n\"run\": {\n\"replications\": 1\n},\n\"population\": \"many\",\n\"staff\": {\n\"hoursPerWeek\": 99\n},\n\"inflw\": {}\n}");
        var result = RunBad(file);
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:3:17: $.run.replications: 1 is out of range; expected a whole number from 2 to 100000 (replications)",
            $"{file}:5:20: $.population: wrong type: \"many\" is text; expected a whole number from 1 to 2147483647 (inhabitants)",
            $"{file}:7:18: $.staff.hoursPerWeek: 99 is out of range; expected a number from 1 to 60 (h/week)",
            $"{file}:9:8: $.inflw: unknown field \"inflw\"; did you mean \"inflow\"?",
        }));
    }

    [Test]
    public void ErrorsInEveryFileAreReportedBeforeAnythingRuns()
    {
        var good = _temp.File("good.json", Planner.SmallScenario);
        var bad = _temp.File("bad.json", "{ \"population\": -1 }");
        Assert.That(RunBad(bad).Err, Does.Contain("$.population: -1 is out of range"));
        var both = Planner.Cli("run", good, bad, "--output", _output, "--quiet");
        Assert.That(both.Exit, Is.EqualTo(2));
        Assert.That(Directory.Exists(_output), Is.False, "the good file must not run when another file is bad");
    }

    [Test]
    public void OptionValuesAreCheckedLikeFileValuesAndNamed()
    {
        var file = _temp.File("small.json", Planner.SmallScenario);
        var result = Planner.Cli("run", file, "--replications", "1", "--years", "0", "--output", _output, "--quiet");
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}: $.run.years: 0 is out of range; expected a number from 0.08333333333333333 to 50 (years) (set by --years)",
            $"{file}: $.run.replications: 1 is out of range; expected a whole number from 2 to 100000 (replications) (set by --replications)",
        }));
        Assert.That(Directory.Exists(_output), Is.False);
    }

    [Test]
    public void UnknownOptionIsExitTwoWithASuggestion()
    {
        var result = Planner.Cli("run", "--replicatons", "3", "--output", _output);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("Unknown option '--replicatons'. Did you mean '--replications'?"));
        Assert.That(result.Err, Does.Contain("Run 'planner run --help' for usage."));
        Assert.That(Directory.Exists(_output), Is.False);
    }

    [Test]
    public void ValidatePrintsOkOrEveryError()
    {
        var good = _temp.File("good.json", Planner.SmallScenario);
        var bad = _temp.File("bad.json", "{\n\"population\": 0,\n\"initialHouseholds\": -1\n}");
        var result = Planner.Cli("validate", good, bad);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.OutLines, Is.EqualTo(new[] { $"OK: {good}" }));
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{bad}:2:15: $.population: 0 is out of range; expected a whole number from 1 to 2147483647 (inhabitants)",
            $"{bad}:3:23: $.initialHouseholds: -1 is out of range; expected a whole number from 0 to 100000 (households)",
        }));
        Assert.That(Planner.Cli("validate", good).Exit, Is.EqualTo(0));
    }
}
