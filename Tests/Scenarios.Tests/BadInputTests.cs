namespace Planner.Scenarios.Tests;

/// <summary>
/// Bad input to any command — an option value, a missing or malformed file, an unknown design, a shard that
/// does not exist, a store that is not one — is exit code 2 with a message naming what is wrong, and nothing
/// is written: the folder the command was run in holds exactly what it held before.
/// </summary>
public sealed class BadInputTests
{
    private static readonly string[] EngineCommands = ["run", "compare", "experiment", "sensitivity"];

    /// <summary>Arguments with {placeholders} for files the test sets up, and a part of the message expected on stderr.</summary>
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string expected, params string[] args) => new TestCaseData(args, expected).SetName($"{args[0]}: {string.Join(' ', args.Skip(1))}");

        yield return Case("$.run.replications: wrong type: \"abc\" is text; expected a whole number from 2 to 100000 (replications) (set by --replications)", "run", "{good}", "--replications", "abc");
        yield return Case("error: --threads 0 is not allowed; expected a whole number, 1 or more (default: one per processor)", "run", "{good}", "--threads", "0");
        yield return Case("error: --threads many is not allowed; expected a whole number, 1 or more", "run", "{good}", "--threads", "many");
        yield return Case("missing.json: file not found", "run", "{missing}");
        yield return Case("malformed.json:3:1: $: not valid JSON at line 3, column 1: the file ends inside an object", "run", "{malformed}");
        // The list of designs follows their declared order; what matters for a typo is the design it points to.
        yield return Case("\"; did you mean \"fas\"?", "run", "{unknown}");
        yield return Case("$.exits.overloadPenalty: 1 is out of range; expected a number from 0 to 0.9", "run", "{overload}");
        yield return Case("error: --shard 4/3: shard 4 does not exist; expected a shard from 1 to 3 (k/n with 1 ≤ k ≤ n)", "run", "{good}", "--shard", "4/3");
        yield return Case("error: --precision 1.5 is not allowed; expected a fraction of the mean above 0 and below 1", "run", "{good}", "--precision", "1.5");
        yield return Case("error: --max-replications 2 is below the 3 replications of the first batch", "run", "{good}", "--precision", "0.05", "--max-replications", "2");
        yield return Case("error: --precision-metric needs --precision FRACTION", "run", "{good}", "--precision-metric", "strain_index");
        yield return Case("error: --precision-metric \"total_cost\" is not a metric; did you mean", "run", "{good}", "--precision", "0.05", "--precision-metric", "total_cost");
        yield return Case("not-a-store.db: not a Planner result store", "run", "{good}", "--store", "{not-a-store}");
        yield return Case("folder: is a folder; expected a store file", "run", "{good}", "--store", "{folder}");
        yield return Case("file.txt: is a file; expected a folder", "run", "{good}", "--output", "{file}");

        yield return Case("error: planner compare: expected 2 or more FILE, got 1. FILE: Two or more scenario files", "compare", "{good}");
        yield return Case("are all named \"small\"; give the scenarios different names to compare them", "compare", "{good}", "{good}");
        yield return Case("missing.json: file not found", "compare", "{good}", "{missing}");
        yield return Case("malformed.json:3:1: $: not valid JSON at line 3, column 1: the file ends inside an object", "compare", "{good}", "{malformed}");
        yield return Case("$.designs.fass: unknown design \"fass\"", "compare", "{good}", "{unknown}");
        yield return Case("error: --shard 4/3: shard 4 does not exist", "compare", "{good}", "{other}", "--shard", "4/3");
        yield return Case("error: --threads -2 is not allowed", "compare", "{good}", "{other}", "--threads", "-2");
        yield return Case("$.run.years: 0 is out of range; expected a number from 0.08333333333333333 to 50 (years) (set by --years)", "compare", "{good}", "{other}", "--years", "0");
        yield return Case("not-a-store.db: not a Planner result store", "compare", "{good}", "{other}", "--store", "{not-a-store}");

        yield return Case("missing.json: file not found", "experiment", "{missing}");
        yield return Case("malformed.json:3:1: $: not valid JSON at line 3, column 1: the file ends inside an object", "experiment", "{malformed}");
        yield return Case("error: --shard 0/3: shard 0 does not exist", "experiment", "{experiment}", "--shard", "0/3");
        yield return Case("error: planner experiment takes one FILE; ", "experiment", "{experiment}", "{good}");

        yield return Case("$.design.kind: \"sobolx\" is not allowed; expected one of", "sensitivity", "{good}", "--method", "sobolx");
        yield return Case("malformed.json:3:1: $: not valid JSON at line 3, column 1: the file ends inside an object", "sensitivity", "{malformed}");
        yield return Case("error: Unrecognized command or argument '--precision'", "sensitivity", "{good}", "--precision", "0.05");

        yield return Case("malformed.json:3:1: $: not valid JSON at line 3, column 1: the file ends inside an object", "validate", "{malformed}");
        yield return Case("error: planner validate: expected 1 or more FILE, got 0", "validate");
        yield return Case("missing.db: store not found", "export", "--store", "{missing-store}");
        yield return Case("not-a-store.db: not a Planner result store", "export", "--store", "{not-a-store}");
        yield return Case("missing.db: store not found", "merge", "{missing-store}", "--store", "{merged}");
        yield return Case("not-a-store.db: not a Planner result store", "merge", "{not-a-store}", "--store", "{merged}");
    }

    [TestCaseSource(nameof(Cases))]
    public void BadInputIsExitTwoWithAPreciseMessageAndWritesNothing(string[] args, string expected)
    {
        using var temp = new TempFolder();
        var files = new Dictionary<string, string>
        {
            ["{good}"] = temp.File("good.json", Planner.SmallScenario),
            ["{other}"] = temp.File("other.json", Planner.SmallScenario.Replace("\"small\"", "\"other\"", StringComparison.Ordinal)),
            ["{malformed}"] = temp.File("malformed.json", "{\n  \"name\": \"broken\",\n"),
            ["{unknown}"] = temp.File("unknown.json", "{ \"name\": \"u\", \"designs\": { \"fass\": {} } }"),
            ["{overload}"] = temp.File("overload.json", "{ \"name\": \"o\", \"exits\": { \"overloadPenalty\": 1 } }"),
            ["{not-a-store}"] = temp.File("not-a-store.db", "not a database"),
            ["{file}"] = temp.File("file.txt", "a file where a folder belongs"),
            ["{experiment}"] = temp.File("experiment.json", """{ "scenarios": ["good.json"], "run": { "years": 0.5, "replications": 2 } }"""),
            ["{folder}"] = Directory.CreateDirectory(temp.Combine("folder")).FullName,
            ["{missing}"] = temp.Combine("missing.json"),
            ["{missing-store}"] = temp.Combine("missing.db"),
            ["{merged}"] = temp.Combine("merged.db"),
        };
        var given = args.Select(a => files.GetValueOrDefault(a, a)).ToList();
        // Where the command would write if it went ahead: inside the test's folder, so the check below sees it.
        if (EngineCommands.Contains(args[0]) || args[0] == "export")
        {
            if (!given.Contains("--output"))
                given.AddRange(["--output", temp.Combine("out")]);
            if (!given.Contains("--store") && args[0] != "export")
                given.AddRange(["--store", temp.Combine("store.db")]);
        }
        var before = Snapshot(temp.Path);

        var result = Planner.Cli([.. given]);

        Assert.That(result.Exit, Is.EqualTo(2), result.Out + result.Err);
        Assert.That(result.Err, Does.Contain(expected));
        Assert.That(result.Out, Is.Empty, "nothing but the error is printed");
        Assert.That(Snapshot(temp.Path), Is.EqualTo(before), "nothing created or changed");
    }

    /// <summary>Every file and folder under a folder with its content, to compare before and after.</summary>
    private static IReadOnlyDictionary<string, string> Snapshot(string root) =>
        Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetRelativePath(root, p), p => File.Exists(p) ? Convert.ToBase64String(File.ReadAllBytes(p)) : "<folder>");
}
