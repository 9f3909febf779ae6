using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Calibration;

/// <summary>
/// Which metric keys a target may name and how a replication's value for a target is read. A target
/// without a year reads the horizon average (the metric column of summary.csv); a target with a year needs
/// the calendar-year figures, which this build does not report yet, so such a target is refused with a
/// message instead of being compared with the wrong number.
/// </summary>
public static class TargetMetrics
{
    public static IReadOnlyList<string> HorizonKeys { get; } = MetricCatalogue.All.Select(m => m.Key).ToArray();

    /// <summary>Calendar-year metric keys; empty until the model reports figures per calendar year.</summary>
    public static IReadOnlyList<string> YearlyKeys { get; } = [];

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
    public static double Read(Target target, ReplicationResult result) =>
        target.Year is null && result.Values.TryGetValue(target.Metric, out var value) ? value : double.NaN;
}
