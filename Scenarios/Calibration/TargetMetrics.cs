using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Calibration;

/// <summary>
/// Which metric keys a target may name and how a replication's value for a target is read. A target
/// without a year reads the horizon average (the metric column of summary.csv); a target with a year reads
/// that calendar year's figure (yearly.csv, <see cref="YearlyCatalogue"/>), which the scenario's horizon
/// must cover.
/// </summary>
public static class TargetMetrics
{
    public static IReadOnlyList<string> HorizonKeys { get; } = MetricCatalogue.All.Select(m => m.Key).ToArray();

    /// <summary>Calendar-year metric keys (the metric column of yearly.csv).</summary>
    public static IReadOnlyList<string> YearlyKeys { get; } = YearlyCatalogue.All.Select(m => m.Key).ToArray();

    /// <summary>The key a target's values are stored under in the result store.</summary>
    public static string StoreKey(Target target) => target.Year is { } year ? $"yearly:{year}:{target.Metric}" : target.Metric;

    /// <summary>The metric's definition (label, unit), horizon or yearly.</summary>
    public static MetricDefinition? Definition(Target target) =>
        target.Year is null ? MetricCatalogue.All.FirstOrDefault(m => m.Key == target.Metric) : YearlyCatalogue.Find(target.Metric);

    /// <summary>Null when every year-bound target lies in the scenario's horizon, else what is wrong.</summary>
    public static string? CheckHorizon(Target target, DateOnly start, double years)
    {
        if (target.Year is not { } year)
            return null;
        var lastMonth = start.AddMonths(Math.Max(1, (int)Math.Round(years * 12))).AddDays(-1);
        if (year >= start.Year && year <= lastMonth.Year)
            return null;
        return $"target {target.Key}: {year} lies outside the scenario's horizon {start.Year}–{lastMonth.Year}; set the scenario's startDate (e.g. \"{year}-01-01\") and run.years so the horizon covers it, or leave year empty for the horizon average";
    }

    /// <summary>Null when the key is allowed for the year, else what is wrong and what is allowed.</summary>
    public static string? Check(string metric, int? year)
    {
        if (year is null)
        {
            if (HorizonKeys.Contains(metric))
                return null;
            var near = Files.TextMatching.Closest(metric, HorizonKeys);
            return $"\"{metric}\" is not a metric{(near is null ? "" : $"; did you mean \"{near}\"?")} (a target without a year names a metric column of summary.csv, e.g. {MetricCatalogue.MonthsPerHouseholdYear}, {MetricCatalogue.LongTermShare})";
        }
        if (YearlyKeys.Contains(metric))
            return null;
        if (YearlyKeys.Count == 0)
            return $"a year ({year}) is given for \"{metric}\", but this build reports no calendar-year figures; leave year empty to fit the horizon average";
        var close = Files.TextMatching.Closest(metric, YearlyKeys);
        return $"\"{metric}\" is not a calendar-year metric{(close is null ? "" : $"; did you mean \"{close}\"?")} (allowed with a year: {string.Join(", ", YearlyKeys)})";
    }

    /// <summary>A replication's value for the target (NaN when the replication does not report it).</summary>
    public static double Read(Target target, ReplicationResult result)
    {
        if (target.Year is not { } year)
            return result.Values.TryGetValue(target.Metric, out var value) ? value : double.NaN;
        return result.Yearly.FirstOrDefault(y => y.Year == year)?.Values.TryGetValue(target.Metric, out var yearly) == true ? yearly : double.NaN;
    }
}
