using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Beredskapsteam (Stockholm, S000): a standing team of experienced caseworkers in posts of their own.
/// Each morning the members present take over absent colleagues' waiting applications and, once due
/// soon, their re-applications, and finish what they take (it does not go back on return). A member
/// takes work until their queue holds TakeUpToDays of their hours; the rest goes to the next cover or
/// waits. They also spend a little time per absent colleague on phones, post and cancelled meetings.
/// Cost: the members' posts.
/// </summary>
internal sealed class Beredskapsteam(BeredskapsteamParameters p) : IPostDesign, ICoverDesign, IWorkOrderDesign
{
    private UnitSimulation unit = null!;
    private Caseworker[] members = [];
    private double dutyPerMember;
    private int dutyDay = -1;

    public void ShapePosts(PostPlan plan) => plan.Add(PostRole.Standby, p.Members, 1.0, p.MeanExperienceMonths);

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        members = [.. unit.Posts.Where(c => c.Role == PostRole.Standby)];
    }

    public void CoverAbsences(UnitSimulation unit, int day)
    {
        int present = 0;
        foreach (var m in members) if (m.IsPresent) present++;
        dutyDay = day;
        dutyPerMember = 0;
        if (present == 0) return;

        bool urgent = CoverWork.ReapplicationsUrgent(unit, day, p.UrgentWithinWorkingDays);
        int absent = 0;
        foreach (var a in unit.Posts)
        {
            if (!CoverWork.IsCovered(a, sickOnly: false)) continue;
            absent++;
            while (a.Intake.Count > 0 && Taker(day) is { } m)
                CoverWork.MoveApplication(unit, a, m);
            while (urgent && a.ReapplicationOutstanding > 1e-9 && Taker(day) is { } m)
                CoverWork.MoveReapplications(unit, a, m, Room(m, day));
        }
        dutyPerMember = absent * p.HoursPerAbsentColleague / present;
    }

    public void WithheldHours(Caseworker c, int day, ref double introduction, ref double other)
    {
        if (c.Role == PostRole.Standby && day == dutyDay) other += dutyPerMember;
    }

    /// <summary>The present member with the most room, if anyone has room left.</summary>
    private Caseworker? Taker(int day)
    {
        Caseworker? best = null;
        double most = 1e-9;
        foreach (var m in members)
        {
            if (!m.IsPresent) continue;
            double room = Room(m, day);
            if (room > most) { most = room; best = m; }
        }
        return best;
    }

    private double Room(Caseworker m, int day) =>
        p.TakeUpToDays * unit.WorkDay.AvailableHours(m, day) - CoverWork.Queued(unit, m);
}
