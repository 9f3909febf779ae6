using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;

namespace Planner.Simulation.Model;

/// <summary>
/// Meetings and change work (MODEL.md §3.4; ODD §7.4, §7.8) over a month: at the month start each krets's routine
/// meetings come due (<see cref="MeetingPlan"/>: one visit every few months by weight class), each household's contact
/// need is set (<see cref="ContactNeed"/>) and the partner work by class is planned; at the month end the hours of
/// meetings held become households met (ContactNeed.MarkMet, or a design's own marking, FAS), a meeting may bring a
/// change in eligibility to light (<see cref="Audits"/>, S004), and a household's run of months met goes on or breaks.
/// Owns the month's count of households met.
/// </summary>
internal sealed class Meetings : IDeclaresCoreMetrics, IDeclaresMonthlyColumns
{
    // The core figures of client meetings (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.ShareMetInMonth, "Households met in month", "share", "Share of active households with at least one client meeting in the month.", true),
            s => CounterSums.RatioOrZero(s[Counter.HouseholdsMet], s[Counter.HouseholdMonths])) { ReportOrder = 12 },
        new(new(MetricCatalogue.MeetingsPerWorkerMonth, "Meetings per worker", "meetings/FTE/month", "Client meetings held per FTE in posts with a krets, and month.", false),
            s => CounterSums.RatioOrZero(s[Counter.Visits], CounterSums.RatioOrZero(s[Counter.KretsFteDays], s[Counter.WorkingDays]) * s.Months)) { ReportOrder = 26 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("share_met", 18, s => CounterSums.RatioOrZero(s[Counter.HouseholdsMet], s[Counter.HouseholdMonths])),
        new("meetings", 19, s => s[Counter.Visits]),
    ];

    private readonly Households households;
    private readonly MeetingPlan plan;
    private readonly ContactNeed need;
    private readonly Audits audits;
    private readonly DesignSet designs;
    private readonly MetricsAccumulator metrics;
    // By weight class (enkel, medel, tung): read for every household at every month start.
    private readonly double[] partnerHours;
    private int met;

    public Meetings(UnitSimulation unit, Households households, MeetingPlan plan, ContactNeed need, Audits audits, DesignSet designs,
        Parameters.WorkParameters work)
    {
        this.households = households;
        this.plan = plan;
        this.need = need;
        this.audits = audits;
        this.designs = designs;
        metrics = unit.Metrics;
        partnerHours = [work.PartnerHoursEnkel, work.PartnerHoursMedel, work.PartnerHoursTung];
    }

    /// <summary>A day-0 household of the stock: its next routine meeting from the months it has been on assistance.</summary>
    public void Carried(Household h) => plan.Carried(h);

    /// <summary>A decision: the nybesök was this month's meeting; the routine meetings follow from this month.</summary>
    public void Decided(Household h, int month) => plan.Decided(h, month);

    /// <summary>
    /// A krets's month before the designs plan it: no household met yet, the routine meetings due, the contact need and
    /// its part beyond the routine, and the partner work.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public MonthMeetings Plan(Caseworker c, int month, double now)
    {
        double meetings = 0, partner = 0, needHours = 0, extra = 0;
        // The mechanisms in locals: the loop writes to every household of the krets, and this keeps their tables in
        // registers instead of being read again for each household (every krets, every month).
        var register = households;
        var routinePlan = plan;
        var contact = need;
        var partnerByClass = partnerHours;
        foreach (int slot in CollectionsMarshal.AsSpan(c.Caseload))
        {
            var h = register.At(slot);
            h.MetThisMonth = false;
            double routine = routinePlan.PlanMonth(h, month) ? routinePlan.HoursWhenDue(h.Weight) : 0;
            meetings += routine;
            extra += contact.Plan(h, now, routine, out double householdNeed);
            needHours += householdNeed;
            partner += partnerByClass[(int)h.Weight];
        }
        return new MonthMeetings(meetings, meetings, needHours, extra, partner);
    }

    /// <summary>The month's plan as the designs left it becomes the post's work: planned, remaining and done.</summary>
    public static void Set(Caseworker c, in MonthMeetings month)
    {
        c.NeedPlanned = month.Need;
        c.ExtraNeedRemaining = month.ExtraNeed;
        c.MeetingPlanned = month.Planned;
        c.MeetingRemaining = month.Ordinary;
        c.PartnerPlanned = c.PartnerRemaining = month.Partner;
        c.MeetingDone = c.PartnerDone = 0;
    }

    /// <summary>At the month end, per post: the crowded-out share, then the households its meeting hours met.</summary>
    public void MarkMet(Caseworker c, int month)
    {
        c.CrowdedOutShare = ContactNeed.CrowdedOut(c);
        if (!designs.MarkMet(c, month)) need.MarkMet(c, month, households, metrics, plan);
    }

    /// <summary>A household's month end for its meetings: counted if met (the meeting may find an eligibility change), its run of months met.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EndOfMonth(Household h, Caseworker c)
    {
        if (h.MetThisMonth)
        {
            met++;
            // A meeting may bring a change in eligibility to light (S004); not the month's own nybesök.
            if (h.MonthsOnAssistance > 0) audits.Met(h, c, metrics);
        }
        h.MonthsMetInRow = h.MetThisMonth ? h.MonthsMetInRow + 1 : 0;
    }

    /// <summary>The month's figure: households met.</summary>
    public void CloseMonth()
    {
        metrics.Add(Counter.HouseholdsMet, met);
        met = 0;
    }
}
