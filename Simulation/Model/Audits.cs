using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Receipt audits and eligibility changes (S004). At each month start every krets post checks a number of its
/// households' applications against receipts (PerWorkerPerMonth × FTE, rounded; the households taken from a point
/// of the krets that moves every month): the hours are deadline work of the month, and a check that finds the
/// benefit too high lowers it for the rest of the spell and costs a new calculation. At each month end, every
/// household met in the month may show a change in its eligibility, with the same consequence. Draws come from the
/// mechanism's own stream ("audits"): the households' own streams are untouched, so designs stay paired.
/// </summary>
internal sealed class Audits : IDeclaresCoreMetrics
{
    // The core figures of eligibility changes (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.EligibilityChangesPerYear, "Eligibility changes", "per year", "Benefits found too high by a receipt check or in a meeting, per year (S004).", false),
            s => s[Counter.EligibilityChanges] / s.Years) { ReportOrder = 33 },
    ];

    private readonly AuditParameters p;
    private readonly StreamRandom random;
    private readonly double documentationFactor;

    public Audits(AuditParameters parameters, RandomStreams streams, double documentationFactor)
    {
        p = parameters;
        random = streams.Get("audits");
        this.documentationFactor = documentationFactor;
    }

    /// <summary>At the month start, for one krets post: its receipt checks this month.</summary>
    public void StartMonth(Caseworker c, int month, UnitSimulation unit)
    {
        if (p.PerWorkerPerMonth <= 0 || !c.HoldsCaseload || !c.Filled) return;
        var caseload = c.Caseload;
        int n = caseload.Count;
        int count = Math.Min(n, (int)Math.Round(p.PerWorkerPerMonth * c.Fte, MidpointRounding.AwayFromZero));
        if (count == 0) return;
        // Half a krets on from the meetings' rotation: the names the chief hands out are not those the caseworker meets.
        int i = (MeetingPlan.RotationStart(month, c.Slot, n) + n / 2) % n;
        double hours = count * p.HoursPerAudit;
        for (int k = 0; k < count; k++, i = i + 1 == n ? 0 : i + 1)
        {
            if (random.NextDouble() >= p.FindingShare) continue;
            Reduce(unit.HouseholdAt(caseload[i]), unit.Metrics);
            hours += p.HoursPerChange;
        }
        AddWork(c, hours, unit.Metrics);
        unit.Metrics.Add(Counter.Audits, count);
    }

    /// <summary>At the month end, for a household met this month: a change in its eligibility may come to light.</summary>
    public void Met(Household h, Caseworker c, MetricsAccumulator metrics)
    {
        if (p.ChangeFoundPerMeeting <= 0) return;
        if (random.NextDouble() >= p.ChangeFoundPerMeeting) return;
        Reduce(h, metrics);
        AddWork(c, p.HoursPerChange, metrics);
    }

    /// <summary>Lowers the spell's benefit once: a second finding in the same spell corrects nothing more (the benefit is already right).</summary>
    private void Reduce(Household h, MetricsAccumulator metrics)
    {
        if (h.BenefitLowered) return;
        h.BenefitLowered = true;
        h.Benefit *= 1 - p.BenefitReduction;
        metrics.Increment(Counter.EligibilityChanges);
    }

    /// <summary>The checks and new calculations are deadline work, with their documentation counted as demand when they arise.</summary>
    private void AddWork(Caseworker c, double hours, MetricsAccumulator metrics)
    {
        if (hours <= 0) return;
        c.AddReapplicationWork(hours, documentationFactor);
        metrics.Add(Counter.AuditHours, hours);
    }
}
