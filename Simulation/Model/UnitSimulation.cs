using Planner.Simulation.Designs;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// One replication of a unit for ekonomiskt bistånd: owns the state (posts, households, calendar),
/// wires the mechanisms together and runs them on the kernel's callback scheduler.
/// Day d's work runs in one event at time d + 1 (end of day d), so applications that arrive during
/// the day can be worked the same day. Other events sit at fixed fractions of a day so their order
/// with the daily event is unambiguous: a leaver's last moment at +0.25, a new holder's start at +0.5.
/// Organisational designs act through the hooks of one <see cref="DesignSet"/> (Simulation/Designs);
/// with none the hooks are neutral.
/// </summary>
public sealed partial class UnitSimulation
{
    private const double LeaveOffset = 0.25;
    private const double StartOffset = 0.5;
    private const double DaysPerYear = 365.25;

    private readonly Caseworker[] posts;
    private readonly IReadOnlyList<PostPlan.Group> postGroups;
    private readonly int unitPosts;
    private readonly DesignSet designs;
    private readonly Households households;
    private readonly Caseloads caseloads;
    private IAllocationRule allocation;
    private readonly RoundRobinAllocation roundRobin = new();
    private readonly Inflow inflow;
    private readonly SteadyStart steady;
    private readonly Exits exits;
    private readonly Strain strain;
    private readonly Vacation vacation;
    private readonly Absence absence;
    private readonly Turnover turnover;
    private readonly Recruitment recruitment;
    private readonly Costs costs;
    private readonly WorkDay workDay;
    private readonly MeetingPlan meetingPlan;
    private readonly ContactNeed contactNeed;
    private readonly Action<int> onDay, onArrival, onReentry, onLeave, onHire, onCoverStart, onExtraArrival;
    private readonly Action<int, int, int> onSigned;
    private readonly Manager manager;
    private readonly Audits audits;
    private readonly ReapplicationWork reapplications;
    private readonly double documentationFactor;
    // Colleagues introduce newcomers in the first half of their introduction (S000: "en enorm belastning").
    private readonly double introHalfDays;
    // By weight class (enkel, medel, tung): read for every household at every month start.
    private readonly double[] partnerHours;

    private int pendingCount;
    private int householdsArrived, householdsExited;
    private int staffInitial, staffHired, staffLeft;
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
        allocation = designs.Rule ?? roundRobin;
        documentationFactor = 1 + parameters.Staff.DocumentationPerClientHour;
        introHalfDays = parameters.Introduction.Months / 2 * Calendar.DaysPerMonth;
        var work = parameters.Work;
        partnerHours = [work.PartnerHoursEnkel, work.PartnerHoursMedel, work.PartnerHoursTung];

        inflow = new Inflow(parameters.Inflow, Calendar, Streams.Get("inflow"));
        exits = new Exits(parameters.Exits);
        strain = new Strain(parameters.Strain);
        vacation = new Vacation(parameters.Absence);
        absence = new Absence(parameters.Absence, Calendar, Metrics);
        turnover = new Turnover(parameters.Turnover);
        recruitment = new Recruitment(parameters, Streams, vacation, Calendar);
        costs = new Costs(parameters.Costs, parameters.Staff, Metrics);
        meetingPlan = new MeetingPlan(parameters.Work);
        contactNeed = new ContactNeed(parameters.ContactNeed, parameters.Work, documentationFactor, Streams.Get("no-shows"));
        manager = new Manager(parameters.Manager, Streams, Calendar);
        audits = new Audits(parameters.Audits, Streams, documentationFactor);
        reapplications = new ReapplicationWork(parameters.Work, documentationFactor, Metrics);
        steady = new SteadyStart(parameters, meetingPlan, exits, inflow.PathAt(0));

        var plan = new PostPlan(parameters.Staff.Caseworkers);
        designs.ShapePosts(plan);
        PlanChanges(plan);
        posts = plan.Build();
        households = new Households(Streams, Metrics, Parameters.Costs.BenefitPerHouseholdMonth);
        caseloads = new Caseloads(posts, households, designs, Scheduler, Metrics, work, ApplicationDemand, documentationFactor);
        workDay = new WorkDay(this, strain);
        if (posts.Length == 0) throw new ArgumentException("The unit needs at least one caseworker post.", nameof(parameters));
        postGroups = plan.Groups;
        unitPosts = plan.UnitPosts;

        onDay = OnDay;
        onArrival = OnArrival;
        onReentry = OnReentry;
        onLeave = OnLeave;
        onHire = OnHire;
        onCoverStart = OnCoverStart;
        onSigned = FinishDecision;
        onExtraArrival = OnExtraArrival;
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
    public int PendingApplications => pendingCount;
    public Household HouseholdAt(int slot) => households.At(slot);
    internal DesignSet Designs => designs;
    /// <summary>Called for each household counted in a month's household-months (month, household): lets a test count by hand.</summary>
    internal Action<int, Household>? HouseholdMonthCounted { get; set; }
    internal WorkDay WorkDay => workDay;
    internal ContactNeed ContactNeed => contactNeed;
    internal ReapplicationWork Reapplications => reapplications;
    internal double DocumentationFactor => documentationFactor;
    /// <summary>Hours of one new application, documentation included: what assigning it adds to demand.</summary>
    internal double ApplicationDemand => Parameters.Work.NewApplicationHours * documentationFactor;

    // ------------------------------------------------------------------ run

    public ReplicationResult Execute()
    {
        if (ran) throw new InvalidOperationException("A UnitSimulation runs once.");
        ran = true;
        Initialise();
        ApplyChanges(0);
        Scheduler.ScheduleAt(1, onDay, 0);
        ScheduleNextArrival();
        ScheduleNextExtraArrival();
        Scheduler.Run(Calendar.Days);
        return Finish();
    }

    private void Initialise()
    {
        foreach (var g in postGroups)
        {
            if (g.Later) continue;   // a change establishes these posts at its date
            for (int k = 0; k < g.Count; k++)
            {
                recruitment.StartInitial(posts[g.Start + k], g.MeanExperienceMonths, steady.TurnoverPerYear);
                staffInitial++;
            }
        }
        StartStaffAtSteadyLoad();

        int startMonthOfYear = Calendar.Start.Month;
        var stock = steady.Stock;
        for (int i = 0; i < Parameters.InitialHouseholds; i++)
        {
            var h = households.NewInitial();
            stock.Draw(h);
            h.State = HouseholdState.Active;
            h.SpellStartedInRun = false;
            h.SpellStartDay = -(int)Math.Round(h.MonthsOnAssistance * Calendar.DaysPerMonth);
            h.MonthsThisYear = Math.Min(h.MonthsOnAssistance, startMonthOfYear - 1);
            meetingPlan.Carried(h);
            // A caseworker change in the last year at the steady rate, over the months it has been on assistance
            // (at most 12): one uniform from the household's stream.
            double uHandover = h.Random.NextDouble(), handoverChance = steady.HandoversPerYear * Math.Min(12, h.MonthsOnAssistance) / 12.0;
            if (uHandover < handoverChance) h.RecordHandover(-DaysPerYear * uHandover / steady.HandoversPerYear);
            var c = caseloads.LeastLoadedByCapacity() ?? posts[i % posts.Length];
            caseloads.Add(c, h);
        }

        // Households who left before day 0 and will re-apply (S001): without them the returns would start
        // from nothing and the first year would be short of applications. The delays are exponential, so
        // those still to come wait an exponential time from day 0 as well.
        int pool = steady.ReentryPool;
        double meanDelay = Parameters.Exits.ReentryMeanMonths;
        for (int i = 0; i < pool; i++)
        {
            var h = households.NewInitial();
            inflow.DrawAttributes(h, inflow.PathAt(0));
            double delay = -meanDelay * Math.Log(1 - h.Random.NextDouble()) * Calendar.DaysPerMonth;
            h.State = HouseholdState.AwaitingReentry;
            householdsExited++;
            if (delay < Calendar.Days) Scheduler.ScheduleAt(delay, onReentry, h.Slot);
            else households.Release(h);
        }

        // Applications made in the last days before day 0 and not yet decided: the intake of a unit at work.
        // From application to decision takes about the nybesök's working days and one more day of work.
        double wait = (Parameters.Work.FirstVisitWorkingDays + 1) * 7.0 / 5;
        int pending = (int)Math.Round(steady.ApplicationsPerMonth * wait / Calendar.DaysPerMonth);
        for (int i = pending - 1; i >= 0; i--)
        {
            var h = households.NewInitial();
            inflow.DrawAttributes(h, inflow.PathAt(0));
            Apply(h, -wait * (i + 0.5) / pending);
        }
    }

    /// <summary>
    /// The day-0 holders as a unit that has been at work under its load for a while (<see cref="SteadyStart"/>):
    /// strain and smoothed hours at the level the post's share of the steady caseload implies; disengaged,
    /// with the steady share's probability, with the strain that a fifth less capacity brings; on a long sick
    /// spell, with the steady share's probability, somewhere in it. Three uniforms from the holder's stream,
    /// after its experience. Shares are those of the unit without designs (by FTE among its own posts), so
    /// every design starts from the same staff; posts a design adds start with no load.
    /// </summary>
    private void StartStaffAtSteadyLoad()
    {
        double ownFte = 0, ownCapacity = 0;
        for (int i = 0; i < unitPosts; i++)
        {
            ownFte += posts[i].Fte;
            ownCapacity += posts[i].Capacity(0);
        }
        var a = Parameters.Absence;
        foreach (var c in posts)
        {
            if (!c.Filled) continue;
            var r = c.Random;
            double uDisengaged = r.NextDouble(), uSick = r.NextDouble(), uSickPart = r.NextDouble();
            bool own = c.Slot < unitPosts && ownFte > 0;
            // The krets by capacity, as the stock is dealt out; new applications by FTE (in turn).
            double households = own ? Parameters.InitialHouseholds * c.Capacity(0) / ownCapacity : 0;
            double applications = own ? steady.ApplicationsPerMonth * c.Fte / ownFte : 0;
            var (deadline, planned) = steady.DemandPerPresentDay(households / c.Fte, applications / c.Fte, steady.StartPresentShare);
            c.DemandSmoothed = c.Fte * (deadline + planned);
            c.Disengaged = uDisengaged < steady.DisengagedShare;
            c.AvailableSmoothed = steady.HoursPerDay(c.Fte) * c.RampCapacity(0) * strain.EngagementFactor(c);
            c.Strain = steady.StrainTarget(c.LoadRatio, c.ExperienceMonths(0) < 12 ? 1 : 0);
            if (uSick < steady.LongSickShare)
            {
                // Mid-spell: a spell of the mean length, this far through it.
                int length = (int)Math.Round(Absence.MeanLongSpellMonths(a) * Calendar.DaysPerMonth);
                int elapsed = (int)(uSickPart * length);
                c.Presence = Presence.SickLong;
                c.SickSpellStartDay = -elapsed;
                c.SickUntilDay = Math.Max(1, length - elapsed);
                c.StrainAtLongSpellStart = c.Strain;
            }
        }
    }

    // ------------------------------------------------------------------ the day

    private void OnDay(int day)
    {
        int month = Calendar.MonthOf(day);
        var date = Calendar.DateOf(day);
        date.Deconstruct(out int year, out int monthOfYear, out int dayOfMonth);
        if (day == 0 || (monthOfYear == 1 && dayOfMonth == 1))
            foreach (var c in posts)
                if (c.Filled) vacation.Plan(c, year);
        if (day == Calendar.MonthStart(month)) StartMonth(month);
        if (Calendar.IsWorkingDay(day)) WorkingDay(day, month, date.DayOfYear - 1, year);
        if (day == Calendar.MonthEnd(month)) EndMonth(month);
        if (monthOfYear == 12 && dayOfMonth == 31) CloseYear(year);
        // Tomorrow's changes act from tomorrow's first moment: now, before any of its applications arrive.
        if (nextChange < changes.Length) ApplyChanges(day + 1);
        if (day + 1 < Calendar.Days) Scheduler.ScheduleAt(day + 2, onDay, day + 1);
    }

    private void WorkingDay(int day, int month, int dayOfYear, int year)
    {
        var p = Parameters;
        // Who is at work today, and among them the newcomers in the first half of their introduction and their helpers.
        int filled = 0, newcomers = 0, helpers = 0;
        foreach (var c in posts)
        {
            if (!c.Filled) continue;
            absence.UpdatePresence(c, day, dayOfYear, year);
            filled++;
            if (!c.IsPresent) continue;
            if (day - c.StartDay < introHalfDays) newcomers++;
            else helpers++;
        }

        designs.CoverAbsences(this, day);
        manager.StartDay(day, Metrics);
        manager.Sign(day, onSigned);

        double introPerHelper = helpers > 0 ? newcomers * p.Introduction.ColleagueHoursPerWeek / 5 / helpers : 0;
        // The chief's support eases strain only while the chief is there (S001).
        double relief = manager.Present ? Strain.Relief(p.Strain, p.Staff.ManagerSupportHoursPerWeek, filled) : 0;
        int workingDaysInMonth = Calendar.WorkingDaysInMonth(month);
        int workingDayOfMonth = Calendar.WorkingDayOfMonth(day);
        int remaining = workingDaysInMonth - workingDayOfMonth + 1;   // today included: this is a working day
        bool reapplicationsDue = workingDayOfMonth >= p.Work.ReapplicationDueWorkingDays;
        double backlog = 0;

        foreach (var c in posts)
        {
            double given = 0, withheld = 0;
            if (c.IsPresent)
            {
                given = day - c.StartDay < introHalfDays ? 0 : introPerHelper;
                designs.WithheldHours(c, day, ref given, ref withheld);
                workDay.Run(c, day, given + withheld, remaining, workingDayOfMonth, workingDaysInMonth);
            }
            else WorkDay.CancelPlannedClientWork(c, remaining);

            backlog += ReadyIntakeHours(c, day);
            if (reapplicationsDue) backlog += c.ReapplicationOutstanding;

            if (!c.Filled)
            {
                if (c.InUse) Metrics.Increment(Counter.VacantPostDays);
                continue;
            }
            strain.Update(c, day, relief - designs.StrainShift(c, day));
            costs.WorkingDay(c, day, given);
            Metrics.Add(Counter.StrainSum, c.Strain);
            Metrics.Increment(Counter.StrainCount);
            Metrics.Increment(MetricsAccumulator.StrainBand(c.Strain));
            Metrics.Add(Counter.FilledFteDays, c.Fte);
            if (c.HoldsCaseload) Metrics.Add(Counter.KretsFteDays, c.Fte);
            Metrics.Increment(Counter.FilledPostDays);
            if (Absence.IsSick(c)) Metrics.Add(Counter.SickFteDays, c.Fte);
            if (c.IsConsultant) Metrics.Add(Counter.ConsultantFteDays, c.Fte);
            if (turnover.DrawResignation(c, day, designs.ResignationFactor(c))) Resign(c, day);
        }
        designs.WorkingDayDone(day);
        Metrics.Add(Counter.BacklogHours, backlog);
        Metrics.Increment(Counter.WorkingDays);
    }

    // ------------------------------------------------------------------ the month

    /// <summary>Hours of applications whose nybesök is due or past and that are still undecided: deadline backlog.</summary>
    internal double ReadyIntakeHours(Caseworker c, int day)
    {
        if (c.Intake.Count == 0) return 0;
        int ready = 0;
        foreach (int slot in c.Intake)
            if (households.At(slot).IntakeReadyDay <= day) ready++;
        return ready == 0 ? 0 : ready * Parameters.Work.NewApplicationHours - c.IntakeHeadHoursDone;
    }

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
        double labourMarket = exits.LabourMarketFactor(inflow.PathAt(month + 0.5));
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
                double hazard = exits.Hazard(h, c.CrowdedOutShare, h.HandoversWithin(now, DaysPerYear), labourMarket);
                double refusalFactor = 1.0;
                designs.AdjustExit(h, ref hazard, ref refusalFactor);
                h.MonthsOnAssistance++;
                var route = exits.Draw(h, hazard, out double reentryMonths, refusalFactor);
                if (route != ExitRoute.None) EndSpell(h, c, route, reentryMonths);
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

    private void EndSpell(Household h, Caseworker c, ExitRoute route, double reentryMonths)
    {
        caseloads.Remove(c, h);
        householdsExited++;
        Metrics.Increment(Counter.Exits);
        if (Exits.IsSelfSufficiency(route)) Metrics.Increment(Counter.ExitsSelfSufficiency);
        if (route == ExitRoute.Refused) Metrics.Increment(Counter.Refusals);
        Metrics.SpellCompleted(h.MonthsOnAssistance, h.SpellStartedInRun);
        if (reentryMonths >= 0)
        {
            double delay = reentryMonths * Calendar.DaysPerMonth;
            if (delay <= DaysPerYear) Metrics.Increment(Counter.ReentriesWithin12Months);
            if (Now + delay < Calendar.Days)
            {
                h.State = HouseholdState.AwaitingReentry;
                Scheduler.Schedule(delay, onReentry, h.Slot);
                return;
            }
        }
        households.Release(h);
    }

    private void CloseYear(int year)
    {
        households.CountYearMonths(reset: true);
        // Only whole calendar years inside the run count; a run starting mid-year skips its first year.
        bool whole = new DateOnly(year, 1, 1) >= Calendar.Start;
        Metrics.CloseYear(year, whole, whole ? 10 : null);
    }

    // ------------------------------------------------------------------ households arrive and are decided

    private void ScheduleNextArrival()
    {
        double t = inflow.NextArrival(Now);
        if (t < Calendar.Days) Scheduler.ScheduleAt(t, onArrival);
    }

    private void OnArrival(int unused)
    {
        if (ArrivalDropped())
        {
            households.SkipNumber();
            ScheduleNextArrival();
            return;
        }
        var h = households.New();
        inflow.DrawAttributes(h, inflow.PathAtTime(Now));
        Apply(h);
        ScheduleNextArrival();
    }

    private void OnReentry(int slot) => Apply(households.At(slot));

    private void Apply(Household h) => Apply(h, Now);

    /// <summary>An application made at <paramref name="time"/> (before day 0 for the intake the unit starts with).</summary>
    private void Apply(Household h, double time)
    {
        h.State = HouseholdState.PendingIntake;
        h.ApplicationTime = time;
        h.IntakeReadyDay = Calendar.AddWorkingDays((int)Math.Floor(time), Parameters.Work.FirstVisitWorkingDays);
        pendingCount++;
        if (time >= 0)
        {
            householdsArrived++;
            Metrics.Increment(Counter.NewApplications);
        }
        var c = posts[allocation.Choose(this, h)];
        h.Caseworker = c.Slot;
        c.Intake.Enqueue(h.Slot);
        c.DemandToday += ApplicationDemand;
    }

    /// <summary>Whether a post may receive a new application today: the right role, and no design holding it back.</summary>
    public bool TakesNewCases(Caseworker c) => designs.TakesNewCases(c, (int)Now);

    /// <summary>Whether a post has the role that receives new applications (generalists, or the mottagning).</summary>
    public bool HasNewCaseRole(Caseworker c) => c.InUse && c.Role == designs.NewCaseRole;

    /// <summary>Whether the oldest waiting application has had its nybesök booked for today or earlier.</summary>
    internal bool HeadApplicationReady(Caseworker c, int day) =>
        c.Intake.Count > 0 && households.At(c.Intake.Peek()).IntakeReadyDay <= day;

    /// <summary>
    /// The decision on a new application (beslut): the spell starts; the nybesök counts as this month's
    /// meeting. The household joins the krets of the post that owns the application, which is the
    /// decider unless someone decided on an absent colleague's behalf (beredskapsteam, timvikarie).
    /// </summary>
    internal void Decide(int slot, Caseworker c, int day)
    {
        // Beyond the caseworker's delegation the chief signs; an absent chief keeps the decision waiting (Manager, S001).
        if (!manager.Present && manager.NeedsSignature(households.At(slot)))
        {
            manager.Hold(slot, c.Slot, day);
            Metrics.Increment(Counter.DecisionsAwaitingSignature);
            return;
        }
        FinishDecision(slot, c.Slot, day);
    }

    /// <summary>The decision takes effect (at once, or when the chief has signed it).</summary>
    private void FinishDecision(int slot, int post, int day)
    {
        var h = households.At(slot);
        var c = posts[post];
        double days = Now - h.ApplicationTime;
        Metrics.Increment(Counter.Decisions);
        Metrics.Add(Counter.DecisionDaysSum, days);
        if (days > 8) Metrics.Increment(Counter.DecisionsOver8);
        if (days > 14) Metrics.Increment(Counter.DecisionsOver14);
        // Kolada counts the wait from the nybesök, in calendar days (S001).
        int fromFirstVisit = day - h.IntakeReadyDay;
        Metrics.Add(Counter.FirstVisitDaysSum, fromFirstVisit);
        if (fromFirstVisit > 14) Metrics.Increment(Counter.FirstVisitOver14);
        pendingCount--;
        h.State = HouseholdState.Active;
        h.SpellStartDay = day;
        h.SpellStartedInRun = true;
        h.MonthsOnAssistance = 0;
        h.MonthsMetInRow = 0;
        h.MetThisMonth = true;
        // A new spell is calculated anew: a benefit an audit lowered in the last spell does not carry over (Audits).
        h.Benefit = households.Benefit;
        h.BenefitLowered = false;
        meetingPlan.Decided(h, Calendar.MonthOf(day));
        Metrics.Increment(Counter.Visits);
        var owner = posts[h.Caseworker];
        caseloads.Add(owner.HoldsCaseload && owner.Filled ? owner : c.HoldsCaseload && c.Filled ? c : caseloads.LeastLoadedFilledPost() ?? owner, h);
    }

    // ------------------------------------------------------------------ staff leave and arrive

    private void Resign(Caseworker c, int day)
    {
        Metrics.Increment(Counter.Resignations);
        c.InNotice = true;
        c.LeaveDay = day + turnover.NoticeDays;
        c.PendingHireDay = Math.Max(c.LeaveDay, day + turnover.LeadDays);
        Scheduler.ScheduleAt(c.LeaveDay + LeaveOffset, onLeave, c.Slot);
        Scheduler.ScheduleAt(c.PendingHireDay + StartOffset, onHire, c.Slot);
    }

    private void OnLeave(int slot)
    {
        var c = posts[slot];
        if (!c.InUse) return;   // a change closed the post, and the holder left then
        c.Filled = false;
        c.InNotice = false;
        c.Presence = Presence.Vacant;
        c.SickUntilDay = 0;
        c.Disengaged = false;
        staffLeft++;
        // With a successor starting the same day the krets passes to them whole; otherwise it is
        // spread over the colleagues while the post is vacant (the realistic baseline, S000).
        if (c.PendingHireDay > c.LeaveDay) caseloads.Spread(c);
        var t = Parameters.Turnover;
        if (consultantCover && c.PendingHireDay - c.LeaveDay > t.ConsultantStartDays)
            Scheduler.ScheduleAt(c.LeaveDay + Math.Round(t.ConsultantStartDays) + StartOffset, onCoverStart, slot);
    }

    private void OnHire(int slot)
    {
        var c = posts[slot];
        if (!c.InUse) return;   // a change closed the post before the recruit came
        bool hadCover = c.Filled && c.IsCover;
        if (hadCover) staffLeft++;
        int day = (int)Math.Floor(Now);
        recruitment.Start(c, day, c.ConsultantPost, cover: false);
        designs.OnHire(c, day);
        if (!c.ConsultantPost) costs.Hire();
        staffHired++;
        Metrics.Increment(Counter.Hires);
        caseloads.HandOverOwnWork(c);
        if (!hadCover) caseloads.TakeShare(c);
    }

    private void OnCoverStart(int slot)
    {
        var c = posts[slot];
        if (c.Filled || !c.InUse) return;
        recruitment.Start(c, (int)Math.Floor(Now), consultant: true, cover: true);
        designs.OnHire(c, (int)Math.Floor(Now));
        staffHired++;
        caseloads.HandOverOwnWork(c);
        caseloads.TakeShare(c);
    }

    /// <summary>A household changes krets (counted as a handover).</summary>
    internal void Move(Household h, Caseworker from, Caseworker to) => caseloads.Move(h, from, to);

    /// <summary>The filled generalist post with the fewest households per FTE.</summary>
    internal Caseworker? LeastLoadedFilledPost() => caseloads.LeastLoadedFilledPost();

    // ------------------------------------------------------------------ helpers and the result

    internal double MeetingHours(WeightClass w) => w switch
    {
        WeightClass.Enkel => Parameters.Work.MeetingHoursEnkel,
        WeightClass.Medel => Parameters.Work.MeetingHoursMedel,
        _ => Parameters.Work.MeetingHoursTung,
    };

    internal double CaseWeight(WeightClass w) => caseloads.CaseWeight(w);

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
        int employed = 0;
        foreach (var c in posts) if (c.Filled) employed++;
        var conservation = new Conservation(
            households.Initial, householdsArrived, caseloads.Active, householdsExited, pendingCount,
            staffInitial, staffHired, employed, staffLeft);
        return new ReplicationResult(Run.Replication, Run.Seed, values, Metrics.Series(), conservation)
        {
            Yearly = Metrics.Yearly(Parameters.Population),
        };
    }
}
