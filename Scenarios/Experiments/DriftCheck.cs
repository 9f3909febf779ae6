using System.Globalization;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// Whether the unit described holds its level with no change asked for: the caseload (households a month) and
/// the strain of the last 12 months against the first 12, per replication (paired), as a share of the first.
/// A drift is reported when the mean change is at least <see cref="Threshold"/> and its 95 % CI excludes 0:
/// smaller movements are the start-up's settling and the noise that MSER-5 describes for the statistician.
/// </summary>
public static class DriftCheck
{
    public const double Threshold = 0.05;

    public sealed record Drift(string Figure, double FirstYear, double LastYear, double Change, double HalfWidth);

    /// <summary>The drifts of the caseload and the strain; empty for a steady unit, a horizon under two years or a unit with changes.</summary>
    public static IReadOnlyList<Drift> Find(UnitParameters unit, IReadOnlyList<ReplicationResult> results)
    {
        var drifts = new List<Drift>();
        if (unit.Changes.Count > 0 || results.Count < 2) return drifts;
        foreach (var column in new[] { "households", "strain_mean" })
        {
            var first = new List<double>();
            var last = new List<double>();
            foreach (var r in results)
            {
                int c = r.Monthly.Columns.ToList().IndexOf(column);
                if (c < 0 || r.Monthly.Rows.Count < 24) return drifts;
                first.Add(r.Monthly.Rows.Take(12).Average(m => m[c]));
                last.Add(r.Monthly.Rows.Skip(r.Monthly.Rows.Count - 12).Average(m => m[c]));
            }
            double a = first.Average(), b = last.Average();
            if (a <= 0) continue;
            var (mean, _, half) = Summaries.Interval(first.Zip(last, (x, y) => (y - x) / a).ToList());
            if (Math.Abs(mean) >= Threshold && double.IsFinite(half) && Math.Abs(mean) > half)
                drifts.Add(new Drift(column, a, b, mean, half));
        }
        return drifts;
    }

    /// <summary>The drifts in a unit chief's words, with their size and what would hold the caseload; empty when steady.</summary>
    public static IReadOnlyList<string> Describe(UnitParameters unit, IReadOnlyList<ReplicationResult> results, double years)
    {
        var lines = new List<string>();
        string span = N(years, years == Math.Round(years) ? 0 : 1);
        foreach (var d in Find(unit, results))
        {
            string way = d.Change > 0 ? "rises" : "falls";
            string size = Pct(Math.Abs(d.Change));
            if (d.Figure == "households")
            {
                var hold = SteadyInflow.Derive(unit);
                lines.Add($"Note: with this staff and inflow the caseload {way} about {size} over {span} years "
                    + $"(from {N(d.FirstYear, 0)} households a month in the first year to {N(d.LastYear, 0)} in the last; ± {Pct(d.HalfWidth)}), with no change asked for: "
                    + "the unit described is not in balance.");
                lines.Add(unit.Inflow.Steady
                    ? "  The inflow is already the steady one for the households given; what moves the caseload is the staff's capacity (meetings and exits): the year-by-year figures show where."
                    : $"  About {N(hold.FirstApplicationsPerMonth, 1)} first applications a month would hold {N(unit.InitialHouseholds, 0)} households (the file gives "
                      + $"{N(unit.Inflow.ApplicationsPerMonth, 1)}): set \"inflow\": {{ \"steady\": true }} to use it, or give the households the unit really has.");
            }
            else
            {
                lines.Add($"Note: staff strain {way} about {size} over {span} years (from {N(d.FirstYear, 2)} in the first year to {N(d.LastYear, 2)} in the last, ± {Pct(d.HalfWidth)}), with no change asked for: "
                    + (d.Change > 0 ? "the staff do not keep up with this caseload; more posts or less work per household would hold it." : "the staff have room to spare at this caseload."));
            }
        }
        return lines;
    }

    /// <summary>The steady inflow's arithmetic, for a file that asks for it.</summary>
    public static string SteadyArithmetic(UnitParameters unit)
    {
        var a = SteadyInflow.Derive(unit);
        var path = a.PathAtStart == 1 ? "" : $" ÷ the path's {N(a.PathAtStart, 2)} at the start";
        return $"Steady inflow: {N(a.Households, 0)} households on the books ÷ {N(a.MonthsPerSpell, 1)} months per spell = {N(a.SpellStartsPerMonth, 1)} spells starting a month; "
            + $"{Pct(a.ReentryProbability)} of leavers return ({N(a.ReentriesPerMonth, 1)} a month), so first applications = {N(a.SpellStartsPerMonth, 1)} − {N(a.ReentriesPerMonth, 1)}{path} = {N(a.FirstApplicationsPerMonth, 1)} a month.";
    }

    private static string N(double v, int decimals) => v.ToString("N" + decimals, CultureInfo.InvariantCulture);
    private static string Pct(double share) => (100 * share).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
