using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Planner.Simulation.Kernel;

namespace Planner.Scenarios.Calibration;

/// <summary>How the emulator's trees are grown and how many bootstrap members it has.</summary>
public sealed record EmulatorSettings(int Members = 10, int Trees = 80, int Leaves = 8, int MinimumPointsPerLeaf = 3, double LearningRate = 0.15);

/// <summary>An emulated value: the ensemble's mean and the variance the emulator's uncertainty stands for.</summary>
public readonly record struct Emulated(double Mean, double Variance);

/// <summary>
/// A fast stand-in for the simulator's mean of one target as a function of the fitted parameters (unit-cube
/// coordinates): an ensemble of boosted regression trees (ML.NET FastTree), each trained on a bootstrap
/// resample of the design points' replication means. ML.NET has no quantile regression, so the uncertainty
/// is built from two parts: the spread of the members' predictions at a point (what the data leave open
/// there), plus the out-of-bag residual variance the spread does not explain (what trees miss everywhere:
/// steps, extrapolation), estimated by predicting every point with the members that never saw it — a
/// cross-validation that costs no extra training.
/// </summary>
public sealed class TargetEmulator
{
    private readonly MLContext _ml;
    private readonly ITransformer[] _transformers;
    private readonly Forest[] _members;
    private readonly int _dimensions;

    private TargetEmulator(MLContext ml, ITransformer[] transformers, int dimensions, double residualVariance, double outOfBagRmse)
    {
        _ml = ml;
        _transformers = transformers;
        _members = transformers.Select(t => new Forest(((RegressionPredictionTransformer<FastTreeRegressionModelParameters>)t).Model.TrainedTreeEnsemble)).ToArray();
        _dimensions = dimensions;
        ResidualVariance = residualVariance;
        OutOfBagRmse = outOfBagRmse;
    }

    /// <summary>The out-of-bag residual variance beyond the members' spread, added to every prediction's variance.</summary>
    public double ResidualVariance { get; }

    /// <summary>Root mean square of the out-of-bag residuals: the emulator's typical error on points it did not see.</summary>
    public double OutOfBagRmse { get; }

    public static TargetEmulator Train(IReadOnlyList<double[]> points, IReadOnlyList<double> values, EmulatorSettings settings, ulong seed)
    {
        if (points.Count != values.Count || points.Count < 4)
            throw new ArgumentException($"An emulator needs at least 4 points with a value each; got {points.Count} points and {values.Count} values.");
        var k = points[0].Length;
        var ml = new MLContext(seed: (int)(seed % int.MaxValue));
        var random = new RandomStreams(seed, 0).Get("emulator-bootstrap").AsRandom();
        var n = points.Count;
        var members = new ITransformer[settings.Members];
        var inBag = new bool[settings.Members][];
        var constant = values.All(v => v == values[0]);
        for (var b = 0; b < settings.Members; b++)
        {
            var rows = new List<Row>(n);
            inBag[b] = new bool[n];
            for (var i = 0; i < n; i++)
            {
                var j = random.Next(n);
                inBag[b][j] = true;
                rows.Add(new Row { Features = ToFloat(points[j]), Label = (float)values[j] });
            }
            members[b] = Fit(ml, rows, k, settings, b, constant);
        }
        var emulator = new TargetEmulator(ml, members, k, 0, 0);
        var perMember = emulator._members.Select(m => emulator.Scores(m, points)).ToArray();
        double squared = 0, spread = 0;
        var counted = 0;
        for (var i = 0; i < n; i++)
        {
            var outOfBag = Enumerable.Range(0, members.Length).Where(b => !inBag[b][i]).Select(b => (double)perMember[b][i]).ToArray();
            if (outOfBag.Length == 0)
                continue;
            var residual = values[i] - outOfBag.Average();
            squared += residual * residual;
            spread += Variance(Enumerable.Range(0, members.Length).Select(b => (double)perMember[b][i]).ToArray());
            counted++;
        }
        var meanSquared = counted > 0 ? squared / counted : Variance(values.ToArray());
        var meanSpread = counted > 0 ? spread / counted : 0;
        return new TargetEmulator(ml, members, k, Math.Max(0, meanSquared - meanSpread), Math.Sqrt(meanSquared));
    }

    public IReadOnlyList<Emulated> Predict(IReadOnlyList<double[]> points)
    {
        var scores = _members.Select(m => Scores(m, points)).ToArray();
        var result = new Emulated[points.Count];
        var member = new double[_members.Length];
        for (var i = 0; i < points.Count; i++)
        {
            for (var b = 0; b < _members.Length; b++)
                member[b] = scores[b][i];
            result[i] = new Emulated(member.Average(), Variance(member) + ResidualVariance);
        }
        return result;
    }

    public Emulated Predict(double[] point) => Predict([point])[0];

    /// <summary>Each member's prediction at each point: [member][point].</summary>
    public float[][] MemberScores(IReadOnlyList<double[]> points) => _members.Select(m => Scores(m, points)).ToArray();

    /// <summary>ML.NET's own scores (the reference the plain evaluation is tested against).</summary>
    public float[] MlNetScores(int member, IReadOnlyList<double[]> points)
    {
        var data = _ml.Data.LoadFromEnumerable(points.Select(p => new Row { Features = ToFloat(p) }), Schema(_dimensions));
        return _transformers[member].Transform(data).GetColumn<float>("Score").ToArray();
    }

    private float[] Scores(Forest member, IReadOnlyList<double[]> points)
    {
        var scores = new float[points.Count];
        var features = new float[_dimensions];
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = 0; j < _dimensions; j++)
                features[j] = (float)points[i][j];
            scores[i] = member.Evaluate(features);
        }
        return scores;
    }

    /// <summary>
    /// A trained member's trees read out of ML.NET, so that mapping the non-implausible region (tens of
    /// thousands of predictions a wave) walks plain arrays instead of building a data view per call.
    /// </summary>
    private sealed class Forest
    {
        private readonly (int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Leaves, double Weight)[] _trees;
        private readonly double _bias;

        public Forest(RegressionTreeEnsemble ensemble)
        {
            _bias = ensemble.Bias;
            _trees = ensemble.Trees.Select((t, i) => (t.LeftChild.ToArray(), t.RightChild.ToArray(), t.NumericalSplitFeatureIndexes.ToArray(),
                t.NumericalSplitThresholds.ToArray(), t.LeafValues.ToArray(), ensemble.TreeWeights[i])).ToArray();
        }

        public float Evaluate(float[] x)
        {
            var sum = _bias;
            foreach (var (left, right, feature, threshold, leaves, weight) in _trees)
            {
                if (left.Length == 0)
                {
                    sum += weight * (leaves.Length > 0 ? leaves[0] : 0);
                    continue;
                }
                var node = 0;
                while (node >= 0)
                    node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
                sum += weight * leaves[~node];
            }
            return (float)sum;
        }
    }

    private static ITransformer Fit(MLContext ml, List<Row> rows, int k, EmulatorSettings settings, int member, bool constant)
    {
        var data = ml.Data.LoadFromEnumerable(rows, Schema(k));
        var options = new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinimumPointsPerLeaf,
            LearningRate = settings.LearningRate,
            NumberOfThreads = 1,
            Seed = 17 + member,
            // A target that does not vary gives no split; the ensemble is then its constant.
            AllowEmptyTrees = true,
        };
        return ml.Regression.Trainers.FastTree(options).Fit(data);
    }

    private static SchemaDefinition Schema(int k)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, k);
        return schema;
    }

    private static float[] ToFloat(double[] point) => point.Select(x => (float)x).ToArray();

    private static double Variance(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
            return 0;
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public float Label { get; set; }
    }
}
