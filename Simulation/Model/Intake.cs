using System.Runtime.CompilerServices;
using Planner.Simulation.Designs;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Intake (MODEL.md §3.1–3.2): applications arrive from the inflow path (and, after an inflow change, from its
/// extra stream, <see cref="InflowLevel"/>); each is allocated to a post (the allocation rule: round-robin "by date",
/// S002, or a design's), has its nybesök booked FirstVisitWorkingDays working days on, and is decided when the
/// post has worked its hours (<see cref="WorkDay"/>). A decision beyond the caseworker's delegation waits for the
/// chief's signature (<see cref="Manager"/>). The decision starts the spell and puts the household in a krets.
/// Owns the count of applications under way and of those made during the run, and the decision figures (days from
/// application, days from the nybesök as Kolada counts them, S001).
/// </summary>
internal sealed class Intake : IDeclaresCoreMetrics, IDeclaresMonthlyColumns
{
    // The core figures of applications and their decisions (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.DaysToDecision, "Application to decision", "days", "Mean calendar days from a new application to its decision.", true),
            s => CounterSums.RatioOrZero(s[Counter.DecisionDaysSum], s[Counter.Decisions])) { ReportOrder = 7 },
        new(new(MetricCatalogue.ShareDecisionOver8Days, "Decisions over 8 days", "share", "Share of new applications decided after more than 8 days (Stockholm deadline, S000).", true),
            s => CounterSums.RatioOrZero(s[Counter.DecisionsOver8], s[Counter.Decisions])) { ReportOrder = 8 },
        new(new(MetricCatalogue.ShareDecisionOver14Days, "Decisions over 14 days", "share", "Share decided after more than 14 days (Kolada measure, S001).", false),
            s => CounterSums.RatioOrZero(s[Counter.DecisionsOver14], s[Counter.Decisions])) { ReportOrder = 9 },
        new(new(MetricCatalogue.DaysFirstVisitToDecision, "Nybesök to decision", "days", "Mean calendar days from the first visit (nybesök) to the decision, as Kolada counts the wait (S001).", false),
            s => CounterSums.RatioOrZero(s[Counter.FirstVisitDaysSum], s[Counter.Decisions])) { ReportOrder = 10 },
        new(new(MetricCatalogue.ShareFirstVisitOver14Days, "Over 14 days from nybesök", "share", "Share of decisions more than 14 days after the nybesök (Kolada; Vårgårda 2019: 55 %, S001).", false),
            s => CounterSums.RatioOrZero(s[Counter.FirstVisitOver14], s[Counter.Decisions])) { ReportOrder = 11 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("new_applications", 2, s => s[Counter.NewApplications]),
        new("decisions", 3, s => s[Counter.Decisions]),
        new("days_to_decision", 20, s => CounterSums.RatioOrZero(s[Counter.DecisionDaysSum], s[Counter.Decisions])),
    ];

    private readonly UnitSimulation unit;
    private readonly Caseworker[] posts;
    private readonly Households households;
    private readonly Caseloads caseloads;
    private readonly DesignSet designs;
    private readonly Manager manager;
    private readonly Meetings meetings;
    private readonly Inflow inflow;
    private readonly InflowLevel? inflowLevel;
    private readonly Calendar calendar;
    private readonly Scheduler clock;
    private readonly MetricsAccumulator metrics;
    private readonly WorkParameters work;
    private readonly RoundRobinAllocation roundRobin = new();
    private readonly Action<int> onArrival, onExtraArrival;
    private readonly Action<int, int, int> onSigned;
    private IAllocationRule allocation;

    public Intake(UnitSimulation unit, Caseworker[] posts, Households households, Caseloads caseloads, DesignSet designs,
        Manager manager, Meetings meetings, Inflow inflow, InflowLevel? inflowLevel, double applicationDemand)
    {
        this.unit = unit;
        this.posts = posts;
        this.households = households;
        this.caseloads = caseloads;
        this.designs = designs;
        this.manager = manager;
        this.meetings = meetings;
        this.inflow = inflow;
        this.inflowLevel = inflowLevel;
        calendar = unit.Calendar;
        clock = unit.Scheduler;
        metrics = unit.Metrics;
        work = unit.Parameters.Work;
        ApplicationDemand = applicationDemand;
        allocation = designs.Rule ?? roundRobin;
        onArrival = OnArrival;
        onExtraArrival = OnExtraArrival;
        onSigned = FinishDecision;
    }

    /// <summary>Hours of one new application, documentation included: what assigning it adds to demand.</summary>
    public double ApplicationDemand { get; }

    /// <summary>Applications made and not yet decided.</summary>
    public int Pending { get; private set; }

    /// <summary>Applications made during the run (new and returning households).</summary>
    public int Arrived { get; private set; }

    /// <summary>The designs changed (a change at a date): the allocation rule is theirs, or round-robin.</summary>
    public void DesignsChanged() => allocation = designs.Rule ?? roundRobin;

    /// <summary>
    /// Applications made in the last days before day 0 and not yet decided: the intake of a unit at work.
    /// From application to decision takes about the nybesök's working days and one more day of work.
    /// </summary>
    public void StartUnderWay(SteadyStart steady)
    {
        double wait = (work.FirstVisitWorkingDays + 1) * 7.0 / 5;
        int pending = (int)Math.Round(steady.ApplicationsPerMonth * wait / Calendar.DaysPerMonth);
        for (int i = pending - 1; i >= 0; i--)
        {
            var h = households.NewInitial();
            inflow.DrawAttributes(h, inflow.PathAt(0));
            Apply(h, -wait * (i + 0.5) / pending);
        }
    }

    /// <summary>The first arrivals of the path and of an inflow change's extra stream.</summary>
    public void Open()
    {
        ScheduleNextArrival();
        ScheduleNextExtraArrival();
    }

    private void ScheduleNextArrival()
    {
        double t = inflow.NextArrival(clock.Now);
        if (t < calendar.Days) clock.ScheduleAt(t, onArrival);
    }

    private void OnArrival(int unused)
    {
        // The path's arrival now, unless an inflow factor below 1 drops it.
        if (inflowLevel is { } level && level.Drops(clock.Now))
        {
            households.SkipNumber();
            ScheduleNextArrival();
            return;
        }
        var h = households.New();
        inflow.DrawAttributes(h, inflow.PathAtTime(clock.Now));
        Apply(h);
        ScheduleNextArrival();
    }

    private void ScheduleNextExtraArrival()
    {
        if (inflowLevel is not { } level) return;
        double t = level.NextExtraArrival(clock.Now);
        if (t < calendar.Days) clock.ScheduleAt(t, onExtraArrival);
    }

    private void OnExtraArrival(int unused)
    {
        var h = households.NewExtra();
        inflow.DrawAttributes(h, inflow.PathAtTime(clock.Now));
        Apply(h);
        ScheduleNextExtraArrival();
    }

    /// <summary>An application now: a new household's or a returning one's (återaktualisering).</summary>
    public void Apply(Household h) => Apply(h, clock.Now);

    /// <summary>An application made at <paramref name="time"/> (before day 0 for the intake the unit starts with).</summary>
    private void Apply(Household h, double time)
    {
        h.State = HouseholdState.PendingIntake;
        h.ApplicationTime = time;
        h.IntakeReadyDay = calendar.AddWorkingDays((int)Math.Floor(time), work.FirstVisitWorkingDays);
        Pending++;
        if (time >= 0)
        {
            Arrived++;
            metrics.Increment(Counter.NewApplications);
        }
        var c = posts[allocation.Choose(unit, h)];
        h.Caseworker = c.Slot;
        c.Intake.Enqueue(h.Slot);
        c.DemandToday += ApplicationDemand;
    }

    /// <summary>Whether a post may receive a new application today: the right role, and no design holding it back.</summary>
    public bool TakesNewCases(Caseworker c) => designs.TakesNewCases(c, (int)clock.Now);

    /// <summary>Whether a post has the role that receives new applications (generalists, or the mottagning).</summary>
    public bool HasNewCaseRole(Caseworker c) => c.InUse && c.Role == designs.NewCaseRole;

    /// <summary>Whether the oldest waiting application has had its nybesök booked for today or earlier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HeadApplicationReady(Caseworker c, int day) =>
        c.Intake.Count > 0 && households.At(c.Intake.Peek()).IntakeReadyDay <= day;

    /// <summary>Hours of applications whose nybesök is due or past and that are still undecided: deadline backlog.</summary>
    public double ReadyIntakeHours(Caseworker c, int day)
    {
        if (c.Intake.Count == 0) return 0;
        int ready = 0;
        foreach (int slot in c.Intake.Oldest)
            if (households.At(slot).IntakeReadyDay <= day) ready++;
        foreach (int slot in c.Intake.Rest)
            if (households.At(slot).IntakeReadyDay <= day) ready++;
        return ready == 0 ? 0 : ready * work.NewApplicationHours - c.IntakeHeadHoursDone;
    }

    /// <summary>
    /// The decision on a new application (beslut): the spell starts; the nybesök counts as this month's
    /// meeting. The household joins the krets of the post that owns the application, which is the
    /// decider unless someone decided on an absent colleague's behalf (beredskapsteam, timvikarie).
    /// </summary>
    public void Decide(int slot, Caseworker c, int day)
    {
        // Beyond the caseworker's delegation the chief signs; an absent chief keeps the decision waiting (Manager, S001).
        if (!manager.Present && manager.NeedsSignature(households.At(slot)))
        {
            manager.Hold(slot, c.Slot, day);
            metrics.Increment(Counter.DecisionsAwaitingSignature);
            return;
        }
        FinishDecision(slot, c.Slot, day);
    }

    /// <summary>The chief, back at work, signs the decisions that waited (each takes effect now).</summary>
    public void SignWaiting(int day) => manager.Sign(day, onSigned);

    /// <summary>The decision takes effect (at once, or when the chief has signed it).</summary>
    private void FinishDecision(int slot, int post, int day)
    {
        var h = households.At(slot);
        var c = posts[post];
        double days = clock.Now - h.ApplicationTime;
        metrics.Increment(Counter.Decisions);
        metrics.Add(Counter.DecisionDaysSum, days);
        if (days > 8) metrics.Increment(Counter.DecisionsOver8);
        if (days > 14) metrics.Increment(Counter.DecisionsOver14);
        // Kolada counts the wait from the nybesök, in calendar days (S001).
        int fromFirstVisit = day - h.IntakeReadyDay;
        metrics.Add(Counter.FirstVisitDaysSum, fromFirstVisit);
        if (fromFirstVisit > 14) metrics.Increment(Counter.FirstVisitOver14);
        Pending--;
        h.State = HouseholdState.Active;
        h.SpellStartDay = day;
        h.SpellStartedInRun = true;
        h.MonthsOnAssistance = 0;
        h.MonthsMetInRow = 0;
        h.MetThisMonth = true;
        // A new spell is calculated anew: a benefit an audit lowered in the last spell does not carry over (Audits).
        h.Benefit = households.Benefit;
        h.BenefitLowered = false;
        meetings.Decided(h, calendar.MonthOf(day));
        metrics.Increment(Counter.Visits);
        var owner = posts[h.Caseworker];
        caseloads.Add(owner.HoldsCaseload && owner.Filled ? owner : c.HoldsCaseload && c.Filled ? c : caseloads.LeastLoadedFilledPost() ?? owner, h);
    }
}
