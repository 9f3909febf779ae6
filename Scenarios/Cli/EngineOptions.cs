using System.CommandLine;
using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Cli;

/// <summary>The options every command that runs replications shares: store, shard, precision target, threads, quiet.</summary>
public sealed class EngineOptions
{
    private readonly Option<string> store;
    private readonly Option<string> shard;
    private readonly Option<string> precision;
    private readonly Option<string[]> precisionMetrics;
    private readonly Option<string> maxReplications;
    private readonly Option<int?>? threads;
    private readonly Option<bool>? quiet;

    private EngineOptions(Command command, string storeDefault, bool withThreadsAndQuiet)
    {
        store = new Option<string>("--store")
        {
            HelpName = "FILE",
            Description = $"SQLite result store (default: {storeDefault}); created if missing. The same command again resumes and skips saved replications.",
        };
        shard = new Option<string>("--shard")
        {
            HelpName = "k/n",
            Description = "Run only shard k of n of the replications (cluster runs); combine the shard stores with `planner merge`.",
        };
        precision = new Option<string>("--precision")
        {
            HelpName = "FRACTION",
            Description = "Add replications until each --precision-metric's 95 % CI half-width is at most FRACTION of its mean (e.g. 0.05 for ±5 %); the replications asked for are the first batch.",
        };
        precisionMetrics = new Option<string[]>("--precision-metric")
        {
            HelpName = "KEY",
            Description = $"Metric key the precision target applies to; repeat for several (default: {MetricCatalogue.TotalCostPerYear}). Keys: see summary.csv.",
            AllowMultipleArgumentsPerToken = false,
        };
        maxReplications = new Option<string>("--max-replications")
        {
            HelpName = "N",
            Description = "Cap on replications per point in --precision mode (default 1000).",
        };
        foreach (var option in new Option[] { store, shard, precision, precisionMetrics, maxReplications })
            command.Options.Add(option);
        if (withThreadsAndQuiet)
        {
            threads = new Option<int?>("--threads") { HelpName = "N", Description = "Most replications run at once (default: one per processor). Results do not depend on it." };
            quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no tables; for scripts." };
            command.Options.Add(threads);
            command.Options.Add(quiet);
        }
    }

    public static EngineOptions AddTo(Command command, string storeDefault, bool withThreadsAndQuiet = true) =>
        new(command, storeDefault, withThreadsAndQuiet);

    public bool Quiet(ParseResult parse) => quiet is not null && parse.GetValue(quiet);

    public int Threads(ParseResult parse) => threads is null ? 0 : parse.GetValue(threads) ?? 0;

    public string StorePath(ParseResult parse, string fallback) => parse.GetValue(store) ?? fallback;

    /// <summary>The engine settings the options ask for, or the errors (each naming the option, the value and what is allowed).</summary>
    public EngineSettings? Settings(ParseResult parse, int threadCount, int firstBatch, PrecisionTarget? fromFile, List<string> errors)
    {
        if (threadCount < 0)
            errors.Add($"error: --threads {threadCount} is not allowed; expected 1 or more");
        Shard? part = null;
        if (parse.GetValue(shard) is { } shardText)
        {
            part = Shard.Parse(shardText, out var error);
            if (error is not null)
                errors.Add("error: " + error);
        }
        var target = fromFile;
        if (parse.GetValue(precision) is { } text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) || !(fraction > 0 && fraction < 1))
                errors.Add($"error: --precision {text} is not allowed; expected a fraction of the mean above 0 and below 1, e.g. 0.05 for ±5 %");
            target = new PrecisionTarget(target?.Metrics ?? [MetricCatalogue.TotalCostPerYear], fraction, target?.MaxReplications ?? 1000);
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
        if (target is not null)
        {
            foreach (var key in target.Metrics.Where(k => MetricCatalogue.All.All(m => m.Key != k)))
            {
                var hint = TextMatching.Closest(key, MetricCatalogue.All.Select(m => m.Key)) is { } near ? $"; did you mean \"{near}\"?" : "";
                errors.Add($"error: --precision-metric \"{key}\" is not a metric{hint} (keys: {string.Join(", ", MetricCatalogue.Headline.Select(m => m.Key))}, …)");
            }
            if (target.MaxReplications < firstBatch)
                errors.Add($"error: --max-replications {target.MaxReplications} is below the {firstBatch} replications of the first batch");
            if (part is { IsWhole: false })
                errors.Add($"error: --precision cannot be combined with --shard {part}: the stopping rule needs every replication; run a fixed number of replications in shards instead");
        }
        return errors.Count > 0 ? null : new EngineSettings(threadCount, part, target);
    }
}
