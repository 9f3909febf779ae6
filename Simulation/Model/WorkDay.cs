using System.Runtime.CompilerServices;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// One present caseworker's working day (MODEL.md §3.6), in priority order:
/// (1) new applications, FIFO once their nybesök is due — the decision is made when its hours are done — and
/// (2) this month's re-applications (återansökan), due by working day ReapplicationDueWorkingDays, sharing the
/// hours in proportion to what waits of each when both do not fit (<see cref="DeadlineWork"/>);
/// then overtime on deadline work still waiting, within the day's, month's and year's limits (<see cref="Overtime"/>);
/// (3) documentation of the work done and still owed (statutory; S001: the documentation demands have
/// cut the time for client meetings);
/// (4) planned client meetings, spread over the month's remaining working days ("i mån av tid", S000);
/// (5) partner contacts, SIP and change work, spread the same way; then their documentation if time is left;
/// (6) with what is still left, meetings beyond the routine, up to the households' contact need (<see cref="ContactNeed"/>).
/// Under load, meetings and partner work are what is dropped (S000).
/// Demanded hours (for utilisation and strain) count work as it arises — applications when assigned,
/// re-applications at the month start, the month's planned meetings and partner work per working
/// day, documentation on all of it — so undone work shows up as load, not as a smaller demand.
/// Designs put priority work of their own (the FAS quota) after the deadline work and before (3), through
/// the designs' work-order hook. No allocation here: it runs for every present caseworker every working day.
/// </summary>
public sealed class WorkDay : IDeclaresCoreMetrics, IDeclaresMonthlyColumns
{
    // The core figures of the hours demanded and worked each working day (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.Utilisation, "Utilisation", "demanded/available h", "Hours of work demanded ÷ hours available (present caseworkers, after fixed meetings).", true),
            s => CounterSums.RatioOrZero(s[Counter.DemandHours], s[Counter.AvailableHours])) { ReportOrder = 3 },
        new(new(MetricCatalogue.BacklogHours, "Backlog", "h", "Undone deadline and re-application work, mean over working days.", false),
            s => CounterSums.RatioOrZero(s[Counter.BacklogHours], s[Counter.WorkingDays])) { ReportOrder = 18 },
        new(new(MetricCatalogue.OvertimeHoursPerFteMonth, "Overtime", "h/FTE/month", "Overtime hours per caseworker FTE and month.", false),
            s => CounterSums.RatioOrZero(s[Counter.OvertimeHours], Staffing.MeanFilledFte(s) * s.Months)) { ReportOrder = 19 },
        new(new(MetricCatalogue.PartnerHoursPerHouseholdMonth, "Partner work", "h/household/month", "Hours of partner contacts, SIP and change work per household and month.", false),
            s => CounterSums.RatioOrZero(s[Counter.PartnerHours], s[Counter.HouseholdMonths])) { ReportOrder = 27 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("utilisation", 9, s => CounterSums.RatioOrZero(s[Counter.DemandHours], s[Counter.AvailableHours])),
        new("backlog_hours", 16, s => CounterSums.RatioOrZero(s[Counter.BacklogHours], s[Counter.WorkingDays])),
        new("overtime_hours", 17, s => s[Counter.OvertimeHours]),
    ];

    private const double Epsilon = 1e-9;
    private readonly UnitSimulation unit;
    private readonly Intake intake;
    private readonly WorkParameters w;
    private readonly StaffParameters s;
    private readonly Strain strain;
    private readonly MetricsAccumulator metrics;
    private readonly DeadlineWork deadline;
    private readonly Overtime overtime;
    private double backlog;

    internal WorkDay(UnitSimulation unit, Intake intake, Strain strain)
    {
        this.intake = intake;
        deadline = new DeadlineWork(intake, this);
        overtime = new Overtime(unit.Parameters.Staff, unit.Calendar, unit.Posts.Count);
        this.unit = unit;
        w = unit.Parameters.Work;
        s = unit.Parameters.Staff;
        this.strain = strain;
        metrics = unit.Metrics;
    }

    /// <summary>Hours a present caseworker has for casework today, before introduction duties.</summary>
    public double AvailableHours(Caseworker c, int day) => AvailableHours(s, c.Fte, c.RampCapacity(day), strain.EngagementFactor(c));

    /// <summary>
    /// Hours for casework in a day at work: the post's share of the working week, where the holder is on the
    /// introduction ramp, what disengagement leaves, less the fixed meetings (the steady start uses it too).
    /// </summary>
    public static double AvailableHours(StaffParameters s, double fte, double rampCapacity, double engagement) =>
        fte * s.HoursPerWeek / 5 * rampCapacity * engagement * (1 - s.FixedMeetingShare);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Run(Caseworker c, int day, double introHoursGiven, int remainingWorkingDays, int workingDayOfMonth, int workingDaysInMonth)
    {
        double available = Math.Max(0, AvailableHours(c, day) - introHoursGiven);
        double left = available, clientHours = 0;

        // Deadline work, shared between waiting applications and re-applications when both do not fit (DeadlineWork).
        left = deadline.Work(c, day, left, withReapplications: true, ref clientHours);
        double x;

        // Overtime only for statutory/deadline work (waiting applications, re-applications now due), within the
        // day's, the month's and the year's limits (Overtime); what does not fit waits.
        // The allowance is asked only when some overtime could be worked: on most post-days nothing waits, and the
        // limits' month and year roll over at the first asking in a new month just the same (nothing is used between).
        bool reapplicationsDue = ReapplicationWork.Due(w, workingDayOfMonth);
        bool deadlineWaiting = intake.HeadApplicationReady(c, day) || (reapplicationsDue && c.ReapplicationOutstanding > Epsilon);
        bool ordersWork = unit.Designs.OrdersWork;
        double allowance = deadlineWaiting || ordersWork ? overtime.Allowance(c, day) : 0, overtimeLeft = allowance;
        if (deadlineWaiting && allowance > Epsilon)
        {
            overtimeLeft = deadline.Work(c, day, allowance, reapplicationsDue, ref clientHours);
            metrics.Add(Counter.OvertimeHours, allowance - overtimeLeft);
        }

        if (ordersWork)
        {
            double before = overtimeLeft;
            left = unit.Designs.PriorityWork(c, new Designs.WorkDayContext(day, workingDayOfMonth, remainingWorkingDays, workingDaysInMonth),
                left, ref overtimeLeft, ref clientHours);
            metrics.Add(Counter.OvertimeHours, before - overtimeLeft);
        }
        overtime.Use(c, allowance - overtimeLeft);

        // Documentation of the work done so far (and of what is still owed) before the client work that waits:
        // the record is statutory, and the demands for documentation have cut the time for client meetings (S001).
        c.DocumentationOwed += s.DocumentationPerClientHour * clientHours;
        double documented = Math.Min(left, c.DocumentationOwed);
        c.DocumentationOwed -= documented;
        left -= documented;

        // Planned meetings and partner work "i mån av tid" (S000): what is left of the day, at an even pace.
        int rest = Math.Max(1, remainingWorkingDays);
        double meetings = Math.Min(left, c.MeetingRemaining / rest);
        c.MeetingRemaining -= meetings;
        c.MeetingDone += meetings;
        left -= meetings;

        double partner = Math.Min(left, c.PartnerRemaining / rest);
        c.PartnerRemaining -= partner;
        c.PartnerDone += partner;
        left -= partner;
        metrics.Add(Counter.PartnerHours, partner);

        c.DocumentationOwed += s.DocumentationPerClientHour * (meetings + partner);
        x = Math.Min(left, c.DocumentationOwed);
        c.DocumentationOwed -= x;
        documented += x;
        left -= x;

        // What is still left goes to the households' contact need beyond the routine meetings (S000: "i mån av tid").
        double extra = unit.ContactNeed.HoldExtra(c, left);
        c.WorkedToday = clientHours + meetings + partner + documented + extra;

        double demanded = c.DemandToday
            + (c.MeetingPlanned + c.PartnerPlanned) / Math.Max(1, workingDaysInMonth) * (1 + s.DocumentationPerClientHour);
        c.DemandToday = 0;
        strain.RecordLoad(c, demanded, available);
        metrics.Add(Counter.DemandHours, demanded);
        metrics.Add(Counter.AvailableHours, available);
    }

    /// <summary>
    /// Adds a post's deadline backlog to the day's: hours of applications whose nybesök is due and still undecided,
    /// and, once they are due, the re-applications not yet done.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddBacklog(Caseworker c, int day, bool reapplicationsDue)
    {
        backlog += intake.ReadyIntakeHours(c, day);
        if (reapplicationsDue) backlog += c.ReapplicationOutstanding;
    }

    /// <summary>The working day's figures: the unit's deadline backlog, and one more working day.</summary>
    internal void CloseDay()
    {
        metrics.Add(Counter.BacklogHours, backlog);
        metrics.Increment(Counter.WorkingDays);
        backlog = 0;
    }

    /// <summary>Absent or vacant today: that day's share of planned meetings and partner work is cancelled, not caught up.</summary>
    internal static void CancelPlannedClientWork(Caseworker c, int remainingWorkingDays)
    {
        int rest = Math.Max(1, remainingWorkingDays);
        c.MeetingRemaining -= c.MeetingRemaining / rest;
        c.PartnerRemaining -= c.PartnerRemaining / rest;
    }

    /// <summary>Works the post's waiting applications FIFO with the hours given; returns the hours left.</summary>
    internal double DoIntake(Caseworker c, double hours, ref double clientHours, int day)
    {
        double need = w.NewApplicationHours;
        while (intake.HeadApplicationReady(c, day) && (hours > Epsilon || c.IntakeHeadHoursDone >= need - Epsilon))
        {
            double x = Math.Min(need - c.IntakeHeadHoursDone, hours);
            if (x < 0) x = 0;
            c.IntakeHeadHoursDone += x;
            hours -= x;
            clientHours += x;
            if (c.IntakeHeadHoursDone < need - Epsilon) break;
            c.IntakeHeadHoursDone = 0;
            intake.Decide(c.Intake.Dequeue(), c, day);
        }
        return hours;
    }
}
