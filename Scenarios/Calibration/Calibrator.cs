using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Planner.Scenarios.Experiments;
using Planner.Simulation.Kernel;

namespace Planner.Scenarios.Calibration;

/// <summary>
/// Fits parameters to observed targets by history matching with emulators, then refines the best point
/// on simulated moments:
/// 1. wave 1 runs a Latin hypercube over the prior ranges; every later wave runs points spread over the
///    region the previous emulators left non-implausible (Andrianakis et al. 2015);
/// 2. after each wave one emulator per fitted target (<see cref="TargetEmulator"/>) is trained on every
///    run so far, checked on runs it has not seen, and evaluated at many candidates to map the
///    non-implausible region (largest implausibility ≤ the cut-off under this and every earlier wave's emulators);
/// 3. the candidate with the smallest emulated weighted error is refined with a bounded Nelder–Mead
///    (MathNet) on the simulated means under common random numbers, inside the last non-implausible box;
/// 4. the best point is run again with more replications for the fit table.
/// Coordinates are the unit cube of the prior ranges; the runner turns them into parameter values.
/// </summary>
public sealed class Calibrator(
    IReadOnlyList<ParameterRange> parameters, IReadOnlyList<Target> targets, CalibrationSettings settings,
    ICalibrationRunner runner, Action<string>? log = null)
{
    private readonly List<double[]> _x = [];
    private readonly List<double[]> _means = [];
    private readonly List<double[]> _variances = [];
    private readonly List<bool> _heldOut = [];
    private readonly Stopwatch _simulation = new();
    private readonly Stopwatch _training = new();
    private int _replications;
    private double[] _pooled = [];

    private IReadOnlyList<Target> Fitted => targets.Where(t => t.Weight > 0).ToList();

    public CalibrationResult Run()
    {
        if (parameters.Count == 0)
            throw new ArgumentException("No parameter to fit.");
        var fitted = Fitted;
        if (fitted.Count == 0)
            throw new ArgumentException("No target with a weight above 0 to fit.");
        var fittedIndex = fitted.Select(t => targets.ToList().IndexOf(t)).ToArray();
        var k = parameters.Count;
        var streams = new RandomStreams(settings.Seed, 0);
        var n = settings.PointsFor(k);
        var warnings = new List<string>();
        var waves = new List<WaveSummary>();
        var low = Enumerable.Repeat(0.0, k).ToArray();
        var high = Enumerable.Repeat(1.0, k).ToArray();
        List<double[]> design = LatinHypercube.Sample(n, k, streams.Get("calibration:wave-1").AsRandom()).ToList();
        TargetEmulator[]? previous = null;
        // Every wave's emulators with the variances they were judged with: a point stays non-implausible only if
        // no wave's emulators rule it out (hmer; Andrianakis et al. 2015), so a later wave cannot readmit what an
        // earlier one excluded with the data it had.
        var history = new List<(TargetEmulator[] Emulators, TargetVariances[] Variances)>();
        List<double[]> nonImplausible = [];
        TargetVariances[] variances = [];

        for (var wave = 1; wave <= settings.Waves; wave++)
        {
            log?.Invoke($"Wave {wave}/{settings.Waves}: {design.Count} points × {settings.Replications} replications"
                + (wave == 1 ? " over the prior ranges (Latin hypercube)" : " in the non-implausible region"));
            var simulated = Simulate($"wave-{wave}", design, settings.Replications);
            var start = _x.Count;
            var random = streams.Get($"calibration:hold-out-{wave}").AsRandom();
            for (var i = 0; i < design.Count; i++)
            {
                _x.Add(design[i]);
                _means.Add(simulated[i].Select(Mean).ToArray());
                _variances.Add(simulated[i].Select(SampleVariance).ToArray());
                _heldOut.Add(wave == 1 && random.NextDouble() < settings.HoldOutShare);
            }
            _pooled = fittedIndex.Select(PooledVariance).ToArray();
            variances = fitted.Select((t, j) => new TargetVariances(t.Variance, settings.ObservedIsOneRun ? PooledVariance(fittedIndex[j]) : 0, Math.Pow(settings.Discrepancy * t.Value, 2))).ToArray();

            // The check: runs the emulator has not seen, against its ±3σ.
            int checkedCount = 0, covered = 0;
            var trainingBefore = _training.Elapsed.TotalSeconds;
            var simulationSeconds = _simulation.Elapsed.TotalSeconds;
            TargetEmulator[] emulators;
            if (previous is not null)
            {
                (checkedCount, covered) = Check(previous, fittedIndex, Enumerable.Range(start, design.Count).ToList());
                emulators = Train(fittedIndex, wave, includeHeldOut: true);
            }
            else
            {
                emulators = Train(fittedIndex, wave, includeHeldOut: false);
                (checkedCount, covered) = Check(emulators, fittedIndex, Enumerable.Range(start, design.Count).Where(i => _heldOut[i]).ToList());
            }

            // Map the non-implausible region inside the current box.
            var candidates = LatinHypercube.Sample(settings.Candidates, k, streams.Get($"calibration:candidates-{wave}").AsRandom())
                .Select(u => u.Select((x, j) => low[j] + x * (high[j] - low[j])).ToArray()).ToList();
            history.Add((emulators, variances));
            var largest = history.Select(h => Largest(h.Emulators, fitted, h.Variances, candidates))
                .Aggregate((a, b) => a.Zip(b, Math.Max).ToArray());
            nonImplausible = candidates.Where((_, i) => largest[i] <= settings.Cutoff).ToList();
            var share = (double)nonImplausible.Count / candidates.Count * Volume(low, high);
            if (nonImplausible.Count == 0)
            {
                var least = largest.Min();
                warnings.Add($"wave {wave}: no candidate is non-implausible (the smallest largest implausibility is {least:0.00} > {settings.Cutoff}); the targets may lie outside what the model reaches within the prior ranges, or the model discrepancy is stated too small. The least implausible 1 % are kept.");
                nonImplausible = candidates.Select((c, i) => (c, largest[i])).OrderBy(p => p.Item2).Take(Math.Max(k + 1, candidates.Count / 100)).Select(p => p.c).ToList();
            }
            var ranges = Enumerable.Range(0, k).Select(j => (nonImplausible.Min(p => p[j]), nonImplausible.Max(p => p[j]))).ToArray();
            waves.Add(new WaveSummary(wave, design.Count, design.Count * settings.Replications, share, checkedCount, covered,
                ranges.Select((r, j) => (parameters[j].At(r.Item1), parameters[j].At(r.Item2))).ToList(),
                _training.Elapsed.TotalSeconds - trainingBefore, simulationSeconds));
            log?.Invoke($"  non-implausible: {share * 100:0.##} % of the prior box; emulator check {covered}/{checkedCount} inside ±3σ");
            previous = emulators;
            // The next wave's box: the region's bounding box with a margin, since the candidates only sample it.
            for (var j = 0; j < k; j++)
            {
                low[j] = Math.Max(0, ranges[j].Item1 - 0.05);
                high[j] = Math.Min(1, ranges[j].Item2 + 0.05);
            }
            if (wave < settings.Waves)
                design = HistoryMatching.Spread(nonImplausible, n, streams.Get($"calibration:wave-{wave + 1}").AsRandom());
        }

        // The best emulated point in the last non-implausible sample.
        var emulated = previous!.Select(e => e.Predict(nonImplausible)).ToArray();
        var bestIndex = 0;
        var bestEmulated = double.PositiveInfinity;
        for (var i = 0; i < nonImplausible.Count; i++)
        {
            var value = 0.0;
            for (var t = 0; t < fitted.Count; t++)
                value += fitted[t].Weight * Math.Pow(fitted[t].Value - emulated[t][i].Mean, 2) / variances[t].Total;
            if (value < bestEmulated)
                (bestEmulated, bestIndex) = (value, i);
        }
        var box = Enumerable.Range(0, k).Select(j => (Low: nonImplausible.Min(p => p[j]), High: nonImplausible.Max(p => p[j]))).ToArray();
        var (best, startObjective, refined, evaluations) = Refine(nonImplausible[bestIndex], box, fitted, fittedIndex, variances);

        log?.Invoke($"Best point: {settings.CheckReplications} replications for the fit table");
        var check = Simulate("best", [best], settings.CheckReplications)[0];
        var fits = targets.Select((t, i) =>
        {
            var values = check[i].Where(double.IsFinite).ToArray();
            var (mean, _, half) = Summaries.Interval(values);
            var repVar = SampleVariance(values);
            var total = t.Variance + (settings.ObservedIsOneRun ? repVar : 0) + Math.Pow(settings.Discrepancy * t.Value, 2) + repVar / Math.Max(1, values.Length);
            return new TargetFit(t, t.Weight > 0, mean, mean - half, mean + half, values.Length, Math.Abs(t.Value - mean) / Math.Sqrt(total));
        }).ToList();
        var parameterFits = parameters.Select((p, j) =>
        {
            // The bounding box of the non-implausible points reaches the prior's corners in many dimensions even
            // when most of the region is narrow (a parameter can compensate another); the central 95 % of the
            // points along the parameter says how much the targets pin it down, against the 95 % a flat prior spans.
            var sorted = nonImplausible.Select(u => u[j]).Order().ToArray();
            var central = (Quantile(sorted, 0.025), Quantile(sorted, 0.975));
            var share = Math.Min(1, (central.Item2 - central.Item1) / 0.95);
            return new ParameterFit(p, p.At(box[j].Low), p.At(box[j].High), p.At(best[j]), share, share < settings.NotIdentifiedShare)
            {
                CentralLow = p.At(central.Item1),
                CentralHigh = p.At(central.Item2),
            };
        }).ToList();
        return new CalibrationResult(parameterFits, fits, waves, startObjective, refined, evaluations, _replications,
            _simulation.Elapsed.TotalSeconds, _training.Elapsed.TotalSeconds, warnings);
    }

    /// <summary>
    /// Nelder–Mead on Σ w (observed − simulated mean)² ÷ (observation + discrepancy variance + the mean's noise),
    /// bounded to the box by x = low + (high − low)(1 + sin z)/2. Every evaluation uses the same seeds, so the
    /// objective is a deterministic function of the parameters and the simplex does not chase noise.
    /// </summary>
    private (double[] Best, double Start, double Objective, int Evaluations) Refine(double[] start, (double Low, double High)[] box,
        IReadOnlyList<Target> fitted, int[] fittedIndex, TargetVariances[] variances)
    {
        var k = start.Length;
        var cache = new Dictionary<string, double>();
        double[] bestPoint = start;
        var bestValue = double.PositiveInfinity;
        var evaluations = 0;
        double[] ToUnit(Vector<double> z) =>
            z.Select((v, j) => box[j].Low + (box[j].High - box[j].Low) * (1 + Math.Sin(v)) / 2).ToArray();
        double Objective(double[] u)
        {
            var key = string.Join(",", u.Select((x, j) => parameters[j].At(x).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
            if (cache.TryGetValue(key, out var known))
                return known;
            if (evaluations >= settings.RefineEvaluations)
                throw new RefineBudgetSpent();
            evaluations++;
            var values = Simulate($"refine-{evaluations}", [u], settings.Replications)[0];
            var sum = 0.0;
            for (var t = 0; t < fitted.Count; t++)
            {
                var noise = (double.IsFinite(_pooled[t]) ? _pooled[t] : 0) / settings.Replications;
                sum += fitted[t].Weight * Math.Pow(fitted[t].Value - Mean(values[fittedIndex[t]]), 2)
                    / (variances[t].Observation + variances[t].Discrepancy + noise);
            }
            cache[key] = sum;
            if (sum < bestValue)
                (bestValue, bestPoint) = (sum, u);
            return sum;
        }
        if (settings.RefineEvaluations <= 0)
            return (start, double.NaN, double.NaN, 0);
        log?.Invoke($"Refining the best point: at most {settings.RefineEvaluations} simulated evaluations (Nelder–Mead within the non-implausible box)");
        var z0 = Vector<double>.Build.Dense(k, j =>
        {
            var width = box[j].High - box[j].Low;
            return width <= 0 ? 0 : Math.Asin(Math.Clamp(2 * (start[j] - box[j].Low) / width - 1, -1, 1));
        });
        var startValue = Objective(start);
        try
        {
            NelderMeadSimplex.Minimum(ObjectiveFunction.Value(z => Objective(ToUnit(z))), z0,
                Vector<double>.Build.Dense(k, 0.4), convergenceTolerance: 1e-3, maximumIterations: 10 * settings.RefineEvaluations);
        }
        catch (Exception e) when (e is RefineBudgetSpent or MaximumIterationsException)
        {
            // The budget is the stopping rule: the best point evaluated so far is the answer.
        }
        return (bestPoint, startValue, bestValue, evaluations);
    }

    private sealed class RefineBudgetSpent : Exception;

    private double[][][] Simulate(string stage, IReadOnlyList<double[]> unitPoints, int replications)
    {
        var points = unitPoints.Select(u => (IReadOnlyList<ParameterSetting>)parameters
            .Select((p, j) => new ParameterSetting(p.Path, p.At(u[j]))).ToList()).ToList();
        _simulation.Start();
        try
        {
            var result = runner.Run(stage, points, replications);
            _replications += points.Count * replications;
            return result;
        }
        finally
        {
            _simulation.Stop();
        }
    }

    private TargetEmulator[] Train(int[] fittedIndex, int wave, bool includeHeldOut)
    {
        _training.Start();
        try
        {
            var rows = Enumerable.Range(0, _x.Count).Where(i => includeHeldOut || !_heldOut[i]).Where(i => fittedIndex.All(t => double.IsFinite(_means[i][t]))).ToList();
            return fittedIndex.Select((t, j) => TargetEmulator.Train(rows.Select(i => _x[i]).ToList(), rows.Select(i => _means[i][t]).ToList(),
                settings.Emulator, settings.Seed * 1000 + (ulong)(wave * 100 + j))).ToArray();
        }
        finally
        {
            _training.Stop();
        }
    }

    /// <summary>How many of the points' simulated means (per target) lie inside the emulators' ±3σ.</summary>
    private (int Checked, int Covered) Check(TargetEmulator[] emulators, int[] fittedIndex, List<int> rows)
    {
        if (rows.Count == 0)
            return (0, 0);
        int total = 0, inside = 0;
        for (var j = 0; j < emulators.Length; j++)
        {
            var predicted = emulators[j].Predict(rows.Select(i => _x[i]).ToList());
            for (var r = 0; r < rows.Count; r++)
            {
                var value = _means[rows[r]][fittedIndex[j]];
                if (!double.IsFinite(value))
                    continue;
                total++;
                if (Math.Abs(value - predicted[r].Mean) <= 3 * Math.Sqrt(predicted[r].Variance))
                    inside++;
            }
        }
        return (total, inside);
    }

    private static double[] Largest(TargetEmulator[] emulators, IReadOnlyList<Target> fitted, TargetVariances[] variances, List<double[]> candidates) =>
        HistoryMatching.Largest(fitted.Select(t => t.Value).ToList(), emulators.Select(e => e.Predict(candidates)).ToList(), variances);

    /// <summary>Variance of one replication of target t, pooled over every point run so far.</summary>
    private double PooledVariance(int t)
    {
        var values = _variances.Select(v => v[t]).Where(double.IsFinite).ToList();
        return values.Count == 0 ? 0 : values.Average();
    }

    private static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
            return double.NaN;
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(sorted.Length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double Volume(double[] low, double[] high) => low.Select((l, j) => high[j] - l).Aggregate(1.0, (a, b) => a * b);

    private static double Mean(double[] values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? double.NaN : finite.Average();
    }

    private static double SampleVariance(double[] values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length < 2)
            return double.NaN;
        var mean = finite.Average();
        return finite.Sum(v => (v - mean) * (v - mean)) / (finite.Length - 1);
    }
}
