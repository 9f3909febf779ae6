using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Kernel;
using Planner.Simulation.Model;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>What `planner sensitivity SCENARIO --method trees` was asked for.</summary>
public sealed record TreeSensitivityRequest(
    string File, Scenario Scenario, IReadOnlyList<string> Metrics, IReadOnlyList<ParameterRange> Ranges, IReadOnlyList<string> LeftOut,
    int Points, int Trajectories, int Levels, int Permutations, ulong DesignSeed);

/// <summary>
/// `planner sensitivity SCENARIO --method trees`: a Latin hypercube over the parameters, permutation feature
/// importance of boosted trees fitted to it (<see cref="TreeImportance"/>), and beside it a Morris screening of the
/// same parameters, so the two rankings can be compared (Spearman's ρ). Both designs run through the experiment
/// engine and store under common random numbers, so the command resumes like every other.
/// </summary>
public static class TreeSensitivityRun
{
    public static int Execute(CliContext context, TreeSensitivityRequest request, RunOptions options, System.CommandLine.ParseResult parse,
        EngineSettings settings, CancellationToken cancellation)
    {
        var quiet = options.Quiet(parse);
        var console = ConsoleFactory.Create(context);
        var scenario = request.Scenario;
        var k = request.Ranges.Count;
        if (EngineSession.OpenForWriting(context, options.StorePath(parse), cancellation, out var writer, out int refused) is not { } store)
            return refused;
        using var held = writer;
        using (store)
        {
            var runner = new EngineCalibrationRunner(scenario, scenario.Run, request.Metrics, store, settings, UnitModel.Run,
                (label, work) => EngineProgressDisplay.Run(console, context, quiet, label, work), cancellation, kind: ExperimentKind.Sensitivity);
            if (!quiet)
                context.Out.WriteLine($"{scenario.Name}: tree importance over {request.Points} Latin-hypercube points and Morris over {request.Trajectories} trajectories ({request.Trajectories * (k + 1)} points) of {k} parameter(s), "
                    + $"{scenario.Run.Replications} replications of {Invariant.Number(scenario.Run.Years)} years each, seed {scenario.Run.Seed}");
            var streams = new RandomStreams(request.DesignSeed, 0);
            var cube = LatinHypercube.Sample(request.Points, k, streams.Get("trees:latin-hypercube").AsRandom());
            var morris = MorrisMethod.Sample(k, request.Trajectories, request.Levels, streams.Get("trees:morris").AsRandom());
            IReadOnlyList<ParameterSetting> Settings(double[] u) => request.Ranges.Select((r, j) => new ParameterSetting(r.Path, r.At(u[j]))).ToList();
            double[][][] lhs, screening;
            try
            {
                lhs = runner.Run("trees-lhs", cube.Select(Settings).ToList(), scenario.Run.Replications);
                screening = runner.Run("trees-morris", morris.Points.Select(Settings).ToList(), scenario.Run.Replications);
            }
            catch (StageIncompleteException e)
            {
                context.Out.WriteLine($"The {e.Stage} design: {e.Saved} of {e.Needed} replications in {store.Path}. "
                    + (settings.Part.IsWhole ? "" : "Merge the shards (planner merge), then run the same command without --shard on the merged store."));
                return settings.Part.IsWhole ? ExitCodes.RunFailed : ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                context.Error.WriteLine(EngineReport.Interrupted(store.Path));
                return ExitCodes.Interrupted;
            }

            var paths = request.Ranges.Select(r => r.Path).ToList();
            var results = new JArray();
            var csv = new Csv().Row(["metric", "rank", "parameter", "min", "max", "importance_r2_drop", "se", "trees_r2", "morris_rank", "morris_mu_star", "morris_mu_star_low", "morris_mu_star_high"]);
            for (var m = 0; m < request.Metrics.Count; m++)
            {
                var metric = request.Metrics[m];
                var means = lhs.Select(p => p[m].Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average()).ToList();
                var trees = TreeImportance.Rank(metric, paths, cube, means, request.Permutations, (int)(request.DesignSeed % int.MaxValue));
                var morrisOutputs = screening.Select(p => p[m].Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average()).ToArray();
                var morrisRows = MorrisMethod.Analyse(morris, morrisOutputs, 500, streams.Get("trees:morris-bootstrap:" + metric).AsRandom())
                    .OrderByDescending(i => double.IsFinite(i.MuStar) ? i.MuStar : double.NegativeInfinity).ThenBy(i => paths[i.Factor], StringComparer.Ordinal).ToList();
                var morrisRank = morrisRows.Select((i, r) => (paths[i.Factor], r + 1, i)).ToDictionary(x => x.Item1, x => (Rank: x.Item2, Index: x.i));
                var rho = TreeImportance.Spearman(trees.Select(t => t.Parameter).ToList(), morrisRows.Select(i => paths[i.Factor]).ToList());
                var topAgree = trees.Take(5).Select(t => t.Parameter).Intersect(morrisRows.Take(5).Select(i => paths[i.Factor])).Count();
                if (!quiet)
                {
                    var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii)
                        .Title(Markup.Escape($"{metric}: permutation importance of trees (in-sample R² of the trees {trees[0].ModelRSquared:0.00}) beside Morris"));
                    table.AddColumn(new TableColumn("Rank").RightAligned());
                    table.AddColumn("Parameter");
                    table.AddColumn(new TableColumn("R² drop ± SE").RightAligned());
                    table.AddColumn(new TableColumn("Morris rank").RightAligned());
                    table.AddColumn(new TableColumn("Morris μ* (95 % CI)").RightAligned());
                    foreach (var t in trees.Take(Math.Min(trees.Count, 15)))
                    {
                        var (rank, index) = morrisRank[t.Parameter];
                        table.AddRow(t.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Parameter), $"{G(t.Importance)} ± {G(t.StandardError)}",
                            rank.ToString(CultureInfo.InvariantCulture), $"{G(index.MuStar)} ({G(index.MuStarLow)} – {G(index.MuStarHigh)})");
                    }
                    console.Write(table);
                    context.Out.WriteLine($"{metric}: Spearman's ρ between the two rankings {rho:0.00}; {topAgree} of the top 5 in both" + (trees.Count > 15 ? $"; {trees.Count - 15} more in the files" : ""));
                }
                foreach (var t in trees)
                {
                    var (rank, index) = morrisRank[t.Parameter];
                    var range = request.Ranges.First(r => r.Path == t.Parameter);
                    csv.Row([metric, t.Rank.ToString(CultureInfo.InvariantCulture), t.Parameter, N(range.Min), N(range.Max), N(t.Importance), N(t.StandardError), N(t.ModelRSquared),
                        rank.ToString(CultureInfo.InvariantCulture), N(index.MuStar), N(index.MuStarLow), N(index.MuStarHigh)]);
                }
                results.Add(new JObject
                {
                    ["metric"] = metric,
                    ["treesRSquared"] = trees[0].ModelRSquared,
                    ["spearmanWithMorris"] = double.IsFinite(rho) ? rho : null,
                    ["topFiveInBoth"] = topAgree,
                    ["ranking"] = new JArray(trees.Select(t => new JObject
                    {
                        ["rank"] = t.Rank, ["parameter"] = t.Parameter, ["importance"] = t.Importance, ["se"] = t.StandardError,
                        ["morrisRank"] = morrisRank[t.Parameter].Rank, ["morrisMuStar"] = morrisRank[t.Parameter].Index.MuStar,
                    })),
                });
            }
            var folder = Path.Combine(options.Output(parse), ResultFolderName.From(scenario.Name) + "-sensitivity-trees");
            var json = new JObject
            {
                ["format"] = "planner-sensitivity-trees/1",
                ["scenario"] = request.File,
                ["points"] = request.Points,
                ["morrisTrajectories"] = request.Trajectories,
                ["permutations"] = request.Permutations,
                ["replications"] = scenario.Run.Replications,
                ["years"] = scenario.Run.Years,
                ["seed"] = scenario.Run.Seed.ToString(CultureInfo.InvariantCulture),
                ["designSeed"] = request.DesignSeed.ToString(CultureInfo.InvariantCulture),
                ["leftOut"] = new JArray(request.LeftOut),
                ["metrics"] = results,
            };
            if (!EngineSession.TryWrite(context, "the sensitivity files", () => AtomicDirectory.Write(folder, into =>
                {
                    File.WriteAllText(Path.Combine(into, "sensitivity-trees.csv"), csv.ToString());
                    File.WriteAllText(Path.Combine(into, "sensitivity-trees.json"), json.ToString(Formatting.Indented) + "\n");
                })))
                return ExitCodes.RunFailed;
            context.Out.WriteLine($"Results in {store.Path}, tables in {folder}");
            return ExitCodes.Ok;
        }
    }

    private static string G(double value) => double.IsFinite(value) ? value.ToString("G3", CultureInfo.InvariantCulture) : "–";

    private static string N(double value) => double.IsFinite(value) ? Invariant.Number(value) : "";
}
