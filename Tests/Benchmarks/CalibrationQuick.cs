using System.Globalization;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Benchmarks;

/// <summary>
/// Calibration in plain figures: the baseline (5 years) fitted to data/targets/baseline.csv over five exit and
/// turnover parameters, two waves of 40 points × 3 replications and a short refinement: replications per second
/// while calibrating (engine and store included) and the emulator's training time, in total and per emulator.
/// </summary>
public sealed class CalibrationQuick : IQuickBenchmark
{
    public string Name => "calibration";

    public void Run(TextWriter output)
    {
        var baseline = BaselineUnit.Load().Scenario;
        var scenario = baseline with { Run = baseline.Run with { Years = 5 } };
        var targets = TargetFile.Load(Path.Combine(AppContext.BaseDirectory, "targets", "baseline.csv")).Targets;
        string[] paths = ["exits.baseHazardNear", "exits.baseHazardFar", "exits.durationDecay", "exits.reentryMeanMonths", "turnover.disengagedMultiplier"];
        var ranges = paths.Select(p =>
        {
            var parameter = ScenarioPaths.Resolve(scenario, p, out _)!;
            var (min, max) = ExperimentLoader.DefaultRange(parameter, ScenarioPaths.Get(scenario, p), 0.5);
            return new ParameterRange(parameter, min, max);
        }).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "planner-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var store = ResultStore.Open(Path.Combine(folder, "calibration.db"));
            var runner = new EngineCalibrationRunner(scenario, scenario.Run, targets.Select(TargetMetrics.StoreKey).ToList(), store, new EngineSettings(), UnitModel.Run);
            var settings = new CalibrationSettings(Waves: 2, PointsPerWave: 40, Replications: 3, RefineEvaluations: 10, CheckReplications: 6);
            var result = new Calibrator(ranges, targets, settings, runner).Run();
            var emulators = result.Waves.Count * targets.Count(t => t.Weight > 0);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Name,-14} baseline 5 years, {ranges.Count} parameters, {targets.Count} targets: {result.ReplicationsRun} replications in {result.SimulationSeconds:F1} s = {result.ReplicationsPerSecond:F1} replications/s (engine + store, {Environment.ProcessorCount} cores); "
                + $"emulator training {result.TrainingSeconds:F1} s for {emulators} emulators ({result.TrainingSeconds / emulators:F2} s each, {settings.Emulator.Members} bootstrap members); hold-out coverage {result.Coverage * 100:F1} %"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
