using System.Diagnostics;
using System.Runtime.InteropServices;
using Planner.Scenarios.Cli;
using static Planner.Scenarios.Tests.ExperimentTestSupport;

namespace Planner.Scenarios.Tests;

/// <summary>A stopped command saves what it finished and exits with the code shells use for the signal: 130 for Ctrl+C, 143 for SIGTERM.</summary>
public sealed class InterruptTests
{
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [Test]
    public void CancellingACommandReturnsTheCtrlCCode()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var store = temp.Combine("out", "planner.db");
        var (stopped, sent) = Planner.CliStoppedWhen(() => SavedSoFar(store) >= 2,
            "run", scenario, "--replications", "400", "--threads", "1", "--quiet", "--output", temp.Combine("out"));
        if (!sent || stopped.Exit == 0)
            Assert.Inconclusive("The run finished before it could be stopped.");
        Assert.That(stopped.Exit, Is.EqualTo(ExitCodes.Interrupted), stopped.Err);
        Assert.That(stopped.Err, Does.Contain("Interrupted. Every replication reported as done is saved"));
    }

    /// <summary>Whether this process was started with the signal ignored (Linux: the SigIgn mask of /proc/self/status).</summary>
    private static bool SignalIgnoredHere(int signal)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
            return false;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        if (line is null)
            return false;
        var mask = Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
        return (mask & (1UL << (signal - 1))) != 0;
    }

    // SIGINT is 2 and SIGTERM 15 on Linux and macOS alike.
    [TestCase(2, ExitCodes.Interrupted, TestName = "Ctrl+C (SIGINT) exits 130")]
    [TestCase(15, ExitCodes.Terminated, TestName = "SIGTERM exits 143")]
    public void ASignalStopsTheProcessWithItsCode(int signal, int expected)
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("POSIX signals only.");
        // A shell without job control starts background jobs with SIGINT ignored, and the child inherits that:
        // the runtime then never sees the signal, whatever Planner does (the test would fail for its caller's reason).
        if (signal == 2 && SignalIgnoredHere(signal))
            Assert.Ignore("SIGINT is ignored in this test process (started in the background by a shell without job control), so the child inherits it.");
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var output = temp.Combine("out");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "planner.dll"), "run", scenario, "--replications", "2000", "--threads", "1", "--quiet", "--output", output })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var store = Path.Combine(output, "planner.db");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!process.HasExited && DateTime.UtcNow < deadline && SavedSoFar(store) < 2)
            Thread.Sleep(5);
        if (process.HasExited)
            Assert.Inconclusive("The run ended before it could be signalled.");
        Assert.That(Kill(process.Id, signal), Is.EqualTo(0), "signal sent");
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            Assert.Fail("the signalled run did not stop");
        }
        Assert.That(process.ExitCode, Is.EqualTo(expected), stderr.Result);
        Assert.That(stderr.Result, Does.Contain($"Interrupted. Every replication reported as done is saved in {store}"));
        Assert.That(SavedSoFar(store), Is.InRange(2, 1999), "what finished is saved, the rest is not run");
        Assert.That(Directory.Exists(Path.Combine(output, "small")), Is.False, "no result folder from a stopped run");
    }
}
