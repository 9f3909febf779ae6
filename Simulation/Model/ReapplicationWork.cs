using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// The month's re-applications (återansökan, MODEL.md §3.3; ODD §7.4) as work. Every household of a krets re-applies
/// at the month start; the designs have said beforehand who decides each (<see cref="ReapplicationRoute"/>: in a FAS
/// meeting, automatically, or the ordinary way by the krets's post or an ekonomihandläggare). The part worked the
/// ordinary way and the checks on the automated decisions are charged here once, to the post that will do them, with
/// their documentation as demand; each counter is added once, never taken back. A re-application that arises later
/// (a household booked into a FAS meeting that was not held re-applies the ordinary way at the month end) is new work
/// then, charged here too.
/// </summary>
internal sealed class ReapplicationWork(WorkParameters work, double documentationFactor, MetricsAccumulator metrics) : IDeclaresCoreMetrics
{
    // The core figures of re-application work (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.ReapplicationHoursPerHouseholdMonth, "Re-application work", "h/household/month", "Hours charged for monthly re-applications (återansökan) per household and month: worked the ordinary way, or the calculation inside a FAS meeting where the decision is given (S004); automated ones cost none.", false),
            s => CounterSums.RatioOrZero(s[Counter.ReapplicationHours], s[Counter.HouseholdMonths])) { ReportOrder = 28 },
    ];

    private int due, inMeetings;
    private double automated, checks;

    /// <summary>Each charge of re-application work to a post as it is made: lets a test follow the work (month start or late).</summary>
    internal Action<ReapplicationCharge>? Charged { get; set; }

    /// <summary>Whether the month's re-applications are due on its <paramref name="workingDayOfMonth"/>-th working day (by ReapplicationDueWorkingDays).</summary>
    public static bool Due(WorkParameters work, int workingDayOfMonth) => workingDayOfMonth >= work.ReapplicationDueWorkingDays;

    /// <summary>At the month start: the post's re-applications, routed, charged to whoever will work them.</summary>
    public void Charge(Caseworker c, in ReapplicationRoute route, int month)
    {
        double hours = Hours(route.Households, route.InMeetings, route.Automated, route.CheckHours);
        var to = route.ManualTo ?? c;
        to.AddReapplicationWork(hours, documentationFactor);
        Charged?.Invoke(new ReapplicationCharge(month, c, to, hours, hours * documentationFactor, Late: false));
        due += route.Households;
        inMeetings += route.InMeetings;
        automated += route.Automated;
        checks += route.CheckHours;
    }

    // The hours of re-applications worked the ordinary way, less the automated ones, plus their checks; written so that
    // a krets without designs is charged n × hours exactly, as before the routing existed.
    private double Hours(double households, double inMeetings, double automatedCount, double checkHours)
    {
        double r = work.ReapplicationHours;
        return (households - inMeetings) * r - automatedCount * r + checkHours;
    }

    /// <summary>After every post is charged: the month's counters, once.</summary>
    public void MonthCharged()
    {
        metrics.Add(Counter.Reapplications, due);
        metrics.Add(Counter.ReapplicationsSeparate, due - inMeetings);
        metrics.Add(Counter.ReapplicationHours, Hours(due, inMeetings, automated, checks));
        due = inMeetings = 0;
        automated = checks = 0;
    }

    /// <summary>
    /// <paramref name="households"/> of the post re-apply the ordinary way now, late (their FAS meeting was not held):
    /// new work, overdue at once.
    /// </summary>
    public void Late(Caseworker c, int households, int month)
    {
        if (households <= 0) return;
        double hours = households * work.ReapplicationHours;
        c.AddReapplicationWork(hours, documentationFactor);
        metrics.Add(Counter.ReapplicationsSeparate, households);
        metrics.Add(Counter.ReapplicationHours, hours);
        Charged?.Invoke(new ReapplicationCharge(month, c, c, hours, hours * documentationFactor, Late: true));
    }
}

/// <summary>Re-application work charged to a post: the krets it comes from, the post that works it, its hours and its demand (documentation included).</summary>
internal readonly record struct ReapplicationCharge(int Month, Caseworker Krets, Caseworker To, double Hours, double Demand, bool Late);
