using Planner.Simulation.Designs;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// One replication of a unit for ekonomiskt bistånd: builds the mechanisms of MODEL.md §3 — each owns its state and
/// its step — and orders their steps in a day and in a month on the kernel's callback scheduler. Day d's work runs in
/// one event at time d + 1 (end of day d), so applications that arrive during the day can be worked the same day;
/// staff events sit at fixed fractions of a day (<see cref="Staffing"/>). Organisational designs act through the
/// hooks of one <see cref="DesignSet"/> (Simulation/Designs); with none the hooks are neutral. The mechanisms' small
/// steps inside the per-post and per-household loops are marked for inlining, so the split costs the hot loops no calls;
/// their large steps (a post's WorkDay.Run, a krets's meeting plan and marking, a spell's end) are kept out of line,
/// because inlined by profile-guided optimisation they made the day and month loops spill.
/// </summary>
public sealed class UnitSimulation
{
    private readonly Caseworker[] posts;
    private readonly DesignSet designs;
    private readonly SteadyStart steady;
    private readonly Households households;
    private readonly Caseloads caseloads;
    private readonly Intake intake;
    private readonly ExitsAndReentry exitsAndReentry;
    private readonly Staffing staffing;
    private readonly Introduction introduction;
    private readonly ChangesAtDates changes;
    private readonly Strain strain;
    private readonly Absence absence;
    private readonly Costs costs;
    private readonly WorkDay workDay;
    private readonly ContactNeed contactNeed;
    private readonly Manager manager;
    private readonly ReapplicationWork reapplications;
    private readonly Meetings meetings;
    private readonly MonthlyCycle monthly;
    private readonly Action<int> onDay;
    private readonly double documentationFactor;
    private bool ran;

    public UnitSimulation(UnitParameters parameters, ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(run);
        parameters = SteadyInflow.Apply(parameters);
        Parameters = parameters;
        Run = run;
        int months = Math.Max(1, (int)Math.Round(run.Years * 12));
        Calendar = new Calendar(parameters.StartDate, months);
        // About 230 events wait at a time in the baseline (at most ~290): the list grows by doubling if a unit needs more.
        Scheduler = new Scheduler(512);
        Streams = new RandomStreams(run.Seed, run.Replication);
        Metrics = new MetricsAccumulator();
        designs = DesignSet.Create(parameters);
        Metrics.ReportDesignMetrics = designs.ReportsMetrics;
        documentationFactor = 1 + parameters.Staff.DocumentationPerClientHour;
        var work = parameters.Work;

        var inflow = new Inflow(parameters.Inflow, Calendar, Streams.Get("inflow"));
        var exits = new Exits(parameters.Exits);
        strain = new Strain(parameters.Strain, Metrics);
        var vacation = new Vacation(parameters.Absence);
        absence = new Absence(parameters.Absence, Calendar, Metrics, vacation);
        var turnover = new Turnover(parameters.Turnover);
        var recruitment = new Recruitment(parameters, Streams, vacation, Calendar);
        costs = new Costs(parameters.Costs, parameters.Staff, Metrics);
        var meetingPlan = new MeetingPlan(parameters.Work);
        contactNeed = new ContactNeed(parameters.ContactNeed, parameters.Work, documentationFactor, Streams.Get("no-shows"));
        manager = new Manager(parameters.Manager, Streams, Calendar);
        var audits = new Audits(parameters.Audits, Streams, documentationFactor);
        reapplications = new ReapplicationWork(parameters.Work, documentationFactor, Metrics);
        introduction = new Introduction(parameters.Introduction);
        steady = new SteadyStart(parameters, meetingPlan, exits, inflow.PathAt(0));

        var plan = new PostPlan(parameters.Staff.Caseworkers);
        designs.ShapePosts(plan);
        changes = new ChangesAtDates(parameters.Changes, Calendar, plan, inflow, Streams);
        posts = plan.Build();
        if (posts.Length == 0) throw new ArgumentException("The unit needs at least one caseworker post.", nameof(parameters));
        double applicationDemand = work.NewApplicationHours * documentationFactor;
        households = new Households(Streams, Metrics, parameters.Costs.BenefitPerHouseholdMonth);
        caseloads = new Caseloads(posts, households, designs, Scheduler, Metrics, work, applicationDemand, documentationFactor);
        meetings = new Meetings(this, households, meetingPlan, contactNeed, audits, designs, work);
        intake = new Intake(this, posts, households, caseloads, designs, manager, meetings, inflow, changes.InflowLevel, applicationDemand);
        exitsAndReentry = new ExitsAndReentry(exits, inflow, households, caseloads, intake, designs, Calendar, Scheduler, Metrics);
        staffing = new Staffing(posts, plan, parameters, turnover, recruitment, strain, caseloads, costs, designs, Scheduler, Metrics);
        changes.Connect(this, staffing, intake, households, costs, designs, inflow);
        monthly = new MonthlyCycle(this, posts, households, caseloads, meetings, reapplications, audits, exitsAndReentry, staffing, strain, designs);
        workDay = new WorkDay(this, intake, strain);

        onDay = OnDay;
        designs.Attach(this);
    }

    public UnitParameters Parameters { get; }
    public ModelRun Run { get; }
    public Calendar Calendar { get; }
    public MetricsAccumulator Metrics { get; }
    internal Scheduler Scheduler { get; }
    internal RandomStreams Streams { get; }
    public IReadOnlyList<Caseworker> Posts => posts;
    public double Now => Scheduler.Now;

    public Household HouseholdAt(int slot) => households.At(slot);
    internal DesignSet Designs => designs;
    /// <summary>Called for each household counted in a month's household-months (month, household): lets a test count by hand.</summary>
    internal Action<int, Household>? HouseholdMonthCounted { get; set; }
    internal WorkDay WorkDay => workDay;
    internal Costs Costs => costs;
    internal ContactNeed ContactNeed => contactNeed;
    internal ReapplicationWork Reapplications => reapplications;
    internal double DocumentationFactor => documentationFactor;
    /// <summary>Hours of one new application, documentation included: what assigning it adds to demand.</summary>
    internal double ApplicationDemand => intake.ApplicationDemand;

    /// <summary>The day a change acts from: its date's day, or its month's first day.</summary>
    public static int DayOf(UnitChange change, Calendar calendar) => ChangesAtDates.DayOf(change, calendar);

    // ------------------------------------------------------------------ what designs and tests ask of the unit

    /// <summary>Whether a post may receive a new application today: the right role, and no design holding it back.</summary>
    public bool TakesNewCases(Caseworker c) => intake.TakesNewCases(c);

    /// <summary>Whether a post has the role that receives new applications (generalists, or the mottagning).</summary>
    public bool HasNewCaseRole(Caseworker c) => intake.HasNewCaseRole(c);

    /// <summary>Whether the oldest waiting application has had its nybesök booked for today or earlier.</summary>
    internal bool HeadApplicationReady(Caseworker c, int day) => intake.HeadApplicationReady(c, day);

    /// <summary>Hours of applications whose nybesök is due or past and that are still undecided: deadline backlog.</summary>
    internal double ReadyIntakeHours(Caseworker c, int day) => intake.ReadyIntakeHours(c, day);

    /// <summary>A household changes krets (counted as a handover).</summary>
    internal void Move(Household h, Caseworker from, Caseworker to) => caseloads.Move(h, from, to);

    internal double MeetingHours(WeightClass w) => w switch
    {
        WeightClass.Enkel => Parameters.Work.MeetingHoursEnkel,
        WeightClass.Medel => Parameters.Work.MeetingHoursMedel,
        _ => Parameters.Work.MeetingHoursTung,
    };

    // ------------------------------------------------------------------ run

    public ReplicationResult Execute()
    {
        if (ran) throw new InvalidOperationException("A UnitSimulation runs once.");
        ran = true;
        // The unit as it is on day 0 (SteadyStart): its staff, its krets, the returns to come, the intake under way.
        staffing.StartInitialStaff(steady);
        caseloads.DealStock(steady, Parameters.InitialHouseholds, meetings, Calendar.Start.Month);
        exitsAndReentry.StartReturnsToCome(steady);
        intake.StartUnderWay(steady);
        changes.Apply(0);
        Scheduler.ScheduleAt(1, onDay, 0);
        intake.Open();
        Scheduler.Run(Calendar.Days);
        return Finish();
    }

    // ------------------------------------------------------------------ the day

    private void OnDay(int day)
    {
        int month = Calendar.MonthOf(day);
        var date = Calendar.DateOf(day);
        date.Deconstruct(out int year, out int monthOfYear, out int dayOfMonth);
        if (day == 0 || (monthOfYear == 1 && dayOfMonth == 1)) absence.PlanVacations(posts, year);
        if (day == Calendar.MonthStart(month)) monthly.Start(month);
        if (Calendar.IsWorkingDay(day)) WorkingDay(day, month, date.DayOfYear - 1, year);
        if (day == Calendar.MonthEnd(month)) monthly.End(month);
        if (monthOfYear == 12 && dayOfMonth == 31) monthly.CloseYear(year);
        // Tomorrow's changes act from tomorrow's first moment: now, before any of its applications arrive.
        if (changes.Pending) changes.Apply(day + 1);
        if (day + 1 < Calendar.Days) Scheduler.ScheduleAt(day + 2, onDay, day + 1);
    }

    private void WorkingDay(int day, int month, int dayOfYear, int year)
    {
        var p = Parameters;
        // Who is at work today; among them the newcomers in the first half of their introduction and their helpers.
        int filled = 0;
        introduction.StartDay();
        foreach (var c in posts)
        {
            if (!c.Filled) continue;
            absence.UpdatePresence(c, day, dayOfYear, year);
            filled++;
            introduction.Count(c, day);
        }
        introduction.PlanDay();
        designs.CoverAbsences(this, day);
        manager.StartDay(day, Metrics);
        intake.SignWaiting(day);

        // The chief's support eases strain only while the chief is there (S001).
        double relief = manager.Present ? Strain.Relief(p.Strain, p.Staff.ManagerSupportHoursPerWeek, filled) : 0;
        int workingDaysInMonth = Calendar.WorkingDaysInMonth(month);
        int workingDayOfMonth = Calendar.WorkingDayOfMonth(day);
        int remaining = workingDaysInMonth - workingDayOfMonth + 1;   // today included: this is a working day
        bool reapplicationsDue = ReapplicationWork.Due(p.Work, workingDayOfMonth);

        foreach (var c in posts)
        {
            double given = 0, withheld = 0;
            if (c.IsPresent)
            {
                given = introduction.HoursGiven(c, day);
                designs.WithheldHours(c, day, ref given, ref withheld);
                workDay.Run(c, day, given + withheld, remaining, workingDayOfMonth, workingDaysInMonth);
            }
            else WorkDay.CancelPlannedClientWork(c, remaining);
            workDay.AddBacklog(c, day, reapplicationsDue);

            if (!c.Filled)
            {
                staffing.CountVacantDay(c);
                continue;
            }
            strain.Update(c, day, relief - designs.StrainShift(c, day));
            costs.WorkingDay(c, day, given);
            strain.CountDay(c);
            staffing.CountDay(c);
            absence.CountDay(c);
            staffing.DrawResignation(c, day);
        }
        designs.WorkingDayDone(day);
        workDay.CloseDay();
    }

    // ------------------------------------------------------------------ the result

    private ReplicationResult Finish()
    {
        monthly.CloseRun();
        double years = Calendar.Months / 12.0;
        var values = Metrics.Values(years, Parameters.Population);
        var conservation = new Conservation(
            households.Initial, intake.Arrived, caseloads.Active, exitsAndReentry.Exited, intake.Pending,
            staffing.Initial, staffing.Hired, staffing.Employed, staffing.Left);
        return new ReplicationResult(Run.Replication, Run.Seed, values, Metrics.Series(), conservation)
        {
            Yearly = Metrics.Yearly(Parameters.Population),
        };
    }
}
