using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Planner.Scenarios.Tests;

/// <summary>
/// A generated suite of malformed and hostile inputs (deterministic seed): mutated library scenario and experiment
/// files (bytes, tokens, structure, encodings, values), experiment files with hostile paths and design sizes, special
/// files (devices, pipes, folders, huge and empty files), hostile command-line values and damaged stores. Every case
/// must end within its time bound with exit 0 or 2 (the store cases also 1 for a machine failure is not expected: 0
/// or 2), print no stack trace, and put each error on one line. The counts are printed (see the notes).
/// </summary>
[TestFixture]
public sealed partial class HostileInputFuzzTests
{
    // Fixed, so CI sees the same cases every time; PLANNER_FUZZ_SEED explores others on a developer's machine.
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("PLANNER_FUZZ_SEED"), out var seed) ? seed : 20261201;
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(30);

    private TempFolder temp = null!;
    private Random random = null!;
    private string[] scenarios = [];
    private string[] experiments = [];
    private string small = "";

    [OneTimeSetUp]
    public void SetUp()
    {
        temp = new TempFolder();
        random = new Random(Seed);
        var library = Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library");
        scenarios = Directory.GetFiles(library, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        experiments = Directory.GetFiles(Path.Combine(library, "experiments"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        small = temp.File("small.json", Planner.SmallScenario);
        // The scenarios experiments name, beside them under the names they use.
        Directory.CreateDirectory(temp.Combine("experiments"));
        foreach (var file in Directory.GetFiles(library, "*.json"))
            File.Copy(file, temp.Combine(Path.GetFileName(file)), overwrite: true);
    }

    [OneTimeTearDown]
    public void TearDown() => temp.Dispose();

    private sealed record Case(string Kind, string Description, string[] Args, int[] Allowed);

    private sealed class Tally
    {
        public int Cases, Ok, Refused, Other;
    }

    [Test]
    public void Hostile_inputs_end_in_time_with_exit_0_or_2_one_line_messages_and_no_stack_trace()
    {
        var cases = new List<Case>();
        cases.AddRange(Repeat(700, ByteMutation));
        cases.AddRange(Repeat(600, TokenMutation));
        cases.AddRange(Repeat(300, StructureMutation));
        cases.AddRange(Repeat(200, EncodingMutation));
        cases.AddRange(Repeat(500, ValueMutation));
        cases.AddRange(Repeat(250, ExperimentMutation));
        cases.AddRange(SpecialFiles());
        cases.AddRange(Options());
        cases.AddRange(DamagedStores(60));

        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var c in cases)
        {
            var tally = tallies.TryGetValue(c.Kind, out var t) ? t : tallies[c.Kind] = new Tally();
            tally.Cases++;
            var run = Task.Run(() => Planner.Cli(c.Args));
            if (!run.Wait(PerCase))
            {
                failures.Add($"HANG ({PerCase.TotalSeconds} s) {c.Kind}: {c.Description}");
                tally.Other++;
                continue;
            }
            if (run.IsFaulted)
            {
                failures.Add($"THREW {c.Kind}: {c.Description}: {run.Exception!.InnerException!.GetType().Name}");
                tally.Other++;
                continue;
            }
            var result = run.Result;
            if (result.Exit == 0)
                tally.Ok++;
            else if (result.Exit == 2)
                tally.Refused++;
            else
                tally.Other++;
            var text = result.Out + result.Err;
            if (!c.Allowed.Contains(result.Exit))
                failures.Add($"EXIT {result.Exit} {c.Kind}: {c.Description}: {First(result.Err)}");
            else if (StackTrace().IsMatch(text) || text.Contains("Unhandled exception", StringComparison.Ordinal) || text.Contains("failed unexpectedly", StringComparison.Ordinal))
                failures.Add($"STACK TRACE {c.Kind}: {c.Description}: {First(text)}");
            else if (result.Exit == 2 && result.ErrLines.Count == 0)
                failures.Add($"SILENT {c.Kind}: {c.Description}");
        }

        TestContext.Out.WriteLine($"hostile inputs (seed {Seed}): {cases.Count} cases in {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var (kind, t) in tallies)
            TestContext.Out.WriteLine($"  {kind,-12} {t.Cases,5} cases: {t.Ok,5} accepted (0), {t.Refused,5} refused (2), {t.Other} other");
        TestContext.Out.WriteLine($"  failures: {failures.Count} (stack traces, hangs, other exit codes, silent refusals)");
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
        // The generator must really produce both: inputs that pass and inputs that are refused.
        Assert.That(tallies.Values.Sum(t => t.Ok), Is.GreaterThan(50));
        Assert.That(tallies.Values.Sum(t => t.Refused), Is.GreaterThan(cases.Count / 2));
    }

    [GeneratedRegex(@"^\s+at \S+\(|--- End of|Exception: ", RegexOptions.Multiline)]
    private static partial Regex StackTrace();

    private static string First(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";

    private IEnumerable<Case> Repeat(int count, Func<int, Case> make)
    {
        for (var i = 0; i < count; i++)
            yield return make(i);
    }

    private string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private string SeedText() => random.Next(4) == 0 ? Pick(experiments) : Pick(scenarios);

    private Case Validate(string kind, string description, byte[] bytes)
    {
        // Beside the library's scenarios' copies, as the library's experiments expect ("../baseline.json").
        var file = temp.Combine("experiments", $"{kind}-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, bytes);
        return new Case(kind, description, ["validate", file], [0, 2]);
    }

    private Case Validate(string kind, string description, string text) => Validate(kind, description, Encoding.UTF8.GetBytes(text));

    private Case ByteMutation(int i)
    {
        var bytes = Encoding.UTF8.GetBytes(SeedText()).ToList();
        var what = random.Next(5);
        var at = random.Next(bytes.Count);
        switch (what)
        {
            case 0:
                for (var k = 0; k < 1 + random.Next(3); k++)
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            case 1:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(20)));
                break;
            case 2:
                bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(4)).Select(_ => (byte)random.Next(256)));
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                var length = Math.Min(bytes.Count - at, 1 + random.Next(60));
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                break;
        }
        return Validate("bytes", $"byte mutation {what} at {at}", bytes.ToArray());
    }

    private static readonly string[] HostileTokens =
    [
        "010", "0020", "0x14", "0X1F", "-0", "-", "+5", ".5", "5.", "1e", "1e+", "1e999", "-1e999", "NaN", "-NaN", "Infinity", "-Infinity",
        "99999999999999999999999999", "-99999999999999999999", "1.7976931348623157e309", "4.9e-325", "0.000000000000000000001", "1_000",
        "1,5", "١٢", "１２", "true", "false", "null", "nul", "undefined", "'x'", "\"\"", "\"010\"", "[]", "{}", "[1,]", "{\"a\":1,}", "\"\\u0000\"",
        "\"\\ud800\"", "\"\\x41\"", "\"\t\"", "\"日本語\"", "\"" + new string('x', 5000) + "\"", "2027-13-01", "\"0001-01-01\"", "\"9999-12-31\"",
        "\"2027-02-29\"", "\"27-01-01\"", "// c", "/* c */", "#", "\u00A0", "\uFEFF", "\u0000",
    ];

    [GeneratedRegex("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|\"(?:[^\"\\\\]|\\\\.)*\"|true|false|null")]
    private static partial Regex Token();

    private Case TokenMutation(int i)
    {
        var text = SeedText();
        var tokens = Token().Matches(text);
        var token = tokens[random.Next(tokens.Count)];
        var replacement = Pick(HostileTokens);
        return Validate("tokens", $"token {token.Value[..Math.Min(20, token.Value.Length)]} at {token.Index} → {replacement[..Math.Min(20, replacement.Length)]}",
            text[..token.Index] + replacement + text[(token.Index + token.Length)..]);
    }

    private static readonly string[] Inserts =
    [
        ",", ",,", "}", "]", "{", "[", ":", "\"x\":", "\"unknown\": 1,", "unquoted: 1,", "'single': 1,", "// comment\n", "/* c */", "# c\n",
        "\"name\": \"again\",", new string('[', 200), new string('{', 70), "\n\n\n", "\r", "\t", "\u2028", "\0",
    ];

    private Case StructureMutation(int i)
    {
        var text = SeedText();
        var places = Enumerable.Range(0, text.Length).Where(k => text[k] is '{' or '}' or '[' or ']' or ',' or ':' or '\n').ToList();
        var at = places[random.Next(places.Count)] + random.Next(2);
        var insert = Pick(Inserts);
        var mutated = random.Next(5) == 0 ? $"[{text}]" : text[..at] + insert + text[at..];
        return Validate("structure", $"insert {insert[..Math.Min(12, insert.Length)].ReplaceLineEndings("\\n")} at {at}", mutated);
    }

    private Case EncodingMutation(int i)
    {
        var text = SeedText().Replace("\"name\": \"", "\"name\": \"Härryda ", StringComparison.Ordinal);
        var what = random.Next(6);
        byte[] bytes = what switch
        {
            0 => Encoding.Latin1.GetBytes(text),
            1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            2 => Encoding.BigEndianUnicode.GetBytes(text),
            3 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            4 => Encoding.UTF32.GetBytes(text),
            _ => InsertInvalid(Encoding.UTF8.GetBytes(text)),
        };
        return Validate("encoding", $"encoding {what}", bytes);
    }

    private byte[] InsertInvalid(byte[] bytes)
    {
        byte[][] sequences = [[0xC3, 0x28], [0xA0], [0xE2, 0x82], [0xF5, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0x00]];
        var at = random.Next(bytes.Length);
        return [.. bytes[..at], .. sequences[random.Next(sequences.Length)], .. bytes[at..]];
    }

    private static readonly Func<Random, JToken>[] HostileValues =
    [
        _ => new JValue(-1), _ => new JValue(0), _ => new JValue(1e308), _ => new JValue(-1e308), _ => new JValue(1e-300), _ => new JValue(0.5),
        _ => new JValue(long.MaxValue), _ => new JValue(ulong.MaxValue), _ => new JValue(2_000_000_000), _ => new JValue(1000), _ => new JValue(100_000),
        _ => new JValue("text"), _ => new JValue(""), _ => new JValue("a\0b"), _ => new JValue(new string('ß', 400)), _ => new JValue("日本語 ユニット"),
        _ => new JValue(true), _ => JValue.CreateNull(), _ => new JArray(), _ => new JObject(), _ => new JArray(1, 2, 3),
        _ => new JValue("0001-01-01"), _ => new JValue("9999-12-31"), _ => new JValue("2200-12-31"), _ => new JValue("1899-12-31"),
        r => new JValue(r.NextDouble() * 2000 - 1000), r => new JValue(r.Next(-5, 5000)),
        _ => new JArray(Enumerable.Repeat(new JObject { ["count"] = 1000 }, 100)), _ => new JArray(Enumerable.Repeat(new JObject { ["count"] = 1 }, 101)),
        _ => new JArray(Enumerable.Range(0, 1201).Select(m => new JObject { ["month"] = m, ["multiplier"] = 1 })),
        _ => new JArray(new JObject { ["month"] = 1, ["posts"] = new JArray(new JObject { ["add"] = 1000 }) }),
        _ => new JArray(Enumerable.Range(0, 601).Select(m => new JObject { ["month"] = m % 100 })),
        _ => new JArray(new JObject { ["date"] = "9999-12-31", ["posts"] = new JArray(Enumerable.Repeat(new JObject { ["remove"] = 1000 }, 21)) }),
    ];

    private Case ValueMutation(int i)
    {
        var root = JObject.Parse(Pick(scenarios));
        var leaves = root.Descendants().Where(t => t is JValue || t is JArray).ToList();
        var target = leaves[random.Next(leaves.Count)];
        var value = HostileValues[random.Next(HostileValues.Length)](random);
        var path = target.Path;
        target.Replace(value);
        // Accepted files must stay cheap to check: the run block is never made huge here (sizes have their own cases).
        return Validate("values", $"{path} = {value.ToString(Newtonsoft.Json.Formatting.None)[..Math.Min(30, value.ToString(Newtonsoft.Json.Formatting.None).Length)]}", root.ToString());
    }

    private static readonly string[] HostilePaths =
    [
        "", " ", "a\u0000b.json", "../../../../../../etc/passwd", "/dev/zero", "/dev/null", "/dev/urandom", ".", "..", "/", "missing.json",
        new string('d', 300) + ".json", string.Join('/', Enumerable.Repeat("x", 2000)), "line\nbreak.json", "baseline.json", "small.json",
        "experiments", "../baseline.json", "../small.json", "../fas-malmo.json", "C:\\windows\\path.json", "file:///etc/passwd", "~/baseline.json", "*.json", "日本語.json", "loop.json", "pipe.json",
    ];

    private static readonly string[] HostileDesigns =
    [
        "{ \"kind\": \"sobol\", \"samples\": 1000000 }",
        "{ \"kind\": \"sobol\", \"samples\": 20000, \"parameters\": [] }",
        "{ \"kind\": \"morris\", \"trajectories\": 10000, \"levels\": 4 }",
        "{ \"kind\": \"morris\", \"levels\": 5 }",
        "{ \"kind\": \"latinHypercube\", \"points\": 100000, \"parameters\": [ { \"path\": \"strain.overloadSensitivity\", \"min\": 0.5, \"max\": 2 } ] }",
        "{ \"kind\": \"grid\", \"parameters\": [ { \"path\": \"staff.caseworkers[0].count\", \"values\": [" + string.Join(",", Enumerable.Range(1, 10000)) + "] }, { \"path\": \"strain.overloadSensitivity\", \"values\": [" + string.Join(",", Enumerable.Range(1, 100).Select(v => v / 100.0)) + "] } ] }",
        "{ \"kind\": \"grid\", \"parameters\": [ { \"path\": \"staff.caseworkers[99999].count\", \"values\": [1] } ] }",
        "{ \"kind\": \"grid\", \"parameters\": [ { \"path\": \"staff.caseworkers[-1].count\", \"values\": [1] } ] }",
        "{ \"kind\": \"grid\", \"parameters\": [ { \"path\": \"\", \"values\": [1] } ] }",
        "{ \"kind\": \"grid\", \"parameters\": [ { \"path\": \"a.b.c.d.e.f.g\", \"values\": [1] } ] }",
        "{ \"kind\": \"grid\", \"parameters\": [ { \"path\": \"name\", \"values\": [1] } ] }",
        "{ \"kind\": \"grid\", \"parameters\": [ { \"path\": \"staff.caseworkers[0].count\", \"values\": [1e308, -1] } ] }",
        "{ \"kind\": \"latinHypercube\", \"points\": 3, \"parameters\": [ { \"path\": \"strain.overloadSensitivity\", \"min\": 2, \"max\": 1 } ] }",
        "{ \"kind\": \"latinHypercube\", \"points\": 3, \"parameters\": [ { \"path\": \"strain.overloadSensitivity\", \"min\": 0.5, \"max\": 2 } ] }",
        "{ \"kind\": \"none\" }", "{ \"kind\": \"unknown\" }", "{ \"kind\": null }", "[]", "\"grid\"",
    ];

    /// <summary>A valid small experiment with one or two of its parts made hostile: scenario paths, design, run block, name.</summary>
    private Case ExperimentMutation(int i)
    {
        var paths = new List<string> { "../small.json" };
        var design = "{ \"kind\": \"none\" }";
        var (years, replications, name) = ("0.5", "2", "fuzz");
        var changed = new List<string>();
        foreach (var aspect in Enumerable.Range(0, 1 + random.Next(2)).Select(_ => random.Next(5)))
        {
            switch (aspect)
            {
                case 0:
                    paths = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(HostilePaths)).ToList();
                    changed.Add("scenarios " + string.Join(" | ", paths.Select(p => p[..Math.Min(p.Length, 20)].ReplaceLineEndings("\\n"))));
                    break;
                case 1:
                    design = Pick(HostileDesigns);
                    changed.Add("design " + design[..Math.Min(40, design.Length)]);
                    break;
                case 2:
                    years = Pick(["0.5", "1e-9", "50", "0", "010", "-1", "\"1\""]);
                    changed.Add("years " + years);
                    break;
                case 3:
                    replications = Pick(["3", "1", "0", "100000", "-1", "\"2\"", "2.5"]);
                    changed.Add("replications " + replications);
                    break;
                default:
                    name = Pick(["", "日本", new string('e', 250), "--", "a\\u0000", "ok-name"]);
                    changed.Add("name " + name[..Math.Min(20, name.Length)]);
                    break;
            }
        }
        var text = $"{{ \"name\": \"{name}\", \"scenarios\": {new JArray(paths.Cast<object>().ToArray()).ToString(Newtonsoft.Json.Formatting.None)}, "
                   + $"\"run\": {{ \"years\": {years}, \"replications\": {replications} }}, \"design\": {design} }}";
        return Validate("experiment", string.Join("; ", changed), text);
    }

    private IEnumerable<Case> SpecialFiles()
    {
        Case File(string description, string path) => new("special", description, ["validate", path], [2]);
        yield return File("empty", temp.File("empty.json", ""));
        yield return File("white space", temp.File("space.json", " \n\t\r\n "));
        yield return File("byte-order mark only", WriteBytes("bom.json", [0xEF, 0xBB, 0xBF]));
        yield return File("null", temp.File("null.json", "null"));
        yield return File("list", temp.File("list.json", "[]"));
        yield return File("number", temp.File("number.json", "1"));
        yield return File("text", temp.File("text.json", "\"x\""));
        yield return File("deep lists", temp.File("deep.json", new string('[', 100_000) + new string(']', 100_000)));
        yield return File("deep objects", temp.File("deep-objects.json", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)));
        yield return File("folder", temp.Path);
        yield return File("missing", temp.Combine("missing.json"));
        yield return File("NUL in the path", temp.Combine("a\0b.json"));
        yield return File("too long a path", temp.Combine(string.Join('/', Enumerable.Repeat("y", 3000))));
        yield return File("too long a name", temp.Combine(new string('n', 300) + ".json"));
        var big = temp.Combine("big.json");
        using (var stream = System.IO.File.Create(big))
            stream.SetLength(6L << 30);
        yield return File("6 GiB sparse file", big);
        foreach (var device in new[] { "/dev/zero", "/dev/urandom", "/dev/null" })
        {
            var link = temp.Combine($"link-{Path.GetFileName(device)}.json");
            System.IO.File.CreateSymbolicLink(link, device);
            yield return File($"link to {device}", link);
        }
        var loop = temp.Combine("loop.json");
        System.IO.File.CreateSymbolicLink(loop, loop);
        yield return File("link to itself", loop);
        var dangling = temp.Combine("dangling.json");
        System.IO.File.CreateSymbolicLink(dangling, temp.Combine("nowhere.json"));
        yield return File("dangling link", dangling);
        if (OperatingSystem.IsLinux())
        {
            var fifo = temp.Combine("pipe.json");
            using (var mkfifo = Process.Start("mkfifo", [fifo]))
                mkfifo.WaitForExit();
            yield return File("FIFO", fifo);
            yield return new Case("special", "FIFO as the store", ["run", small, "--store", fifo, "--output", temp.Combine("fifo-out"), "--quiet"], [2]);
            yield return new Case("special", "FIFO as an experiment", ["experiment", fifo, "--quiet"], [2]);
        }
        yield return new Case("special", "/dev/null as the store", ["run", small, "--store", "/dev/null", "--output", temp.Combine("null-out"), "--quiet"], [2]);
        yield return new Case("special", "a folder as the store", ["export", "--store", temp.Path], [2]);
        yield return new Case("special", "a scenario file as the store", ["export", "--store", small, "--output", temp.Combine("x")], [2]);
        yield return new Case("special", "NUL in the store path", ["run", small, "--store", "a\0b.db", "--quiet"], [2]);
        yield return new Case("special", "empty store path", ["run", small, "--store", "", "--quiet"], [2]);
        yield return new Case("special", "NUL in the output path", ["run", small, "--output", "o\0ut", "--quiet"], [2]);
        yield return new Case("special", "empty output path", ["run", small, "--output", "", "--quiet"], [2]);
        yield return new Case("special", "/dev/null as the output", ["run", small, "--output", "/dev/null", "--quiet"], [2]);
        yield return new Case("special", "merge of a FIFO-less missing shard", ["merge", temp.Combine("none.db"), "--store", temp.Combine("merged.db")], [2]);
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var file = temp.Combine(name);
        System.IO.File.WriteAllBytes(file, bytes);
        return file;
    }

    private static readonly string[] OptionValues =
        ["0x1", "010", "1e-9", "-1", "NaN", "Infinity", "1e309", "", " ", "١", "１", "99999999999999999999", "--", "5 years", "0.1", "1", "2", "\0", "1/3", "3/3", "0/2", "2/1"];

    private IEnumerable<Case> Options()
    {
        var output = temp.Combine("options-out");
        foreach (var option in new[] { "--years", "--replications", "--seed", "--threads", "--shard", "--precision", "--max-replications" })
        {
            foreach (var value in OptionValues)
            {
                // Only values that are cheap if accepted: a year at most, at most a few replications.
                if (option == "--years" && value is "1" or "2")
                    continue;
                string[] args = option == "--max-replications"
                    ? ["run", small, "--precision", "0.5", option, value, "--years", "0.1", "--output", output, "--quiet"]
                    : ["run", small, option, value, "--years", option == "--years" ? value : "0.1", "--output", output, "--store", temp.Combine($"opt-{Guid.NewGuid():N}.db"), "--quiet"];
                yield return new Case("options", $"{option} {value}", args, [0, 2]);
            }
        }
    }

    private IEnumerable<Case> DamagedStores(int count)
    {
        var clean = temp.Combine("clean.db");
        Assert.That(Planner.Cli("run", small, "--store", clean, "--output", temp.Combine("clean-out"), "--quiet").Exit, Is.EqualTo(0));
        var bytes = System.IO.File.ReadAllBytes(clean);
        for (var i = 0; i < count; i++)
        {
            var damaged = (byte[])bytes.Clone();
            var what = i % 4;
            var page = random.Next(damaged.Length / 4096);
            switch (what)
            {
                case 0:
                    var at = random.Next(100, damaged.Length);
                    damaged[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    Array.Clear(damaged, page * 4096, 4096);
                    break;
                case 2:
                    random.NextBytes(damaged.AsSpan(page * 4096, 4096));
                    break;
                default:
                    for (var k = 0; k < 50; k++)
                        damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
                    break;
            }
            var store = WriteBytes($"damaged-{i}.db", damaged);
            var description = $"damage {what} (page {page})";
            yield return new Case("store", description + ": export", ["export", "--store", store, "--output", temp.Combine($"damaged-export-{i}")], [0, 2]);
            yield return new Case("store", description + ": run", ["run", small, "--store", store, "--output", temp.Combine($"damaged-out-{i}"), "--quiet"], [0, 2]);
        }
    }
}
