using System.Runtime.CompilerServices;
using Planner.Simulation.Designs;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Turnover and recruitment (MODEL.md §3.9): a holder resigns (<see cref="Turnover"/>'s daily hazard), works out the
/// notice period and leaves; the krets goes round the colleagues while the post is vacant (S000), a consultant may
/// cover the vacancy, and the recruit starts after the lead time (<see cref="Recruitment"/>: often a new graduate, on
/// the introduction ramp) and takes back a share of the krets. Changes at a date open and close posts through here.
/// Owns the staff counts (initial, hired, left: conservation) and the staff figures of a day; starts the run with the
/// day-0 holders at the steady state's load.
/// Events sit at fixed fractions of a day so their order with the daily event (at d + 1) is unambiguous: a leaver's
/// last moment at +0.25, a new holder's start at +0.5.
/// </summary>
internal sealed class Staffing : IDeclaresCoreMetrics, IDeclaresMonthlyColumns
{
    // The core figures of the posts, their holders, resignations and cover (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.TurnoverPercentPerYear, "Turnover", "%/year", "Resignations per year ÷ mean number of posts filled.", true),
            s => 100 * CounterSums.RatioOrZero(s[Counter.Resignations] / s.Years, CounterSums.RatioOrZero(s[Counter.FilledPostDays], s[Counter.WorkingDays]))) { ReportOrder = 6 },
        new(new(MetricCatalogue.ResignationsPerYear, "Resignations", "per year", "Resignations per year.", false),
            s => s[Counter.Resignations] / s.Years) { ReportOrder = 21 },
        new(new(MetricCatalogue.VacantPosts, "Vacant posts", "posts", "Posts without a caseworker (notice ended, new hire not started), mean over days.", false),
            s => CounterSums.RatioOrZero(s[Counter.VacantPostDays], s[Counter.WorkingDays])) { ReportOrder = 22 },
        new(new(MetricCatalogue.ConsultantFte, "Consultant FTE", "FTE", "Consultant FTE in post, mean over days.", false),
            s => CounterSums.RatioOrZero(s[Counter.ConsultantFteDays], s[Counter.WorkingDays])) { ReportOrder = 23 },
        new(new(MetricCatalogue.ShareUnderOneYear, "Staff under one year", "share", "Share of caseworkers with under 12 months' experience, mean over months.", false),
            s => CounterSums.RatioOrZero(s[Counter.StaffUnderOneYearShare], s[Counter.StaffShareMonths])) { ReportOrder = 24 },
        new(new(MetricCatalogue.DisengagedShare, "Disengaged staff", "share", "Share of caseworkers disengaged ('mental exit', S000), mean over months.", false),
            s => CounterSums.RatioOrZero(s[Counter.DisengagedShare], s[Counter.StaffShareMonths])) { ReportOrder = 25 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("resignations", 12, s => s[Counter.Resignations]),
        new("hires", 13, s => s[Counter.Hires]),
        new("vacant_posts", 14, s => CounterSums.RatioOrZero(s[Counter.VacantPostDays], s[Counter.WorkingDays])),
        new("consultant_fte", 15, s => CounterSums.RatioOrZero(s[Counter.ConsultantFteDays], s[Counter.WorkingDays])),
        new("filled_posts", 22, s => CounterSums.RatioOrZero(s[Counter.FilledPostDays], s[Counter.WorkingDays])),
    ];

    /// <summary>Mean filled caseworker FTE over working days: the denominator of the per-FTE figures (overtime, sick spells).</summary>
    public static double MeanFilledFte(in CounterSums s) => CounterSums.RatioOrZero(s[Counter.FilledFteDays], s[Counter.WorkingDays]);

    private const double LeaveOffset = 0.25;
    private const double StartOffset = 0.5;
    private readonly Caseworker[] posts;
    private readonly IReadOnlyList<PostPlan.Group> groups;
    private readonly int unitPosts;
    private readonly UnitParameters p;
    private readonly Turnover turnover;
    private readonly Recruitment recruitment;
    private readonly Strain strain;
    private readonly Caseloads caseloads;
    private readonly Costs costs;
    private readonly DesignSet designs;
    private readonly Scheduler clock;
    private readonly MetricsAccumulator metrics;
    private readonly Action<int> onLeave, onHire, onCoverStart;

    public Staffing(Caseworker[] posts, PostPlan plan, UnitParameters parameters, Turnover turnover, Recruitment recruitment, Strain strain,
        Caseloads caseloads, Costs costs, DesignSet designs, Scheduler clock, MetricsAccumulator metrics)
    {
        this.posts = posts;
        groups = plan.Groups;
        unitPosts = plan.UnitPosts;
        p = parameters;
        this.turnover = turnover;
        this.recruitment = recruitment;
        this.strain = strain;
        this.caseloads = caseloads;
        this.costs = costs;
        this.designs = designs;
        this.clock = clock;
        this.metrics = metrics;
        ConsultantCover = parameters.Turnover.ConsultantCoverForVacancies;
        onLeave = OnLeave;
        onHire = OnHire;
        onCoverStart = OnCoverStart;
    }

    /// <summary>Whether a consultant covers a vacancy longer than the consultant's start time (a change may switch it).</summary>
    public bool ConsultantCover { get; set; }

    public int Initial { get; private set; }
    public int Hired { get; private set; }
    public int Left { get; private set; }

    /// <summary>Posts with a holder now.</summary>
    public int Employed
    {
        get
        {
            int n = 0;
            foreach (var c in posts) if (c.Filled) n++;
            return n;
        }
    }

    /// <summary>The day-0 holders: each post's experience and ramp (<see cref="Recruitment.StartInitial"/>), then the load they work under.</summary>
    public void StartInitialStaff(SteadyStart steady)
    {
        foreach (var g in groups)
        {
            if (g.Later) continue;   // a change establishes these posts at its date
            for (int k = 0; k < g.Count; k++)
            {
                recruitment.StartInitial(posts[g.Start + k], g.MeanExperienceMonths, steady.TurnoverPerYear);
                Initial++;
            }
        }
        StartAtSteadyLoad(steady);
    }

    /// <summary>
    /// The day-0 holders as a unit that has been at work under its load for a while (<see cref="SteadyStart"/>):
    /// strain and smoothed hours at the level the post's share of the steady caseload implies; disengaged,
    /// with the steady share's probability, with the strain that a fifth less capacity brings; on a long sick
    /// spell, with the steady share's probability, somewhere in it. Three uniforms from the holder's stream,
    /// after its experience. Shares are those of the unit without designs (by FTE among its own posts), so
    /// every design starts from the same staff; posts a design adds start with no load.
    /// </summary>
    private void StartAtSteadyLoad(SteadyStart steady)
    {
        double ownFte = 0, ownCapacity = 0;
        for (int i = 0; i < unitPosts; i++)
        {
            ownFte += posts[i].Fte;
            ownCapacity += posts[i].Capacity(0);
        }
        var a = p.Absence;
        foreach (var c in posts)
        {
            if (!c.Filled) continue;
            ref var r = ref c.Random;
            double uDisengaged = r.NextDouble(), uSick = r.NextDouble(), uSickPart = r.NextDouble();
            bool own = c.Slot < unitPosts && ownFte > 0;
            // The krets by capacity, as the stock is dealt out; new applications by FTE (in turn).
            double households = own ? p.InitialHouseholds * c.Capacity(0) / ownCapacity : 0;
            double applications = own ? steady.ApplicationsPerMonth * c.Fte / ownFte : 0;
            var (deadline, planned) = steady.DemandPerPresentDay(households / c.Fte, applications / c.Fte, steady.StartPresentShare);
            c.DemandSmoothed = c.Fte * (deadline + planned);
            c.Disengaged = uDisengaged < steady.DisengagedShare;
            // A full-time post's hours (WorkDay.AvailableHours) × the FTE, then the ramp and the engagement, in this order.
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

    /// <summary>A filled post's staff figures of a working day: FTE-days (with a krets, as consultant) and post-days.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CountDay(Caseworker c)
    {
        metrics.Add(Counter.FilledFteDays, c.Fte);
        if (c.HoldsCaseload) metrics.Add(Counter.KretsFteDays, c.Fte);
        metrics.Increment(Counter.FilledPostDays);
        if (c.IsConsultant) metrics.Add(Counter.ConsultantFteDays, c.Fte);
    }

    /// <summary>
    /// The staff figures of a month end: the share of holders with under a year's experience and the share disengaged.
    /// Returns the FTE of the filled posts that hold a krets (cases per FTE counts those, not a beredskapsteam or
    /// ekonomihandläggare).
    /// </summary>
    public double CountMonth(double now)
    {
        double kretsFte = 0;
        int filled = 0, novices = 0, disengaged = 0;
        foreach (var c in posts)
        {
            if (!c.Filled) continue;
            filled++;
            if (c.HoldsCaseload) kretsFte += c.Fte;
            if (c.ExperienceMonths(now) < 12) novices++;
            if (c.Disengaged) disengaged++;
        }
        if (filled > 0)
        {
            metrics.Add(Counter.StaffUnderOneYearShare, (double)novices / filled);
            metrics.Add(Counter.DisengagedShare, (double)disengaged / filled);
            metrics.Increment(Counter.StaffShareMonths);
        }
        return kretsFte;
    }

    /// <summary>A post without a holder today: a vacant post-day if it is in use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CountVacantDay(Caseworker c)
    {
        if (c.InUse) metrics.Increment(Counter.VacantPostDays);
    }

    /// <summary>The day's resignation draw: one uniform per filled post and working day, used or not (<see cref="Turnover"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DrawResignation(Caseworker c, int day)
    {
        if (turnover.DrawResignation(c, day, designs.ResignationFactor(c))) Resign(c, day);
    }

    private void Resign(Caseworker c, int day)
    {
        metrics.Increment(Counter.Resignations);
        c.InNotice = true;
        c.LeaveDay = day + turnover.NoticeDays;
        c.PendingHireDay = Math.Max(c.LeaveDay, day + turnover.LeadDays);
        clock.ScheduleAt(c.LeaveDay + LeaveOffset, onLeave, c.Slot);
        clock.ScheduleAt(c.PendingHireDay + StartOffset, onHire, c.Slot);
    }

    private void OnLeave(int slot)
    {
        var c = posts[slot];
        if (!c.InUse) return;   // a change closed the post, and the holder left then
        Vacate(c);
        // With a successor starting the same day the krets passes to them whole; otherwise it is
        // spread over the colleagues while the post is vacant (the realistic baseline, S000).
        if (c.PendingHireDay > c.LeaveDay) caseloads.Spread(c);
        var t = p.Turnover;
        if (ConsultantCover && c.PendingHireDay - c.LeaveDay > t.ConsultantStartDays)
            clock.ScheduleAt(c.LeaveDay + Math.Round(t.ConsultantStartDays) + StartOffset, onCoverStart, slot);
    }

    /// <summary>The holder leaves the post (resigned at the notice's end, or redeployed when a change closes it).</summary>
    private void Vacate(Caseworker c)
    {
        c.Filled = false;
        c.InNotice = false;
        c.Presence = Presence.Vacant;
        c.SickUntilDay = 0;
        c.Disengaged = false;
        Left++;
    }

    private void OnHire(int slot)
    {
        var c = posts[slot];
        if (!c.InUse) return;   // a change closed the post before the recruit came
        bool hadCover = c.Filled && c.IsCover;
        if (hadCover) Left++;
        int day = (int)Math.Floor(clock.Now);
        recruitment.Start(c, day, c.ConsultantPost, cover: false);
        designs.OnHire(c, day);
        if (!c.ConsultantPost) costs.Hire();
        Hired++;
        metrics.Increment(Counter.Hires);
        caseloads.HandOverOwnWork(c);
        if (!hadCover) caseloads.TakeShare(c);
    }

    private void OnCoverStart(int slot)
    {
        var c = posts[slot];
        if (c.Filled || !c.InUse) return;
        recruitment.Start(c, (int)Math.Floor(clock.Now), consultant: true, cover: true);
        designs.OnHire(c, (int)Math.Floor(clock.Now));
        Hired++;
        caseloads.HandOverOwnWork(c);
        caseloads.TakeShare(c);
    }

    /// <summary>New posts (a change at a date): in use from today, vacant until the recruit starts after the lead time, then on the introduction ramp.</summary>
    public void OpenPosts(int firstSlot, PostChange post, int day)
    {
        for (int k = 0; k < post.Add; k++)
        {
            var c = posts[firstSlot + k];
            c.InUse = true;
            c.HireGraduate = post.Experience switch { "newGraduate" => true, "experienced" => false, _ => null };
            int lead = c.ConsultantPost ? (int)Math.Round(p.Turnover.ConsultantStartDays) : turnover.LeadDays;
            c.PendingHireDay = day + Math.Max(1, lead);
            clock.ScheduleAt(c.PendingHireDay + StartOffset, onHire, c.Slot);
        }
    }

    /// <summary>
    /// Removes the last generalist posts in use (a change at a date): a holder leaves today (redeployed, not a
    /// resignation), the krets and waiting work go round the colleagues; a vacant post simply closes and its
    /// pending hire is called off.
    /// </summary>
    public void ClosePosts(int count)
    {
        for (int i = posts.Length - 1; i >= 0 && count > 0; i--)
        {
            var c = posts[i];
            if (!c.InUse || c.Role != PostRole.Generalist) continue;
            count--;
            if (c.Filled) Vacate(c);
            c.PendingHireDay = -1;
            caseloads.Spread(c);
            c.InUse = false;
        }
    }
}
