using System.CommandLine;
using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Cli;

/// <summary>What differs between the commands in the wording of the shared options.</summary>
/// <param name="Unit">What one set of replications belongs to: "scenario" or "point".</param>
/// <param name="Output">What --output holds for this command.</param>
/// <param name="Precision">What --precision FRACTION asks for, or null where a fixed number of replications is the method (sensitivity).</param>
/// <param name="ReplicationsDefault">Where the replications come from without --replications.</param>
public sealed record RunOptionTexts(string Unit, string Output, string? Precision, string ReplicationsDefault = "the file's run.replications");

/// <summary>
/// The options of every command that runs replications (run, compare, experiment, sensitivity), defined once.
/// Replications, seed and years are taken as text and checked by the file's own rules, so an option gets the
/// same range and message as the file field; the others are checked here, each error naming the option, the
/// value and what is allowed.
/// </summary>
public sealed class RunOptions
{
    public const int DefaultMaxReplications = 1000;

    private readonly Option<string> replications, years, seed, output, store, threads, shard;
    private readonly Option<string>? precision, maxReplications;
    private readonly Option<string[]>? precisionMetrics;
    private readonly Option<bool> quiet;

    private RunOptions(RunOptionTexts texts)
    {
        replications = new Option<string>("--replications", "-r")
        {
            HelpName = "N",
            Description = $"Replications (independent runs) per {texts.Unit}, at least 2 (default: {texts.ReplicationsDefault}). More replications, narrower confidence intervals.",
        };
        years = new Option<string>("--years") { HelpName = "YEARS", Description = "Simulated years, e.g. 5 or 0.5 (default: the file's run.years)." };
        seed = new Option<string>("--seed") { HelpName = "SEED", Description = "Random seed, a whole number (default: the file's run.seed). The same seed gives the same results on any machine." };
        output = new Option<string>("--output", "-o") { HelpName = "FOLDER", Description = texts.Output };
        store = new Option<string>("--store")
        {
            HelpName = "FILE",
            Description = "The result store, an SQLite file that keeps every replication (default: <output>/planner.db); created if missing. Run the same command again to resume after a stop: saved replications are not run twice.",
        };
        quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no tables, only where the results went; for scripts." };
        threads = new Option<string>("--threads") { HelpName = "N", Description = "Most replications run at once (default: one per processor). The results do not depend on it." };
        if (texts.Precision is not null)
        {
            precision = new Option<string>("--precision")
            {
                HelpName = "FRACTION",
                Description = $"Keep adding replications until {texts.Precision}, e.g. 0.05 for ±5 %. The replications asked for are the first batch.",
            };
            precisionMetrics = new Option<string[]>("--precision-metric")
            {
                HelpName = "KEY",
                Description = $"The metric --precision applies to; repeat for several (default: {MetricCatalogue.TotalCostPerYear}). Keys are the metric column of summary.csv.",
            };
            maxReplications = new Option<string>("--max-replications")
            {
                HelpName = "N",
                Description = $"With --precision: stop at N replications per {texts.Unit} even if the target is not met (default: {DefaultMaxReplications}).",
            };
        }
        shard = new Option<string>("--shard")
        {
            HelpName = "k/n",
            Description = "Cluster runs: run only shard k of n of the replications, into its own store. Combine the shard stores with `planner merge`, then run the command again with --store on the merged store for the tables and files.",
        };
    }

    /// <summary>Adds the options to a command, most used first.</summary>
    public static RunOptions AddTo(Command command, RunOptionTexts texts)
    {
        var options = new RunOptions(texts);
        Option?[] all =
        [
            options.replications, options.years, options.seed, options.output, options.store, options.quiet, options.threads,
            options.precision, options.precisionMetrics, options.maxReplications, options.shard,
        ];
        foreach (var option in all.OfType<Option>())
            command.Options.Add(option);
        return options;
    }

    /// <summary>The run fields the options set, as overrides the file's validator checks like file values.</summary>
    public List<ScenarioOverride> Overrides(ParseResult parse) =>
        new[] { (Option: replications, Path: "run.replications"), (Option: seed, Path: "run.seed"), (Option: years, Path: "run.years") }
            .Select(x => (x.Path, x.Option.Name, Text: parse.GetValue(x.Option)))
            .Where(x => x.Text is not null)
            .Select(x => ScenarioOverride.FromText(x.Path, x.Text!, x.Name))
            .ToList();

    public string Output(ParseResult parse) => parse.GetValue(output) ?? "results";

    public bool Quiet(ParseResult parse) => parse.GetValue(quiet);

    /// <summary>--store, or planner.db in the output folder.</summary>
    public string StorePath(ParseResult parse) => parse.GetValue(store) ?? Path.Combine(Output(parse), "planner.db");

    /// <summary>The engine settings the options ask for, or null with the errors added.</summary>
    /// <param name="firstBatch">The replications asked for, which a --max-replications cap may not be below.</param>
    /// <param name="fromFile">A precision target an experiment file sets, which the options refine.</param>
    public EngineSettings? Settings(ParseResult parse, int firstBatch, PrecisionTarget? fromFile, List<string> errors)
    {
        if (InputFile.PathTextProblem(Output(parse)) is { } outputProblem)
            errors.Add($"error: --output {InputFile.Shown(Output(parse))}: {outputProblem}; expected a folder (created if missing)");
        else if (File.Exists(Output(parse)))
            errors.Add($"error: --output {Output(parse)}: is a file; expected a folder (created if missing)");
        if (parse.GetValue(store) is { } storeText && InputFile.PathTextProblem(storeText) is { } storeProblem)
            errors.Add($"error: --store {InputFile.Shown(storeText)}: {storeProblem}; expected the path of a store file");
        var threadCount = 0;
        if (parse.GetValue(threads) is { } threadText
            && (!int.TryParse(threadText, NumberStyles.None, CultureInfo.InvariantCulture, out threadCount) || threadCount < 1))
            errors.Add($"error: --threads {threadText} is not allowed; expected a whole number, 1 or more (default: one per processor)");
        Shard? part = null;
        if (parse.GetValue(shard) is { } shardText)
        {
            part = Shard.Parse(shardText, out var error);
            if (error is not null)
                errors.Add("error: " + error);
        }
        var target = PrecisionTarget(parse, fromFile, errors);
        if (target is not null)
        {
            if (target.MaxReplications < firstBatch)
                errors.Add($"error: --max-replications {target.MaxReplications} is below the {firstBatch} replications of the first batch");
            if (part is { IsWhole: false })
                errors.Add($"error: --precision cannot be combined with --shard {part}: the stopping rule needs every replication; run a fixed number of replications in shards instead");
        }
        return errors.Count > 0 ? null : new EngineSettings(threadCount, part, target);
    }

    private PrecisionTarget? PrecisionTarget(ParseResult parse, PrecisionTarget? fromFile, List<string> errors)
    {
        var target = fromFile;
        if (precision is null || precisionMetrics is null || maxReplications is null)
            return target;
        if (parse.GetValue(precision) is { } text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) || !(fraction > 0 && fraction < 1))
                errors.Add($"error: --precision {text} is not allowed; expected a fraction of the mean above 0 and below 1, e.g. 0.05 for ±5 %");
            target = new PrecisionTarget(target?.Metrics ?? [MetricCatalogue.TotalCostPerYear], fraction, target?.MaxReplications ?? DefaultMaxReplications);
        }
        if (parse.GetValue(precisionMetrics) is { Length: > 0 } keys)
        {
            if (target is null)
                errors.Add("error: --precision-metric needs --precision FRACTION (or a precision block in the experiment file)");
            else
                target = target with { Metrics = keys };
        }
        if (parse.GetValue(maxReplications) is { } capText)
        {
            if (!int.TryParse(capText, NumberStyles.None, CultureInfo.InvariantCulture, out var cap) || cap < 2 || cap > 100_000)
                errors.Add($"error: --max-replications {capText} is not allowed; expected a whole number from 2 to 100000");
            else if (target is null)
                errors.Add("error: --max-replications needs --precision FRACTION (or a precision block in the experiment file)");
            else
                target = target with { MaxReplications = cap };
        }
        foreach (var key in target?.Metrics.Where(k => MetricCatalogue.All.All(m => m.Key != k)) ?? [])
        {
            var hint = TextMatching.Closest(key, MetricCatalogue.All.Select(m => m.Key)) is { } near ? $"; did you mean \"{near}\"?" : "";
            errors.Add($"error: --precision-metric \"{key}\" is not a metric{hint} (keys: {string.Join(", ", MetricCatalogue.Headline.Select(m => m.Key))}, …)");
        }
        return target;
    }
}
