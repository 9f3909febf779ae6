using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Kernel;

namespace Planner.Scenarios.Calibration;

/// <summary>One ASSUMED parameter's largest Morris effect on a target, in units of that target's uncertainty.</summary>
public sealed record ScreeningRow(ParameterRange Range, string Target, double MuStar, double Score, bool Chosen);

/// <summary>
/// The default fit set: a Morris screening (the sensitivity command's method) of every ASSUMED parameter of
/// the scenario over default ± fraction, scored per target as μ* ÷ √(observation variance + discrepancy²) —
/// how many of the target's own standard deviations the parameter moves it across its range. Parameters
/// with a score of at least 1 for some fitted target matter for the fit; the largest are kept.
/// </summary>
public static class FitScreening
{
    public const double Threshold = 1;

    public static (List<ParameterRange> Chosen, List<ScreeningRow> Rows) Select(
        Scenario scenario, IReadOnlyList<Target> targets, ICalibrationRunner runner, double fraction, int trajectories,
        int replications, ulong seed, double discrepancy, int most, List<string> leftOut)
    {
        var ranges = ExperimentLoader.AssumedRanges(scenario, fraction, leftOut);
        var random = new RandomStreams(seed, 0);
        var sample = MorrisMethod.Sample(ranges.Count, trajectories, 4, random.Get("calibration:screening").AsRandom());
        var points = sample.Points.Select(u => (IReadOnlyList<ParameterSetting>)ranges.Select((r, j) => new ParameterSetting(r.Path, r.At(u[j]))).ToList()).ToList();
        var values = runner.Run("screening", points, replications);
        var best = new (double MuStar, double Score, string Target)[ranges.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            if (targets[t].Weight <= 0)
                continue;
            var outputs = values.Select(p => p[t].Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average()).ToArray();
            var scale = Math.Sqrt(targets[t].Variance + Math.Pow(discrepancy * targets[t].Value, 2));
            foreach (var index in MorrisMethod.Analyse(sample, outputs, 100, random.Get($"calibration:screening-{t}").AsRandom()))
            {
                var score = index.MuStar / scale;
                if (double.IsFinite(score) && score > best[index.Factor].Score)
                    best[index.Factor] = (index.MuStar, score, targets[t].Key);
            }
        }
        var ranked = ranges.Select((r, j) => (Range: r, best[j].MuStar, best[j].Score, best[j].Target))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Range.Path, StringComparer.Ordinal).ToList();
        var chosen = ranked.Where(r => r.Score >= Threshold).Take(most).Select(r => r.Range).ToList();
        var rows = ranked.Select(r => new ScreeningRow(r.Range, r.Target ?? "", r.MuStar, r.Score, chosen.Contains(r.Range))).ToList();
        return (chosen, rows);
    }
}
