using System.Diagnostics;
using System.Text;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Tests;

/// <summary>
/// Inputs a careful operator tried: numbers JSON does not have, encodings, devices and pipes, odd paths and names,
/// dates at the calendar's ends, sizes no run can finish. Each is refused with exit 2 and one line naming the file,
/// the place and what is allowed — or, for what is fine (non-Latin names), accepted.
/// </summary>
[TestFixture]
public sealed class HostileInputTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempFolder();

    [TearDown]
    public void TearDown() => temp.Dispose();

    private static string Small(string replace, string with) => Planner.SmallScenario.Replace(replace, with, StringComparison.Ordinal);

    [Test]
    public void A_leading_zero_is_refused_with_its_path_not_read_as_octal()
    {
        var file = temp.File("octal.json", Small("\"count\": 2", "\"count\": 010"));
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:6:42: $.staff.caseworkers[0].count: not valid JSON at line 6, column 42: 010 has a leading zero, which JSON does not allow (it is not read as octal either); write 10",
        }));
    }

    [TestCase("\"count\": 0x14", "$.staff.caseworkers[0].count", "hexadecimal")]
    [TestCase("\"count\": NaN", "$.staff.caseworkers[0].count", "NaN is not a JSON number")]
    [TestCase("\"count\": .5", "$.staff.caseworkers[0].count", "write 0.5, not .5")]
    [TestCase("\"count\": 2, }", "$.staff.caseworkers[0].count", "trailing comma")]
    [TestCase("count: 2", "$.staff.caseworkers[0]", "the key count is not in double quotes")]
    [TestCase("\"count\": 2 /* two */", "$.staff.caseworkers[0].count", "comments")]
    [TestCase("\"count\": 'two'", "$.staff.caseworkers[0].count", "single quotes")]
    public void What_is_not_JSON_is_an_error_with_line_column_and_path(string replacement, string path, string words)
    {
        var file = temp.File("bad.json", Small("\"count\": 2", replacement));
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.ErrLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrLines[0], Does.StartWith($"{file}:6:").And.Contain($": {path}: not valid JSON at line 6, column ").And.Contain(words));
    }

    [Test]
    public void A_Latin1_file_is_refused_with_the_place_of_the_first_bad_byte()
    {
        var file = temp.Combine("latin1.json");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes(Small("\"small\"", "\"Härryda\"")));
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:2:13: is not valid UTF-8 at line 2, column 13 (byte 0xE4); save the file as UTF-8 (a Latin-1 or Windows-1252 file gives this)",
        }));
    }

    [Test]
    public void A_byte_order_mark_is_accepted_and_UTF16_refused()
    {
        var withMark = temp.Combine("bom.json");
        File.WriteAllBytes(withMark, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Planner.SmallScenario)]);
        Assert.That(Planner.Cli("validate", withMark).Exit, Is.EqualTo(0));
        var utf16 = temp.Combine("utf16.json");
        File.WriteAllBytes(utf16, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Planner.SmallScenario)]);
        var result = Planner.Cli("validate", utf16);
        Assert.That((result.Exit, result.Err.Trim()), Is.EqualTo((2, $"{utf16}: is saved as UTF-16; save it as UTF-8")));
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void A_link_to_an_endless_device_is_refused_after_reading_at_most_the_bound(string device)
    {
        if (!File.Exists(device))
            Assert.Ignore($"{device} does not exist on this system");
        var link = temp.Combine("device.json");
        File.CreateSymbolicLink(link, device);
        var result = Planner.Cli("validate", link);
        Assert.That((result.Exit, result.Err.Trim()), Is.EqualTo((2,
            $"{link}: holds more than 4 MiB (is it a device such as /dev/zero?); a scenario file may be at most 4 MiB")));
    }

    [Test]
    public void A_file_above_the_bound_is_refused_from_its_size_without_being_read()
    {
        var file = temp.Combine("huge.json");
        using (var stream = File.Create(file))
            stream.SetLength(5L << 30); // sparse: five gigabytes that take no disk
        var result = Planner.Cli("experiment", file);
        Assert.That((result.Exit, result.Err.Trim()), Is.EqualTo((2, $"{file}: is 5 GiB; an experiment file may be at most 4 MiB")));
    }

    [Test]
    public void A_FIFO_is_refused_at_once_instead_of_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Ignore("FIFOs are made with mkfifo on Linux");
        var fifo = temp.Combine("pipe.json");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        var run = Task.Run(() => Planner.Cli("validate", fifo));
        Assert.That(run.Wait(TimeSpan.FromSeconds(30)), Is.True, "validate waited on the FIFO");
        Assert.That((run.Result.Exit, run.Result.Err.Trim()), Is.EqualTo((2, $"{fifo}: is a pipe or a socket, not a regular file; expected a scenario file saved on disk")));
    }

    [Test]
    public void A_NUL_in_an_experiment_scenario_path_names_the_entry()
    {
        var file = temp.File("nul.json", """{ "scenarios": ["a\u0000b.json"], "run": { "years": 0.5, "replications": 2 } }""");
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.ErrLines, Is.EqualTo(new[]
        {
            $"{file}:1:31: $.scenarios[0]: \"a\\u0000b.json\": the path holds a NUL character (\\0), which no file name can; expected the path of a scenario file",
        }));
    }

    [Test]
    public void An_error_inside_a_scenario_of_an_experiment_names_the_experiment_entry()
    {
        temp.File("good.json", Planner.SmallScenario);
        temp.File("broken.json", Small("\"count\": 2", "\"count\": -3"));
        var file = temp.File("exp.json", """{ "scenarios": ["good.json", "broken.json"], "run": { "years": 0.5, "replications": 2 } }""");
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.ErrLines, Has.Count.EqualTo(1));
        Assert.That(result.ErrLines[0], Does.StartWith(temp.Combine("broken.json") + ":6:43: $.staff.caseworkers[0].count: -3 is out of range")
            .And.EndWith($"(a scenario of {file} $.scenarios[1])"));
    }

    [Test]
    public void Validate_checks_an_experiment_file_with_its_scenarios_and_points()
    {
        temp.File("good.json", Planner.SmallScenario);
        var file = temp.File("exp.json", """
            { "scenarios": ["good.json"], "run": { "years": 0.5, "replications": 2 },
              "design": { "kind": "grid", "parameters": [ { "path": "staff.caseworkers[0].count", "values": [2, 3, 4] } ] } }
            """);
        var result = Planner.Cli("validate", file);
        Assert.That((result.Exit, result.Out.Trim()), Is.EqualTo((0, $"OK: {file} (experiment: 1 scenario(s), 3 design point(s))")));
    }

    [Test]
    public void A_non_Latin_name_is_accepted_and_names_its_folder()
    {
        Assert.That(ResultFolderName.From("日本語 ユニット"), Is.EqualTo("日本語-ユニット"));
        Assert.That(ResultFolderName.From("Härryda 2000"), Is.EqualTo("harryda-2000"));
        var file = temp.File("jp.json", Small("\"small\"", "\"日本語\""));
        Assert.That(Planner.Cli("validate", file).Exit, Is.EqualTo(0));
    }

    [Test]
    public void A_comparison_folder_name_stays_within_100_bytes_whatever_the_script()
    {
        var japanese = new string('語', 60);
        foreach (var names in new[] { new[] { japanese, "b" }, [japanese, japanese, japanese], ["a", new string('x', 300)], [new string('y', 300), "z"] })
        {
            var name = ComparisonPlan.Name(names);
            Assert.That(Encoding.UTF8.GetByteCount(name), Is.LessThanOrEqualTo(100), name);
            Assert.That(name, Does.StartWith("compare-"));
        }
        Assert.That(ComparisonPlan.Name(["base", "fas"]), Is.EqualTo("compare-base-vs-fas"));
    }

    [Test]
    public void A_targets_file_is_read_through_the_same_bounded_reader()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Ignore("FIFOs are made with mkfifo on Linux");
        var fifo = temp.Combine("targets.csv");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        var load = Task.Run(() => TargetFile.Load(fifo));
        Assert.That(load.Wait(TimeSpan.FromSeconds(30)), Is.True, "the targets reader waited on the FIFO");
        Assert.That(load.Result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { $"{fifo}: is a pipe or a socket, not a regular file; expected a targets file saved on disk" }));
    }

    [Test]
    public void A_name_too_long_for_the_result_folder_is_refused_when_validated()
    {
        var limit = FileNameLimit.Bytes(Directory.GetCurrentDirectory());
        var fits = new string('a', limit - ResultFolderName.AddedBytes);
        Assert.That(Planner.Cli("validate", temp.File("fits.json", Small("\"small\"", $"\"{fits}\""))).Exit, Is.EqualTo(0));
        var file = temp.File("long.json", Small("\"small\"", $"\"{fits}b\""));
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain($"$.name: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\" makes a result folder name of {fits.Length + 1} bytes; this file system allows {limit} bytes"));
        // Three bytes a letter: a Japanese name reaches the limit at a third of the letters.
        var japanese = temp.File("long-jp.json", Small("\"small\"", $"\"{new string('語', (limit - ResultFolderName.AddedBytes) / 3 + 1)}\""));
        Assert.That(Planner.Cli("validate", japanese).Exit, Is.EqualTo(2));
    }

    [TestCase("0001-01-01")]
    [TestCase("9999-12-31")]
    [TestCase("1899-12-31")]
    [TestCase("2201-01-01")]
    public void Dates_at_the_ends_of_the_calendar_are_refused_when_validated(string date)
    {
        var file = temp.File("date.json", Small("\"population\": 5000", $"\"startDate\": \"{date}\", \"population\": 5000"));
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain($"$.startDate: \"{date}\" is out of range; expected a date written yyyy-MM-dd, from 1900-01-01 to 2200-12-31"));
    }

    [Test]
    public void The_latest_start_date_with_the_longest_horizon_runs()
    {
        var file = temp.File("late.json", Small("\"population\": 5000", "\"startDate\": \"2200-12-31\", \"population\": 5000"));
        var result = Planner.Cli("run", file, "--years", "50", "--replications", "2", "--output", temp.Combine("out"), "--quiet");
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
    }

    [TestCase("0x1", "wrong type: \"0x1\" is text")]
    [TestCase("010", "wrong type: \"010\" is text")]
    [TestCase("1e-9", "1E-09 is out of range; expected a number from 0.08333333333333333 to 50 (years)")]
    [TestCase("0.05", "0.05 is out of range; expected a number from 0.08333333333333333 to 50 (years)")]
    public void Years_that_JSON_does_not_write_or_under_a_month_are_refused(string years, string message)
    {
        var file = temp.File("small.json", Planner.SmallScenario);
        var result = Planner.Cli("run", file, "--years", years, "--output", temp.Combine("out"), "--quiet");
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err.Trim(), Is.EqualTo($"{file}: $.run.years: {message} (set by --years)").Or.StartWith($"{file}: $.run.years: {message}"));
        Assert.That(Directory.Exists(temp.Combine("out")), Is.False);
    }

    [Test]
    public void More_posts_than_the_bound_are_refused()
    {
        var groups = string.Join(", ", Enumerable.Repeat("{ \"count\": 1000 }", 100));
        var file = temp.File("posts.json", Small("[ { \"count\": 2 } ]", $"[ {groups} ]"));
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("$.staff.caseworkers: the caseworker groups hold 100000 posts in total; expected at most 1000"));
        var tooMany = string.Join(", ", Enumerable.Repeat("{ \"count\": 1 }", 101));
        var many = Planner.Cli("validate", temp.File("groups.json", Small("[ { \"count\": 2 } ]", $"[ {tooMany} ]")));
        Assert.That(many.Err, Does.Contain("a list of 101 item(s) is not allowed; expected a list of 1 to 100 item(s)"));
    }

    [Test]
    public void Posts_added_by_changes_count_towards_the_bound_and_the_changes_list_is_bounded()
    {
        var file = temp.File("grow.json", Small("\"population\": 5000", "\"changes\": [ { \"month\": 1, \"posts\": [ { \"add\": 999 } ] } ], \"population\": 5000"));
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("the 2 posts at day 0 and the 999 posts the changes add come to 1001; expected at most 1000 in all"));
        var fits = temp.File("fits.json", Small("\"population\": 5000", "\"changes\": [ { \"month\": 1, \"posts\": [ { \"add\": 998 } ] } ], \"population\": 5000"));
        Assert.That(Planner.Cli("validate", fits).Err, Does.Not.Contain("posts the changes add"));
        var many = string.Join(", ", Enumerable.Range(0, 601).Select(m => $"{{ \"month\": {m % 12}, \"note\": \"n\" }}"));
        var tooMany = Planner.Cli("validate", temp.File("many.json", Small("\"population\": 5000", $"\"changes\": [ {many} ], \"population\": 5000")));
        Assert.That(tooMany.Exit, Is.EqualTo(2));
        Assert.That(tooMany.Err, Does.Contain("$.changes: a list of 601 item(s) is not allowed; expected a list of 0 to 600 item(s)"));
    }

    [Test]
    public void A_Sobol_design_at_its_largest_sample_is_refused_before_it_is_sampled()
    {
        temp.File("good.json", Planner.SmallScenario);
        var file = temp.File("sobol.json", """
            { "scenarios": ["good.json"], "run": { "years": 0.5, "replications": 2 },
              "design": { "kind": "sobol", "samples": 1000000 } }
            """);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = Planner.Cli("validate", file);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("$.design.samples: the design would have ").And.Contain("points; at most 100000 are allowed"));
        // Sampling a million base rows of the assumed parameters would take gigabytes; the check takes a few megabytes.
        Assert.That(allocated, Is.LessThan(500L << 20));
    }

    [Test]
    public void Nesting_deeper_than_the_bound_is_refused_without_overflowing_the_stack()
    {
        var file = temp.File("deep.json", new string('[', 100_000) + new string(']', 100_000));
        var result = Planner.Cli("validate", file);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("nesting deeper than 64 levels"));
    }
}
