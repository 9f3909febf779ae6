using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;

namespace Planner.Simulation.Model;

/// <summary>
/// The monthly cycle (MODEL.md §3.3): at the month start every household of a krets re-applies (återansökan) and the
/// month's meetings are planned — the designs first say who decides the re-applications and how the meetings are
/// planned, before anything is charged (<see cref="DesignSet.RouteReapplications"/>, <see cref="DesignSet.PlanMeetings"/>);
/// each part is then charged once, to the post that will work it (<see cref="ReapplicationWork"/>). At the month end,
/// post by post and household by household: the meetings held (<see cref="Meetings"/>), the month counted (a
/// household-month, its benefit, its weight; the calendar year's months for the long-term count), then the exit step
/// (<see cref="ExitsAndReentry"/>); after them the staff's month (disengagement) and the figures of the month. It
/// closes calendar years and, at the end of a run inside a year, the part year.
/// </summary>
internal sealed class MonthlyCycle : IDeclaresCoreMetrics, IDeclaresYearlyMetrics, IDeclaresMonthlyColumns
{
    // The core figures of the caseload counted at each month end (households, and households per FTE in post) (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.CasesPerFte, "Cases per FTE", "households/FTE", "Active households per caseworker FTE in post, mean over months.", true),
            s => CounterSums.RatioOrZero(s[Counter.CasesPerFteMonthly], s[Counter.CasesPerFteMonths])) { ReportOrder = 1 },
        new(new(MetricCatalogue.WeightedCasesPerFte, "Weighted cases per FTE", "weight/FTE", "Case-weighted households per caseworker FTE in post.", false),
            s => CounterSums.RatioOrZero(s[Counter.WeightedCasesPerFteMonthly], s[Counter.CasesPerFteMonths])) { ReportOrder = 2 },
        new(new(MetricCatalogue.HouseholdsActive, "Households", "households", "Active households, mean over months.", false),
            s => CounterSums.RatioOrZero(s[Counter.HouseholdMonths], s.Months)) { ReportOrder = 17 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("households", 1, s => s[Counter.HouseholdMonths]),
        new("cases_per_fte", 7, s => s[Counter.CasesPerFteMonthly]),
        new("weighted_cases_per_fte", 8, s => s[Counter.WeightedCasesPerFteMonthly]),
    ];

    // The figures only a calendar year has, of the months closed (YearlyCatalogue.Own), from a year's sums.
    public static IReadOnlyList<DeclaredMetric> YearlyMetrics { get; } =
    [
        new(new(YearlyCatalogue.MonthsInYear, "Months in the year", "months", "Months of the horizon in this calendar year (12: a whole year).", false),
            s => s.Months) { ReportOrder = 1 },
        new(new(YearlyCatalogue.HouseholdMonths, "Household-months", "household-months", "Households on assistance at month ends, summed over the year's months (bidragsmånader; Stockholm 2017: 101,580, PUB).", false),
            s => s[Counter.HouseholdMonths]) { ReportOrder = 4 },
    ];

    private readonly UnitSimulation unit;
    private readonly Caseworker[] posts;
    private readonly Households households;
    private readonly Caseloads caseloads;
    private readonly Meetings meetings;
    private readonly ReapplicationWork reapplications;
    private readonly Audits audits;
    private readonly ExitsAndReentry exits;
    private readonly Staffing staffing;
    private readonly Strain strain;
    private readonly DesignSet designs;
    private readonly Calendar calendar;
    private readonly MetricsAccumulator metrics;

    public MonthlyCycle(UnitSimulation unit, Caseworker[] posts, Households households, Caseloads caseloads, Meetings meetings,
        ReapplicationWork reapplications, Audits audits, ExitsAndReentry exits, Staffing staffing, Strain strain, DesignSet designs)
    {
        this.unit = unit;
        this.posts = posts;
        this.households = households;
        this.caseloads = caseloads;
        this.meetings = meetings;
        this.reapplications = reapplications;
        this.audits = audits;
        this.exits = exits;
        this.staffing = staffing;
        this.strain = strain;
        this.designs = designs;
        calendar = unit.Calendar;
        metrics = unit.Metrics;
    }

    public void Start(int month)
    {
        designs.BeginMonth(month);
        double now = unit.Now;
        foreach (var c in posts)
        {
            var planned = meetings.Plan(c, month, now);
            // The designs say who decides the krets's re-applications and plan its meetings before anything is set or
            // charged (FAS books households into meetings that decide them and plans every meeting; a payment split
            // takes the re-applications); each part is then charged once, to the post that will work it. Every active
            // household re-applies (återansökan); last month's undone ones stay as backlog.
            var route = designs.RouteReapplications(c, month);
            Meetings.Set(c, designs.PlanMeetings(c, month, route, planned));
            reapplications.Charge(c, route, month);
            audits.StartMonth(c, month, unit);
        }
        reapplications.MonthCharged();
    }

    public void End(int month)
    {
        double labourMarket = exits.LabourMarketFactor(month);
        double now = unit.Now;
        int counted = 0;
        double weighted = 0, benefits = 0;
        var counting = unit.HouseholdMonthCounted;
        // The mechanisms in locals: the household loop writes to every household, and this keeps them in registers.
        var register = households;
        var held = meetings;
        var exitStep = exits;
        var weights = caseloads;
        foreach (var c in posts)
        {
            held.MarkMet(c, month);
            double overload = exitStep.OverloadFactor(c);
            var caseload = c.Caseload;
            // Backwards: an exit takes its household out of the list (the last one moves into its place).
            for (int i = caseload.Count - 1; i >= 0; i--)
            {
                var h = register.At(caseload[i]);
                counted++;
                counting?.Invoke(month, h);
                weighted += weights.CaseWeight(h.Weight);
                benefits += h.Benefit;
                held.EndOfMonth(h, c);
                h.MonthsThisYear++;
                exitStep.EndOfMonth(h, c, overload, labourMarket, now);
            }
        }
        meetings.CloseMonth();
        metrics.Add(Counter.HouseholdMonths, counted);
        metrics.Add(Counter.BenefitCost, benefits);

        // The staff figures are taken before the month's disengagement draws (each draw changes only its own post).
        double kretsFte = staffing.CountMonth(now);
        strain.EndOfMonth(posts);
        if (kretsFte > 0)
        {
            metrics.Add(Counter.CasesPerFteMonthly, counted / kretsFte);
            metrics.Add(Counter.WeightedCasesPerFteMonthly, weighted / kretsFte);
            metrics.Increment(Counter.CasesPerFteMonths);
        }
        designs.EndMonth(month);
        metrics.CloseMonth(month);
    }

    /// <summary>31 December: every household's months of the year are counted for the long-term figure, and the year closes.</summary>
    public void CloseYear(int year)
    {
        households.CountYearMonths(reset: true);
        // Only whole calendar years inside the run count; a run starting mid-year skips its first year.
        bool whole = new DateOnly(year, 1, 1) >= calendar.Start;
        metrics.CloseYear(year, whole, whole ? Households.LongTermMonths : null);
    }

    /// <summary>
    /// The horizon ends inside a calendar year: that part year is closed too. With no whole calendar year in the run,
    /// its covered months count for the run's long-term share with a scaled threshold.
    /// </summary>
    public void CloseRun()
    {
        var lastDay = calendar.DateOf(calendar.Days - 1);
        if (lastDay.Month == 12 && lastDay.Day == 31) return;
        households.CountYearMonths(reset: false);
        int covered = Math.Min(12, calendar.Months);
        int? threshold = metrics.YearsTallied == 0 ? (int)Math.Ceiling((double)Households.LongTermMonths * covered / 12) : null;
        metrics.CloseYear(lastDay.Year, false, threshold);
    }
}
