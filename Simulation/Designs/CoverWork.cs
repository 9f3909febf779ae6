using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Moving an absent caseworker's urgent work to someone who will do it (beredskapsteam, colleagues, a timvikarie).
/// The application stays the absent post's: its decision adds the household to that post's krets.
/// Its demand moves with it, in one place (MoveDemand), so the load shows up with whoever does the work.
/// </summary>
internal sealed class CoverWork : IDeclaresMetrics
{
    public const string CoverHoursPerMonth = "cover_hours_per_month";

    // Every cover's hours, whoever covers (team, timvikarier, colleagues).
    private static readonly CounterKey Hours = new("cover.hours");

    public static IReadOnlyList<DeclaredMetric> Metrics { get; } =
    [
        new(new(CoverHoursPerMonth, "Absence cover", "h/month", "Hours of absent colleagues' work taken over by a beredskapsteam, colleagues or timvikarier.", false) { Swedish = "Frånvarotäckning", Better = Better.Neither },
            s => s[Hours] / s.Months) { ReportOrder = 2 },
    ];

    private CoverWork() { }

    /// <summary>Whether this post's re-applications are urgent today: due within the given working days.</summary>
    public static bool ReapplicationsUrgent(UnitSimulation unit, int day, int withinWorkingDays) =>
        ReapplicationWork.Due(unit.Parameters.Work, unit.Calendar.WorkingDayOfMonth(day) + withinWorkingDays);

    /// <summary>Whether a post is away today in a way the cover acts on.</summary>
    public static bool IsCovered(Caseworker c, bool sickOnly) =>
        c.Filled && !c.IsPresent && c.Role != PostRole.Standby
        && (!sickOnly || c.Presence is Presence.SickShort or Presence.SickLong);

    /// <summary>Hours of work waiting in a post's queues: applications and re-applications.</summary>
    public static double Queued(UnitSimulation unit, Caseworker c) =>
        c.Intake.Count * unit.Parameters.Work.NewApplicationHours - c.IntakeHeadHoursDone + c.ReapplicationOutstanding;

    /// <summary>The oldest waiting application of <paramref name="from"/> goes to <paramref name="to"/>; work begun on it is redone.</summary>
    public static void MoveApplication(UnitSimulation unit, Caseworker from, Caseworker to)
    {
        to.Intake.Enqueue(from.Intake.Dequeue());
        from.IntakeHeadHoursDone = 0;
        MoveDemand(from, to, unit.ApplicationDemand);
        unit.Metrics.Add(Hours, unit.Parameters.Work.NewApplicationHours);
    }

    /// <summary>Up to <paramref name="hours"/> of re-applications change hands.</summary>
    public static void MoveReapplications(UnitSimulation unit, Caseworker from, Caseworker to, double hours)
    {
        hours = Math.Min(hours, from.ReapplicationOutstanding);
        if (hours <= 0) return;
        from.ReapplicationOutstanding -= hours;
        to.ReapplicationOutstanding += hours;
        MoveDemand(from, to, hours * unit.DocumentationFactor);
        unit.Metrics.Add(Hours, hours);
    }

    /// <summary>
    /// A timvikarie works <paramref name="hours"/> (before documentation) in the absent post's place: its applications
    /// whose nybesök is due, then, if <paramref name="reapplications"/>, its re-applications. The work stays the post's
    /// (a decision adds the household to its krets); the work's demand goes with it to the substitute, who is not one
    /// of the unit's posts.
    /// </summary>
    public static void SubstituteWorks(UnitSimulation unit, Caseworker from, int day, double hours, bool reapplications)
    {
        double client = 0;
        hours = unit.WorkDay.DoIntake(from, hours, ref client, day);
        if (reapplications)
        {
            double x = Math.Min(hours, from.ReapplicationOutstanding);
            from.ReapplicationOutstanding -= x;
            client += x;
        }
        MoveDemand(from, null, client * unit.DocumentationFactor);
        unit.Metrics.Add(Hours, client);
    }

    /// <summary>
    /// Work changes hands, and its demand with it: counted with the absent post when the work arose, it leaves there
    /// (up to what the post has not yet felt on a day at work) and is felt by whoever does it — a colleague, or a
    /// substitute outside the posts (null). No work is charged or taken back here: it moves.
    /// </summary>
    private static void MoveDemand(Caseworker from, Caseworker? to, double demand)
    {
        from.DemandToday = Math.Max(0, from.DemandToday - demand);
        if (to is not null) to.DemandToday += demand;
    }
}
