using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Planner.Scenarios.Calibration;

/// <summary>One parameter's permutation importance for one metric: the fall in R² when its column is shuffled.</summary>
public sealed record TreeImportanceRow(string Metric, int Rank, string Parameter, double Importance, double StandardError, double ModelRSquared);

/// <summary>
/// Tree-based feature scoring beside Morris and Sobol: boosted regression trees (ML.NET FastTree) fitted to the
/// replication means over a Latin hypercube, then ML.NET's permutation feature importance — how much the fit's R²
/// drops when one parameter's values are shuffled among the points, averaged over several shuffles (with its SE).
/// Unlike Morris it sees interactions and thresholds the trees pick up, and needs no special design; unlike Sobol
/// it needs no N·(k + 2) runs. It is only as good as the trees' fit, so the fit's own R² is reported with it.
/// </summary>
public static class TreeImportance
{
    public static IReadOnlyList<TreeImportanceRow> Rank(string metric, IReadOnlyList<string> parameters, IReadOnlyList<double[]> points,
        IReadOnlyList<double> values, int permutations, int seed)
    {
        var rows = points.Select((p, i) => (p, v: values[i])).Where(x => double.IsFinite(x.v)).ToList();
        if (rows.Count < 8)
            throw new ArgumentException($"Tree importance for {metric} needs at least 8 points with a value; got {rows.Count}.");
        var k = parameters.Count;
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, k);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r.p.Select(x => (float)x).ToArray(), Label = (float)r.v }), schema);
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 100, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 3, LearningRate = 0.1, NumberOfThreads = 1, Seed = seed,
            AllowEmptyTrees = true,
        });
        var model = trainer.Fit(data);
        var fit = ml.Regression.Evaluate(model.Transform(data));
        var importance = ml.Regression.PermutationFeatureImportance(model, data, permutationCount: permutations);
        return importance.Select((s, j) => (Parameter: parameters[j], Importance: -s.RSquared.Mean, Se: s.RSquared.StandardError))
            .OrderByDescending(r => r.Importance).ThenBy(r => r.Parameter, StringComparer.Ordinal)
            .Select((r, i) => new TreeImportanceRow(metric, i + 1, r.Parameter, r.Importance, r.Se, fit.RSquared))
            .ToList();
    }

    /// <summary>Spearman's rank correlation of two rankings of the same items (1: the same order).</summary>
    public static double Spearman(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var n = first.Count;
        if (n < 2)
            return double.NaN;
        var rank = second.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var d2 = first.Select((p, i) => Math.Pow(i - rank[p], 2)).Sum();
        return 1 - 6 * d2 / (n * ((double)n * n - 1));
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public float Label { get; set; }
    }
}
