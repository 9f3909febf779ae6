using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>
/// A figure per month read from a replication's monthly series, as a fan chart shows it: its label, its display
/// unit and how to compute it from the columns (some are ratios of columns, turnover is a trailing 12-month rate).
/// </summary>
public sealed record MonthlyMetric(string Id, string LabelId, string UnitId, Func<MonthlySeries, double[]> Values)
{
    public string Label(Texts texts) => texts.Metric(LabelId);

    public string Unit(Texts texts) => UnitId.StartsWith("unit.", StringComparison.Ordinal) ? texts[UnitId] : texts.Unit(UnitId);
}

/// <summary>The fan charts' metrics (issue: households, cases per FTE, strain, sick leave, turnover, days to decision, share met, exits, cost).</summary>
public static class MonthlyMetrics
{
    public static MonthlyMetric Households { get; } = new("households", MetricCatalogue.HouseholdsActive, "households", s => Column(s, "households"));
    public static MonthlyMetric CasesPerFte { get; } = new("cases-per-fte", MetricCatalogue.CasesPerFte, "households/FTE", s => Column(s, "cases_per_fte"));
    public static MonthlyMetric Strain { get; } = new("strain", MetricCatalogue.StrainIndex, "index 0–1", s => Column(s, "strain_mean"));
    public static MonthlyMetric SickLeave { get; } = new("sick-leave", MetricCatalogue.SickLeavePercent, "% of contracted time", s => Column(s, "sick_pct"));
    public static MonthlyMetric Turnover { get; } = new("turnover", "turnover.monthly", "unit.pct.year", TrailingTurnover);
    public static MonthlyMetric DaysToDecision { get; } = new("days-to-decision", MetricCatalogue.DaysToDecision, "days", s => Column(s, "days_to_decision"));
    public static MonthlyMetric ShareMet { get; } = new("share-met", MetricCatalogue.ShareMetInMonth, "unit.pct", s => Scaled(Column(s, "share_met"), 100));
    public static MonthlyMetric Exits { get; } = new("exits", "exits.monthly", "per 100 households/month", ExitsPer100);
    public static MonthlyMetric Cost { get; } = new("cost", "cost.monthly", "unit.msek.month", s => Scaled(Column(s, CostComponents.TotalColumn), 1e-6));

    public static IReadOnlyList<MonthlyMetric> All { get; } =
        [Households, CasesPerFte, Strain, SickLeave, Turnover, DaysToDecision, ShareMet, Exits, Cost];

    /// <summary>A column's values by month; all NaN if the series lacks the column (an older results folder).</summary>
    public static double[] Column(MonthlySeries series, string name)
    {
        var index = IndexOf(series, name);
        var values = new double[series.Rows.Count];
        for (int m = 0; m < values.Length; m++)
            values[m] = index < 0 ? double.NaN : series.Rows[m][index];
        return values;
    }

    private static int IndexOf(MonthlySeries series, string name)
    {
        for (int i = 0; i < series.Columns.Count; i++)
        {
            if (series.Columns[i] == name)
                return i;
        }
        return -1;
    }

    private static double[] Scaled(double[] values, double factor)
    {
        for (int i = 0; i < values.Length; i++)
            values[i] *= factor;
        return values;
    }

    /// <summary>Exits to self-sufficiency per 100 households on the books, month by month (the run metric restricted to the month).</summary>
    private static double[] ExitsPer100(MonthlySeries s)
    {
        var exits = Column(s, "exits_self_sufficiency");
        var households = Column(s, "households");
        for (int m = 0; m < exits.Length; m++)
            exits[m] = households[m] > 0 ? 100 * exits[m] / households[m] : double.NaN;
        return exits;
    }

    /// <summary>
    /// Resignations of the last 12 months as a percentage of the posts filled in them: one month's resignations are a
    /// small count (0, 1, 2), so a monthly rate would be mostly zeros and spikes. No value before the first full
    /// 12 months, nor where the series lacks filled_posts (an older results folder).
    /// </summary>
    private static double[] TrailingTurnover(MonthlySeries s)
    {
        var resignations = Column(s, "resignations");
        var filled = Column(s, "filled_posts");
        var rate = new double[resignations.Length];
        double sumResignations = 0, sumFilled = 0;
        for (int m = 0; m < rate.Length; m++)
        {
            sumResignations += resignations[m];
            sumFilled += filled[m];
            if (m >= 12)
            {
                sumResignations -= resignations[m - 12];
                sumFilled -= filled[m - 12];
            }
            // 12 months' resignations ÷ the posts filled on average over them.
            rate[m] = m >= 11 && sumFilled > 0 ? 100 * sumResignations / (sumFilled / 12) : double.NaN;
        }
        return rate;
    }
}
