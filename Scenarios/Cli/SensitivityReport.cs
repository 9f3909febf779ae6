using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>Prints the ranking of parameters with 95 % CIs after a Morris or Sobol experiment and writes sensitivity.csv.</summary>
public static class SensitivityReport
{
    public static Action<string>? Analyse(ExperimentRunner.Finished finished, CliContext context)
    {
        var plan = finished.Load.Sensitivity!;
        var outcome = finished.Outcome;
        var all = new List<SensitivityRow>();
        foreach (var metric in plan.Outputs)
        {
            var values = outcome.Points.Select((p, i) => finished.Store.MetricValues(outcome.ExperimentId, i, metric, p.Replications)).ToList();
            var rows = SensitivityAnalysis.Rank(plan, metric, SensitivityAnalysis.PointMeans(values));
            all.AddRange(rows);
            if (!finished.Quiet)
                Write(finished.Console, context, plan, metric, rows, outcome);
        }
        if (!finished.Quiet && plan.LeftOut.Count > 0)
            context.Out.WriteLine("Left out: " + string.Join("; ", plan.LeftOut));
        return folder => File.WriteAllText(Path.Combine(folder, "sensitivity.csv"), Csv(plan, all));
    }

    private static void Write(IAnsiConsole console, CliContext context, SensitivityPlan plan, string metric,
        IReadOnlyList<SensitivityRow> rows, EngineOutcome outcome)
    {
        var definition = MetricCatalogue.Get(metric);
        var morris = plan.Morris is not null;
        var replications = outcome.Points[0].Replications;
        context.Out.WriteLine(morris
            ? $"Morris screening of {definition.Label} ({definition.Unit}): {plan.Parameters.Count} parameters, {plan.Morris!.Trajectories} trajectories, {plan.Morris.Levels} levels, {outcome.Points.Count} points × {replications} replications."
            : $"Sobol indices of {definition.Label} ({definition.Unit}): {plan.Parameters.Count} parameters, N = {plan.Saltelli!.N}, {outcome.Points.Count} points × {replications} replications.");
        context.Out.WriteLine(morris
            ? "μ* = mean |elementary effect| (change of the metric over the parameter's whole range), ranked; σ large next to μ* = interactions or non-linearity. CIs: bootstrap over trajectories."
            : "ST = share of the metric's variance the parameter explains with its interactions, ranked; S1 = on its own. CIs: bootstrap over the N base rows.");
        var (unit, format) = SummaryTable.DisplayFormat(definition.Unit, rows.Select(r => Math.Abs(r.Main)).DefaultIfEmpty(0).Max());
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn(new TableColumn("Rank").RightAligned());
        table.AddColumn("Parameter");
        table.AddColumn("Range");
        if (morris)
        {
            table.AddColumn(new TableColumn(Markup.Escape($"μ* ({unit})")).RightAligned());
            table.AddColumn(new TableColumn("95 % CI").RightAligned());
            table.AddColumn(new TableColumn(Markup.Escape($"μ ({unit})")).RightAligned());
            table.AddColumn(new TableColumn(Markup.Escape($"σ ({unit})")).RightAligned());
        }
        else
        {
            foreach (var name in new[] { "ST", "95 % CI", "S1", "95 % CI " })
                table.AddColumn(new TableColumn(name).RightAligned());
        }
        foreach (var r in rows)
        {
            var range = $"{Invariant.Number(Round(r.Parameter.Min))} – {Invariant.Number(Round(r.Parameter.Max))}";
            var cells = morris
                ? new[] { format(r.Main), $"{format(r.MainLow)} – {format(r.MainHigh)}", format(r.Second), format(r.Spread) }
                : new[] { Share(r.Main), $"{Share(r.MainLow)} – {Share(r.MainHigh)}", Share(r.Second), $"{Share(r.SecondLow)} – {Share(r.SecondHigh)}" };
            table.AddRow([r.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Parameter.Path), Markup.Escape(range), .. cells]);
        }
        console.Write(table);
    }

    private static string Csv(SensitivityPlan plan, IReadOnlyList<SensitivityRow> rows)
    {
        var morris = plan.Morris is not null;
        var header = morris
            ? new[] { "metric", "rank", "parameter", "min", "max", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "mu", "sigma" }
            : new[] { "metric", "rank", "parameter", "min", "max", "st", "st_ci_low", "st_ci_high", "s1", "s1_ci_low", "s1_ci_high" };
        var csv = new Csv().Row(header);
        foreach (var r in rows)
        {
            string[] start = [r.Metric, Invariant.Number(r.Rank), r.Parameter.Path, Invariant.Number(r.Parameter.Min), Invariant.Number(r.Parameter.Max),
                Invariant.Number(r.Main), Invariant.Number(r.MainLow), Invariant.Number(r.MainHigh), Invariant.Number(r.Second)];
            csv.Row(morris ? [.. start, Invariant.Number(r.Spread)] : [.. start, Invariant.Number(r.SecondLow), Invariant.Number(r.SecondHigh)]);
        }
        return csv.ToString();
    }

    private static double Round(double value) => Math.Round(value, 6);

    private static string Share(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
