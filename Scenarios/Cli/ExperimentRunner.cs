using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>
/// What `planner experiment` and `planner sensitivity` share once the experiment is loaded: check the options,
/// run it through the engine session, print the points and export. Returns the exit code.
/// </summary>
public static class ExperimentRunner
{
    /// <summary>What an analysis after the run gets; it returns a writer of extra export files, or null.</summary>
    public sealed record Finished(ExperimentLoad Load, ResultStore Store, EngineOutcome Outcome, IAnsiConsole Console, bool Quiet);

    public static int Run(ExperimentLoad load, RunOptions options, System.CommandLine.ParseResult parse, CliContext context,
        CancellationToken cancellation, Func<Finished, Action<string>?>? analyse = null)
    {
        if (!load.Ok)
            return EngineSession.Refuse(context, load.Errors.Select(e => e.ToString()));
        var plan = load.Plan!;
        var spec = load.Spec!;
        var errors = new List<string>();
        var settings = options.Settings(parse, plan.Run.Replications, spec.Precision?.Target, errors);
        if (settings?.Precision is not null && load.Sensitivity is not null)
            errors.Add($"error: --precision does not apply to a {load.Sensitivity.Method} design, which runs a fixed number of replications at every point");
        if (errors.Count > 0 || settings is null)
            return EngineSession.Refuse(context, errors);

        var quiet = options.Quiet(parse);
        var console = ConsoleFactory.Create(context);
        var job = new EngineJob(plan, load.File,
            () =>
            {
                context.Out.WriteLine($"{plan.Name}: {plan.Points.Count} point(s) × {plan.Run.Replications} replications of {Invariant.Number(plan.Run.Years)} years, seed {plan.Run.Seed} (experiment {plan.ShortHash})");
                if (spec.Description.Length > 0)
                    context.Out.WriteLine(spec.Description);
            },
            (store, outcome) => Finish(load, store, outcome, settings, options.Output(parse), quiet, console, context, analyse));
        return EngineSession.Execute(context, console, settings, quiet, options.StorePath(parse), [job], cancellation);
    }

    private static int Finish(ExperimentLoad load, ResultStore store, EngineOutcome outcome, EngineSettings settings, string output,
        bool quiet, IAnsiConsole console, CliContext context, Func<Finished, Action<string>?>? analyse)
    {
        var plan = load.Plan!;
        if (!quiet)
        {
            if (load.Sensitivity is null)
                WritePoints(console, plan, store, outcome, load.Spec!.Metrics);
            if (EngineReport.Resumed(outcome) is { } resumed)
                context.Out.WriteLine(resumed);
            if (settings.Precision is { } target)
                WritePrecision(context, outcome, target);
            if (plan.StoreMonthly)
            {
                var first = store.Load(outcome.ExperimentId, 0, outcome.Points[0].Replications);
                context.Out.WriteLine((plan.Points.Count > 1 ? "Point 0: " : "") + WarmupDiagnostic.Describe(WarmupDiagnostic.Compute(first)));
            }
        }
        var folder = Path.Combine(output, ResultFolderName.From(plan.Name));
        var extraFiles = analyse?.Invoke(new Finished(load, store, outcome, console, quiet));
        if (!EngineSession.TryWrite(context, $"the export of {plan.Name}", () => StoreExport.Write(store, store.Find(plan.Hash)!, folder, extraFiles)))
            return ExitCodes.RunFailed;
        context.Out.WriteLine($"Results in {store.Path} (experiment {plan.ShortHash}), exported to {folder}");
        return ExitCodes.Ok;
    }

    private static void WritePoints(IAnsiConsole console, ExperimentPlan plan, ResultStore store, EngineOutcome outcome, IReadOnlyList<string> metrics)
    {
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn(new TableColumn("Point").RightAligned());
        var showScenario = plan.Scenarios.Count > 1 || plan.Points.All(p => p.Settings.Count == 0);
        if (showScenario)
            table.AddColumn("Scenario");
        var paths = plan.Points.SelectMany(p => p.Settings.Select(s => s.Path)).Distinct().ToList();
        foreach (var path in paths)
            table.AddColumn(new TableColumn(Markup.Escape(path)).RightAligned());
        var definitions = metrics.Select(MetricCatalogue.Get).ToList();
        var values = outcome.Points.Select((p, i) => metrics.Select(m => Summaries.Interval(
            store.MetricValues(outcome.ExperimentId, i, m, p.Replications).Where(double.IsFinite).ToArray())).ToList()).ToList();
        for (var m = 0; m < definitions.Count; m++)
        {
            var (unit, _) = SummaryTable.DisplayFormat(definitions[m].Unit, values.Select(v => v[m].Mean).DefaultIfEmpty(0).First());
            table.AddColumn(new TableColumn(Markup.Escape($"{definitions[m].Label} ({unit}) ± 95 % CI")).RightAligned());
        }
        table.AddColumn(new TableColumn("n").RightAligned());
        for (var i = 0; i < plan.Points.Count; i++)
        {
            var point = plan.Points[i];
            var cells = new List<string> { i.ToString(CultureInfo.InvariantCulture) };
            if (showScenario)
                cells.Add(Markup.Escape(plan.Scenarios[point.ScenarioIndex].Name));
            cells.AddRange(paths.Select(path => point.Settings.FirstOrDefault(s => s.Path == path) is { } setting ? Invariant.Number(Math.Round(setting.Value, 6)) : ""));
            for (var m = 0; m < definitions.Count; m++)
            {
                var (mean, _, half) = values[i][m];
                var (_, format) = SummaryTable.DisplayFormat(definitions[m].Unit, values.Select(v => v[m].Mean).DefaultIfEmpty(0).First());
                cells.Add(double.IsFinite(half) ? $"{format(mean)} ± {format(half)}" : format(mean));
            }
            cells.Add(outcome.Points[i].Replications.ToString(CultureInfo.InvariantCulture));
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    private static void WritePrecision(CliContext context, EngineOutcome outcome, PrecisionTarget target)
    {
        var missed = outcome.Points.Where(p => !p.PrecisionMet).ToList();
        if (outcome.Points.Count == 1 || missed.Count > 0)
        {
            foreach (var point in outcome.Points.Where(p => outcome.Points.Count == 1 || !p.PrecisionMet))
            {
                foreach (var line in EngineReport.Precision(point, target, outcome.Points.Count == 1 ? "" : $" (point {point.Point.Index})"))
                    context.Out.WriteLine(line);
            }
            return;
        }
        var worst = outcome.Points.SelectMany(p => p.Precision).Max(p => p.Relative);
        var counts = outcome.Points.Select(p => p.Replications).ToList();
        context.Out.WriteLine($"Precision: every point met ±{(target.RelativeHalfWidth * 100).ToString("0.0#", CultureInfo.InvariantCulture)} % on {string.Join(", ", target.Metrics)} "
            + $"(widest ±{(worst * 100).ToString("0.0#", CultureInfo.InvariantCulture)} %) with {counts.Min()}–{counts.Max()} replications.");
    }
}
