using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Moving an absent caseworker's urgent work to someone who will do it (beredskapsteam, colleagues).
/// The application stays the absent post's: its decision adds the household to that post's krets.
/// Its demand moves with it, so the load shows up with whoever does the work.
/// </summary>
internal static class CoverWork
{
    /// <summary>Whether this post's re-applications are urgent today: due within the given working days.</summary>
    public static bool ReapplicationsUrgent(UnitSimulation unit, int day, int withinWorkingDays) =>
        unit.Calendar.WorkingDayOfMonth(day) + withinWorkingDays >= unit.Parameters.Work.ReapplicationDueWorkingDays;

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
        MoveDemand(unit, from, to, unit.ApplicationDemand);
        unit.Metrics.Add(Counter.CoverHours, unit.Parameters.Work.NewApplicationHours);
    }

    /// <summary>Up to <paramref name="hours"/> of re-applications change hands.</summary>
    public static void MoveReapplications(UnitSimulation unit, Caseworker from, Caseworker to, double hours)
    {
        hours = Math.Min(hours, from.ReapplicationOutstanding);
        if (hours <= 0) return;
        from.ReapplicationOutstanding -= hours;
        to.ReapplicationOutstanding += hours;
        MoveDemand(unit, from, to, hours * unit.DocumentationFactor);
        unit.Metrics.Add(Counter.CoverHours, hours);
    }

    /// <summary>Demand counted with the absent post when the work arose is removed there, up to what is still uncounted.</summary>
    public static void DropDemand(Caseworker from, double demand) =>
        from.DemandToday = Math.Max(0, from.DemandToday - demand);

    private static void MoveDemand(UnitSimulation unit, Caseworker from, Caseworker to, double demand)
    {
        DropDemand(from, demand);
        to.DemandToday += demand;
    }
}
