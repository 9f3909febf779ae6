using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Planner.Scenarios.Cli;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Tests;

/// <summary>
/// What happens to a store when the machine misbehaves: a flipped bit, a read-only mount, a full disk, two writers at
/// once, a write killed half-way. Every case ends in a clear message with exit 0, 1 (the machine) or 2 (the input),
/// and no replication is lost, doubled or averaged in damaged.
/// </summary>
[TestFixture]
public sealed class StoreFaultTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempFolder();

    [TearDown]
    public void TearDown() => temp.Dispose();

    private const string Cost = "total_cost_sek_per_year";

    private string Scenario() => temp.File("small.json", Planner.SmallScenario);

    /// <summary>Every stored metric value, by replication and key.</summary>
    private static Dictionary<(long, string), double> Metrics(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT replication, metric, value FROM metrics WHERE value IS NOT NULL";
        using var reader = command.ExecuteReader();
        var values = new Dictionary<(long, string), double>();
        while (reader.Read())
            values[(reader.GetInt64(0), reader.GetString(1))] = reader.GetDouble(2);
        return values;
    }

    private static long Count(string store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Test]
    public void A_flipped_bit_in_a_stored_cost_is_detected_and_the_replication_is_run_again()
    {
        var scenario = Scenario();
        var store = temp.Combine("planner.db");
        Assert.That(Planner.Cli("run", scenario, "--store", store, "--output", temp.Combine("first"), "--quiet").Exit, Is.EqualTo(0));
        var before = Metrics(store);
        var original = before[(2, Cost)];

        // The lowest bit of a stored double, in the file itself: SQLite's own checks cannot see it. The bytes may also
        // stand in a page no longer in use; the first place whose flip changes a stored value is taken.
        var clean = File.ReadAllBytes(store);
        var pattern = BitConverter.GetBytes(original);
        Array.Reverse(pattern); // SQLite stores a REAL big-endian
        var changed = 0;
        for (var at = clean.AsSpan().IndexOf(pattern); at >= 0 && changed == 0;)
        {
            var bytes = (byte[])clean.Clone();
            bytes[at + 7] ^= 1;
            File.WriteAllBytes(store, bytes);
            changed = Metrics(store).Count(kv => kv.Value != before[kv.Key]);
            var next = clean.AsSpan(at + 1).IndexOf(pattern);
            at = next < 0 ? -1 : at + 1 + next;
        }
        Assert.That(changed, Is.EqualTo(1), "one stored value changed by one bit");
        using (var check = new SqliteConnection($"Data Source={store};Pooling=False"))
        {
            check.Open();
            using var command = check.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.That(command.ExecuteScalar(), Is.EqualTo("ok"), "SQLite sees nothing wrong");
        }

        var export = Planner.Cli("export", "--store", store, "--output", temp.Combine("export"));
        Assert.That(export.Exit, Is.EqualTo(2));
        Assert.That(export.Err, Does.Contain("stored replication(s) of \"small\"").And.Contain("are damaged: replication "));
        Assert.That(Directory.Exists(temp.Combine("export")), Is.False, "nothing damaged is exported");

        var again = Planner.Cli("run", scenario, "--store", store, "--output", temp.Combine("second"), "--quiet");
        Assert.That(again.Exit, Is.EqualTo(0), again.Err);
        Assert.That(again.Err, Does.Contain("1 stored replication(s) were damaged and were run again, not averaged in: replication "));
        Assert.That(Metrics(store), Is.EqualTo(before), "the same seed gives the same values back");
        Assert.That(File.ReadAllText(temp.Combine("second", "small", "summary.csv")), Is.EqualTo(File.ReadAllText(temp.Combine("first", "small", "summary.csv"))));
        Assert.That(Planner.Cli("export", "--store", store, "--output", temp.Combine("export")).Exit, Is.EqualTo(0));
    }

    [Test]
    public void A_reader_of_stored_results_leaves_a_damaged_replication_out()
    {
        var store = temp.Combine("planner.db");
        Assert.That(Planner.Cli("run", Scenario(), "--store", store, "--output", temp.Combine("out"), "--quiet").Exit, Is.EqualTo(0));
        using (var connection = new SqliteConnection($"Data Source={store};Pooling=False"))
        {
            connection.Open();
            using var change = connection.CreateCommand();
            change.CommandText = $"UPDATE metrics SET value = value + 1 WHERE replication = 2 AND metric = '{Cost}'";
            Assert.That(change.ExecuteNonQuery(), Is.EqualTo(1));
        }
        using var read = ResultStore.OpenReadOnly(store);
        var experiment = read.Experiments().Single();
        Assert.That(read.Damaged(experiment.Id).Select(d => (d.Point, d.Replication)), Is.EqualTo(new[] { (0, 2) }));
        // The dashboard's reader: replications 1..n that every scenario has, n stopping before the damaged one.
        var compared = ComparisonPlan.FromStore(read, experiment)!;
        Assert.That(compared.Run.Replications, Is.EqualTo(1));
    }

    [Test]
    public void A_store_damaged_beyond_reading_is_refused_with_one_line_and_exit_two()
    {
        var scenario = Scenario();
        var store = temp.Combine("planner.db");
        Assert.That(Planner.Cli("run", scenario, "--store", store, "--output", temp.Combine("out"), "--quiet").Exit, Is.EqualTo(0));
        var bytes = File.ReadAllBytes(store);
        Array.Clear(bytes, 0, 4096); // the header and the schema's first page
        File.WriteAllBytes(store, bytes);
        foreach (var args in new[] { new[] { "export", "--store", store, "--output", temp.Combine("e") }, ["run", scenario, "--store", store, "--output", temp.Combine("o"), "--quiet"] })
        {
            var result = Planner.Cli(args);
            Assert.That(result.Exit, Is.EqualTo(2), result.Err);
            Assert.That(result.ErrLines, Has.Count.EqualTo(1));
            Assert.That(result.Err, Does.StartWith($"error: {store}: "));
        }
    }

    [Test]
    public void A_second_writer_waits_names_the_holder_and_then_skips_what_the_first_saved()
    {
        var scenario = Scenario();
        var store = temp.Combine("planner.db");
        Assert.That(Planner.Cli("run", scenario, "--store", store, "--output", temp.Combine("first"), "--quiet").Exit, Is.EqualTo(0));
        var held = StoreLock.Acquire(store, _ => Assert.Fail("the lock is free"), CancellationToken.None);
        var second = SecondWriter.Start("run", scenario, "--store", store, "--output", temp.Combine("second"), "--quiet");
        Assert.That(second.Err, Does.Contain($"{store} is in use by process {Environment.ProcessId} on {Environment.MachineName}"));
        Assert.That(second.Run.IsCompleted, Is.False, "the second writer waits");
        held.Dispose();
        Assert.That(second.Run.Wait(TimeSpan.FromSeconds(60)), Is.True);
        Assert.That(second.Run.Result, Is.EqualTo(0), second.Err);
        Assert.That(Count(store, "SELECT COUNT(*) FROM replications"), Is.EqualTo(3));
    }

    [Test]
    public void Two_processes_on_one_store_both_finish_and_the_store_holds_each_replication_once()
    {
        var scenario = temp.File("busy.json", Planner.SmallScenario.Replace("\"replications\": 3", "\"replications\": 12", StringComparison.Ordinal));
        var store = temp.Combine("planner.db");
        var planner = Path.Combine(AppContext.BaseDirectory, "planner.dll");
        Process Start(string output)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { planner, "run", scenario, "--store", store, "--output", temp.Combine(output), "--quiet", "--threads", "1" })
                info.ArgumentList.Add(a);
            return Process.Start(info)!;
        }
        using var a = Start("a");
        using var b = Start("b");
        var errors = new[] { a.StandardError.ReadToEndAsync(), b.StandardError.ReadToEndAsync() };
        Assert.That(a.WaitForExit(TimeSpan.FromMinutes(3)) && b.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "both end");
        Assert.That((a.ExitCode, b.ExitCode), Is.EqualTo((0, 0)), errors[0].Result + errors[1].Result);
        Assert.That(Count(store, "SELECT COUNT(*) FROM replications"), Is.EqualTo(12));
        Assert.That(Count(store, "SELECT COUNT(DISTINCT replication) FROM replications"), Is.EqualTo(12));
        Assert.That(Count(store, "SELECT COUNT(*) FROM experiments"), Is.EqualTo(1));
        Assert.That(File.ReadAllText(temp.Combine("a", "small", "summary.csv")), Is.EqualTo(File.ReadAllText(temp.Combine("b", "small", "summary.csv"))));
    }

    [Test]
    public void The_hidden_folder_of_a_killed_result_write_is_gone_after_the_next_run()
    {
        var scenario = Scenario();
        var output = temp.Combine("out");
        Assert.That(Planner.Cli("run", scenario, "--output", output, "--quiet").Exit, Is.EqualTo(0));
        // A writer killed between making its hidden folder and the final rename: a real process, killed.
        using var victim = Process.Start("sleep", ["600"]);
        var dead = victim.Id;
        victim.Kill();
        victim.WaitForExit();
        var leftovers = new[] { $".small.tmp-{dead}-0123456789abcdef", $".small.old-{dead}-0123456789abcdef", ".small.tmp-0123456789abcdef0123456789abcdef" };
        foreach (var name in leftovers)
        {
            Directory.CreateDirectory(Path.Combine(output, name));
            File.WriteAllText(Path.Combine(output, name, "summary.csv"), "half");
        }
        // A live writer's folder is not touched.
        var live = $".small.tmp-{Environment.ProcessId}-fedcba9876543210";
        Directory.CreateDirectory(Path.Combine(output, live));

        Assert.That(Planner.Cli("run", scenario, "--output", output, "--quiet").Exit, Is.EqualTo(0));
        var hidden = Directory.GetDirectories(output, ".*").Select(Path.GetFileName).ToList();
        Assert.That(hidden, Is.EqualTo(new[] { live }));
        Assert.That(File.Exists(Path.Combine(output, "small", "summary.csv")), Is.True);
    }

    [Test]
    public void A_complete_store_on_a_read_only_mount_serves_export_and_a_run_it_holds()
    {
        var scenario = Scenario();
        var source = temp.Combine("source");
        Directory.CreateDirectory(source);
        Assert.That(Planner.Cli("run", scenario, "--store", Path.Combine(source, "planner.db"), "--output", temp.Combine("out"), "--quiet").Exit, Is.EqualTo(0));
        using var mount = ReadOnlyMount.Of(source, temp.Combine("ro"));
        var store = Path.Combine(mount.Path, "planner.db");

        var export = Planner.Cli("export", "--store", store, "--output", temp.Combine("export"));
        Assert.That(export.Exit, Is.EqualTo(0), export.Err);
        var run = Planner.Cli("run", scenario, "--store", store, "--output", temp.Combine("again"), "--quiet");
        Assert.That(run.Exit, Is.EqualTo(0), run.Err);
        Assert.That(File.ReadAllText(temp.Combine("again", "small", "summary.csv")), Is.EqualTo(File.ReadAllText(temp.Combine("out", "small", "summary.csv"))));

        var more = Planner.Cli("run", scenario, "--store", store, "--replications", "4", "--output", temp.Combine("more"), "--quiet");
        Assert.That(more.Exit, Is.EqualTo(2));
        Assert.That(more.ErrLines, Is.EqualTo(new[]
        {
            $"error: {store}: the store is read-only and lacks 1 replication(s) of \"small\"; give a writable --store, or copy the store to a writable folder and run the same command there",
        }));
    }

    [Test]
    public void A_full_disk_is_a_failure_of_the_machine_with_exit_one_not_of_the_simulation()
    {
        var scenario = Scenario();
        using var disk = ReadOnlyMount.SmallDisk(temp.Combine("full"), kilobytes: 300);
        var result = Planner.Cli("run", scenario, "--replications", "40", "--store", Path.Combine(disk.Path, "planner.db"), "--output", Path.Combine(disk.Path, "out"), "--quiet");
        Assert.That(result.Exit, Is.EqualTo(1));
        Assert.That(result.ErrLines[0], Does.Contain("the disk is full (no space left on the device): a failure of the machine, not of the simulation"));
        Assert.That(result.Err, Does.Not.Contain("the simulation failed"));
    }

    /// <summary>A read-only bind mount or a small tmpfs, for as long as the test runs; needs root (as CI is), else the test is ignored.</summary>
    private sealed class ReadOnlyMount : IDisposable
    {
        private ReadOnlyMount(string path) => Path = path;

        public string Path { get; }

        public static ReadOnlyMount Of(string source, string target)
        {
            Directory.CreateDirectory(target);
            Mount("--bind", source, target);
            var mount = new ReadOnlyMount(target);
            Mount("-o", "remount,ro,bind", target);
            return mount;
        }

        public static ReadOnlyMount SmallDisk(string target, int kilobytes)
        {
            Directory.CreateDirectory(target);
            Mount("-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", target);
            return new ReadOnlyMount(target);
        }

        private static void Mount(params string[] args)
        {
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
                Assert.Ignore("mounting a read-only or full file system needs root on Linux (CI runs as root)");
            using var mount = Process.Start(new ProcessStartInfo("mount", args) { RedirectStandardError = true })!;
            var error = mount.StandardError.ReadToEnd();
            mount.WaitForExit();
            if (mount.ExitCode != 0)
                Assert.Ignore($"mount {string.Join(' ', args)} is not allowed here: {error.Trim()}");
        }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            using var umount = Process.Start("umount", [Path]);
            umount.WaitForExit();
            if (umount.ExitCode == 0)
                return;
            using (var lazy = Process.Start("umount", ["-l", Path]))
                lazy.WaitForExit();
            Assert.Fail($"{Path} was still in use when the test ended: a store was left open");
        }
    }
}
