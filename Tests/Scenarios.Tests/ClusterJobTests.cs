using System.Diagnostics;
using System.Text.RegularExpressions;
using Planner.Scenarios.Experiments;
using YamlDotNet.RepresentationModel;

namespace Planner.Scenarios.Tests;

/// <summary>
/// The cluster job files of docs/cluster as a scheduler runs them. The Slurm job array and its merge are submitted
/// to a real Slurm (a one-node cluster that .ci/run starts) and the merged store's export must equal a single-machine
/// run's byte for byte. The Kubernetes Indexed Job is parsed and its index arithmetic checked against the shards.
/// </summary>
[TestFixture]
public sealed partial class ClusterJobTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempFolder();

    [TearDown]
    public void TearDown() => temp.Dispose();

    private static string Cluster(string file) => Path.Combine(Planner.RepositoryRoot(), "docs", "cluster", file);

    private string SmallExperiment()
    {
        temp.File("small.json", Planner.SmallScenario);
        return temp.File("cluster.json", """
            {
              "name": "cluster-check",
              "scenarios": ["small.json"],
              "run": { "years": 0.5, "replications": 4, "seed": 5 },
              "design": { "kind": "grid", "parameters": [ { "path": "staff.caseworkers[0].count", "values": [2, 3] } ] }
            }
            """);
    }

    [Test]
    public void The_Slurm_job_array_and_merge_give_the_single_machine_export_byte_for_byte()
    {
        if (Slurm("sinfo", "-h", "-o", "%t") is not { Exit: 0 } info || !info.Out.Contains("idle", StringComparison.Ordinal) && !info.Out.Contains("mix", StringComparison.Ordinal))
        {
            var why = "no Slurm cluster answers here (sinfo shows no idle node); .ci/run starts a one-node cluster";
            if (Environment.GetEnvironmentVariable("PLANNER_CI_SLURM") == "1" || Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(why + ", so in CI this must not happen");
            Assert.Ignore(why);
        }
        var experiment = SmallExperiment();
        var work = temp.Combine("work");
        foreach (var folder in new[] { "logs", "tmp" })
            Directory.CreateDirectory(Path.Combine(work, folder));
        // The scripts run `dotnet planner/planner.dll` from the submit folder: the test's build of the planner.
        Directory.CreateSymbolicLink(Path.Combine(work, "planner"), AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

        var environment = $"ALL,EXPERIMENT={experiment},TMPDIR={Path.Combine(work, "tmp")}";
        var array = Slurm("sbatch", "--parsable", "--array=1-3", "--cpus-per-task=1", "--mem=200M", $"--chdir={work}", $"--export={environment}",
            Cluster("slurm-array.sh"));
        Assert.That(array.Exit, Is.EqualTo(0), array.Err);
        var arrayJob = array.Out.Trim().Split(';')[0];
        var merge = Slurm("sbatch", "--parsable", $"--dependency=afterok:{arrayJob}", "--mem=200M", $"--chdir={work}", $"--export={environment}",
            Cluster("slurm-merge.sh"));
        Assert.That(merge.Exit, Is.EqualTo(0), merge.Err);
        var mergeJob = merge.Out.Trim().Split(';')[0];

        var state = WaitFor(mergeJob, TimeSpan.FromMinutes(5));
        var logs = string.Join("\n", Directory.GetFiles(Path.Combine(work, "logs")).Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)}: {File.ReadAllText(f)}"));
        Assert.That(state, Is.EqualTo("COMPLETED"), logs);
        Assert.That(Directory.GetFiles(Path.Combine(work, "shards"), "shard-*.db").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "shard-1.db", "shard-2.db", "shard-3.db" }));

        // The same experiment on one machine, exported the same way.
        var single = temp.Combine("single.db");
        Assert.That(Planner.Cli("experiment", experiment, "--store", single, "--output", temp.Combine("single-out"), "--quiet").Exit, Is.EqualTo(0));
        Assert.That(Planner.Cli("export", "--store", single, "--output", temp.Combine("single-export")).Exit, Is.EqualTo(0));

        var expected = Files(temp.Combine("single-export"));
        var actual = Files(Path.Combine(work, "results", "export"));
        Assert.That(actual.Keys, Is.EqualTo(expected.Keys));
        Assert.That(expected.Keys, Has.Some.EndsWith("replications.csv"));
        foreach (var (name, bytes) in expected)
            Assert.That(actual[name], Is.EqualTo(bytes), $"{name} differs between the Slurm merge and the single-machine run");
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>The job's final state as scontrol reports it (no accounting database in a one-node cluster).</summary>
    private static string WaitFor(string job, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var show = Slurm("scontrol", "show", "job", job);
            var state = JobState().Match(show.Out) is { Success: true } m ? m.Groups[1].Value : "UNKNOWN";
            if (state is not ("PENDING" or "RUNNING" or "CONFIGURING" or "COMPLETING" or "UNKNOWN"))
                return state;
            Thread.Sleep(500);
        }
        Slurm("scancel", job);
        return "TIMEOUT";
    }

    [GeneratedRegex(@"JobState=(\w+)")]
    private static partial Regex JobState();

    private static CliOutput Slurm(string command, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args)
                info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill();
                return new CliOutput(-1, "", $"{command} did not answer within 30 s");
            }
            return new CliOutput(process.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new CliOutput(-1, "", $"{command}: {e.Message}");
        }
    }

    [Test]
    public void The_Kubernetes_Indexed_Job_runs_every_shard_once_with_the_arithmetic_of_the_Slurm_array()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Cluster("k8s-indexed-job.yaml")))
            yaml.Load(reader);
        var job = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.That(Scalar(job, "kind"), Is.EqualTo("Job"));
        var spec = (YamlMappingNode)job["spec"];
        Assert.That(Scalar(spec, "completionMode"), Is.EqualTo("Indexed"));
        var completions = int.Parse(Scalar(spec, "completions"), System.Globalization.CultureInfo.InvariantCulture);
        var container = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)spec["template"])["spec"])["containers"])[0];
        var env = ((YamlSequenceNode)container["env"]).Cast<YamlMappingNode>().ToDictionary(e => Scalar(e, "name"), e => Scalar(e, "value"));
        Assert.That(int.Parse(env["SHARDS"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(completions), "one pod per shard");
        var script = string.Join("\n", ((YamlSequenceNode)container["args"]).Select(a => ((YamlScalarNode)a).Value));
        Assert.That(script, Does.Contain("K=$((JOB_COMPLETION_INDEX + 1))"));
        Assert.That(script, Does.Contain("--shard \"$K/$SHARDS\""));

        // Pods get JOB_COMPLETION_INDEX 0 … completions − 1; the Slurm array runs SLURM_ARRAY_TASK_ID 1 … n of n.
        var slurm = File.ReadAllText(Cluster("slurm-array.sh"));
        var range = Regex.Match(slurm, @"#SBATCH --array=(\d+)-(\d+)");
        Assert.That(range.Success && range.Groups[1].Value == "1", Is.True, "the array counts from 1");
        Assert.That(slurm, Does.Contain("--shard \"$K/$SHARDS\"").And.Contain("K=${SLURM_ARRAY_TASK_ID}").And.Contain("SHARDS=${SLURM_ARRAY_TASK_COUNT"));
        foreach (var n in new[] { completions, int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 3 })
        {
            var shards = Enumerable.Range(0, n).Select(index => Shard.Parse($"{index + 1}/{n}", out var error) ?? throw new AssertionException(error!)).ToList();
            // Every (point, replication) of a design belongs to exactly one shard.
            for (var point = 0; point < 7; point++)
            {
                for (var replication = 1; replication <= 25; replication++)
                    Assert.That(shards.Count(s => s.Owns(point, replication)), Is.EqualTo(1), $"point {point}, replication {replication} of {n} shards");
            }
            Assert.That(Shard.Parse($"{n + 1}/{n}", out _), Is.Null, "an index past the last shard is refused");
        }
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
