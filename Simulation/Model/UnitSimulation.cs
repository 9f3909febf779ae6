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
/// hooks of one <see cref="DesignSet"/> (Simulation/Designs); with none the hooks are neutral.
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
    private readonly MeetingPlan meetingPlan;
    private readonly ContactNeed contactNeed;
    private readonly Manager manager;
    private readonly Audits audits;
    private readonly ReapplicationWork reapplications;
    private readonly Action<int> onDay;
    private readonly double documentationFactor;
    // By weight class (enkel, medel, tung): read for every household at every month start.
    private readonly double[] partnerHours;
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
        Scheduler = new Scheduler(4096);
        Streams = new RandomStreams(run.Seed, run.Replication);
        Metrics = new MetricsAccumulator();
        designs = DesignSet.Create(parameters);
        Metrics.ReportDesignMetrics = designs.ReportsMetrics;
        documentationFactor = 1 + parameters.Staff.DocumentationPerClientHour;
        var work = parameters.Work;
        partnerHours = [work.PartnerHoursEnkel, work.PartnerHoursMedel, work.PartnerHoursTung];

        var inflow = new Inflow(parameters.Inflow, Calendar, Streams.Get("inflow"));
        var exits = new Exits(parameters.Exits);
        strain = new Strain(parameters.Strain, Metrics);
        var vacation = new Vacation(parameters.Absence);
        absence = new Absence(parameters.Absence, Calendar, Metrics, vacation);
        var turnover = new Turnover(parameters.Turnover);
        var recruitment = new Recruitment(parameters, Streams, vacation, Calendar);
        costs = new Costs(parameters.Costs, parameters.Staff, Metrics);
        meetingPlan = new MeetingPlan(parameters.Work);
        contactNeed = new ContactNeed(parameters.ContactNeed, parameters.Work, documentationFactor, Streams.Get("no-shows"));
        manager = new Manager(parameters.Manager, Streams, Calendar);
        audits = new Audits(parameters.Audits, Streams, documentationFactor);
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
        intake = new Intake(this, posts, households, caseloads, designs, manager, meetingPlan, inflow, changes.InflowLevel, applicationDemand);
        exitsAndReentry = new ExitsAndReentry(exits, parameters.Exits.ReentryMeanMonths, inflow, households, caseloads, intake, designs, Calendar, Scheduler, Metrics);
        staffing = new Staffing(posts, plan, parameters, turnover, recruitment, strain, caseloads, costs, designs, Scheduler, Metrics);
        changes.Connect(this, staffing, intake, households, costs, designs, inflow);
        workDay = new WorkDay(this, strain);

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
    public int ActiveHouseholds => caseloads.Active;
    public int PendingApplications => intake.Pending;
    public Household HouseholdAt(int slot) => households.At(slot);
    internal DesignSet Designs => designs;
    /// <summary>Called for each household counted in a month's household-months (month, household): lets a test count by hand.</summary>
    internal Action<int, Household>? HouseholdMonthCounted { get; set; }
    internal WorkDay WorkDay => workDay;
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

    /// <summary>The decision on a new application (<see cref="Intake.Decide"/>).</summary>
    internal void Decide(int slot, Caseworker c, int day) => intake.Decide(slot, c, day);

    /// <summary>A household changes krets (counted as a handover).</summary>
    internal void Move(Household h, Caseworker from, Caseworker to) => caseloads.Move(h, from, to);

    /// <summary>The filled generalist post with the fewest households per FTE.</summary>
    internal Caseworker? LeastLoadedFilledPost() => caseloads.LeastLoadedFilledPost();

    internal double MeetingHours(WeightClass w) => w switch
    {
        WeightClass.Enkel => Parameters.Work.MeetingHoursEnkel,
        WeightClass.Medel => Parameters.Work.MeetingHoursMedel,
        _ => Parameters.Work.MeetingHoursTung,
    };

    internal double CaseWeight(WeightClass w) => caseloads.CaseWeight(w);

    // ------------------------------------------------------------------ run

    public ReplicationResult Execute()
    {
        if (ran) throw new InvalidOperationException("A UnitSimulation runs once.");
        ran = true;
        // The unit as it is on day 0 (SteadyStart): its staff, its krets, the returns to come, the intake under way.
        staffing.StartInitialStaff(steady);
        caseloads.DealStock(steady, Parameters.InitialHouseholds, meetingPlan, Calendar.Start.Month);
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
        if (day == Calendar.MonthStart(month)) StartMonth(month);
        if (Calendar.IsWorkingDay(day)) WorkingDay(day, month, date.DayOfYear - 1, year);
        if (day == Calendar.MonthEnd(month)) EndMonth(month);
        if (monthOfYear == 12 && dayOfMonth == 31) CloseYear(year);
        // Tomorrow's changes act from tomorrow's first moment: now, before any of its applications arrive.
        if (changes.Pending) changes.Apply(day + 1);
        if (day + 1 < Calendar.Days) Scheduler.ScheduleAt(day + 2, onDay, day + 1);
    }

    private void WorkingDay(int day, int month, int dayOfYear, int year)
    {
        var p = Parameters;
        // Who is at work today; among them the newcomers in the first half of their introduction and their helpers.
        int filled = absence.RollCall(posts, day, dayOfYear, year);
        introduction.PlanDay(posts, day);
        designs.CoverAbsences(this, day);
        manager.StartDay(day, Metrics);
        intake.SignWaiting(day);

        // The chief's support eases strain only while the chief is there (S001).
        double relief = manager.Present ? Strain.Relief(p.Strain, p.Staff.ManagerSupportHoursPerWeek, filled) : 0;
        int workingDaysInMonth = Calendar.WorkingDaysInMonth(month);
        int workingDayOfMonth = Calendar.WorkingDayOfMonth(day);
        int remaining = workingDaysInMonth - workingDayOfMonth + 1;   // today included: this is a working day
        bool reapplicationsDue = workingDayOfMonth >= p.Work.ReapplicationDueWorkingDays;

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

    // ------------------------------------------------------------------ the month

    private void StartMonth(int month)
    {
        designs.BeginMonth(month);
        double now = Now;
        foreach (var c in posts)
        {
            double meetings = 0, partner = 0, need = 0, extra = 0;
            foreach (int slot in c.Caseload)
            {
                var h = households.At(slot);
                h.MetThisMonth = false;
                double routine = meetingPlan.PlanMonth(h, month) ? meetingPlan.HoursWhenDue(h.Weight) : 0;
                meetings += routine;
                extra += contactNeed.Plan(h, now, routine);
                need += h.NeedHours;
                partner += partnerHours[(int)h.Weight];
            }
            // The designs say who decides the krets's re-applications and plan its meetings before anything is set or
            // charged (FAS books households into meetings that decide them and plans every meeting; a payment split
            // takes the re-applications); each part is then charged once, to the post that will work it. Every active
            // household re-applies (återansökan); last month's undone ones stay as backlog.
            var route = designs.RouteReapplications(c, month);
            var plan = designs.PlanMeetings(c, month, route, new MonthMeetings(meetings, meetings, need, extra, partner));
            c.NeedPlanned = plan.Need;
            c.ExtraNeedRemaining = plan.ExtraNeed;
            c.MeetingPlanned = plan.Planned;
            c.MeetingRemaining = plan.Ordinary;
            c.PartnerPlanned = c.PartnerRemaining = plan.Partner;
            c.MeetingDone = c.PartnerDone = 0;
            reapplications.Charge(c, route, month);
            audits.StartMonth(c, month, this);
        }
        reapplications.MonthCharged();
    }

    private void EndMonth(int month)
    {
        double labourMarket = exitsAndReentry.LabourMarketFactor(month);
        double now = Now;
        int counted = 0, met = 0;
        double weighted = 0, benefits = 0;
        foreach (var c in posts)
        {
            c.CrowdedOutShare = ContactNeed.CrowdedOut(c);
            if (!designs.MarkMet(c, month)) contactNeed.MarkMet(c, month, this, meetingPlan);
            var caseload = c.Caseload;
            for (int i = caseload.Count - 1; i >= 0; i--)
            {
                var h = households.At(caseload[i]);
                counted++;
                HouseholdMonthCounted?.Invoke(month, h);
                weighted += caseloads.CaseWeight(h.Weight);
                benefits += h.Benefit;
                if (h.MetThisMonth)
                {
                    met++;
                    // A meeting may bring a change in eligibility to light (S004); not the month's own nybesök.
                    if (h.MonthsOnAssistance > 0) audits.Met(h, c, Metrics);
                }
                h.MonthsMetInRow = h.MetThisMonth ? h.MonthsMetInRow + 1 : 0;
                h.MonthsThisYear++;
                exitsAndReentry.EndOfMonth(h, c, labourMarket, now);
            }
        }
        Metrics.Add(Counter.HouseholdsMet, met);
        Metrics.Add(Counter.HouseholdMonths, counted);
        Metrics.Add(Counter.BenefitCost, benefits);

        double kretsFte = 0;
        int filled = 0, novices = 0, disengaged = 0;
        foreach (var c in posts)
        {
            if (!c.Filled) continue;
            filled++;
            // Cases per FTE counts the posts that hold a krets, not a beredskapsteam or ekonomihandläggare.
            if (c.HoldsCaseload) kretsFte += c.Fte;
            if (c.ExperienceMonths(now) < 12) novices++;
            if (c.Disengaged) disengaged++;
            strain.MaybeDisengage(c);
        }
        if (kretsFte > 0)
        {
            Metrics.Add(Counter.CasesPerFteMonthly, counted / kretsFte);
            Metrics.Add(Counter.WeightedCasesPerFteMonthly, weighted / kretsFte);
            Metrics.Increment(Counter.CasesPerFteMonths);
        }
        if (filled > 0)
        {
            Metrics.Add(Counter.StaffUnderOneYearShare, (double)novices / filled);
            Metrics.Add(Counter.DisengagedShare, (double)disengaged / filled);
            Metrics.Increment(Counter.StaffShareMonths);
        }
        designs.EndMonth(month);
        Metrics.CloseMonth(month);
    }

    private void CloseYear(int year)
    {
        households.CountYearMonths(reset: true);
        // Only whole calendar years inside the run count; a run starting mid-year skips its first year.
        bool whole = new DateOnly(year, 1, 1) >= Calendar.Start;
        Metrics.CloseYear(year, whole, whole ? 10 : null);
    }

    // ------------------------------------------------------------------ the result

    private ReplicationResult Finish()
    {
        var lastDay = Calendar.DateOf(Calendar.Days - 1);
        if (lastDay.Month != 12 || lastDay.Day != 31)
        {
            // The horizon ends inside a calendar year: that part year is closed too. With no whole calendar
            // year in the run, its covered months count for the run's long-term share with a scaled threshold.
            households.CountYearMonths(reset: false);
            int covered = Math.Min(12, Calendar.Months);
            int? threshold = Metrics.YearsTallied == 0 ? (int)Math.Ceiling(10.0 * covered / 12) : null;
            Metrics.CloseYear(lastDay.Year, false, threshold);
        }
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
