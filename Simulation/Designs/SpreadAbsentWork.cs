using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Spreading (Stockholm before 2012, S000): a sick caseworker's waiting applications, and their
/// re-applications once due soon, are laid out on the colleagues at work in the same role, in turn —
/// "en gemensam stress och arbetsbörda". No extra cost; the load is the colleagues'.
/// </summary>
internal sealed class SpreadAbsentWork(SpreadAbsentWorkParameters p) : ICoverDesign
{
    private readonly List<Caseworker> receivers = [];
    private int cursor;

    public void CoverAbsences(UnitSimulation unit, int day)
    {
        bool urgent = CoverWork.ReapplicationsUrgent(unit, day, p.UrgentWithinWorkingDays);
        foreach (var a in unit.Posts)
        {
            if (!CoverWork.IsCovered(a, p.SickOnly)) continue;
            if (a.Intake.Count == 0 && !(urgent && a.ReapplicationOutstanding > 1e-9)) continue;
            receivers.Clear();
            foreach (var c in unit.Posts)
                if (c.IsPresent && c.Role == a.Role) receivers.Add(c);
            if (receivers.Count == 0) continue;
            while (a.Intake.Count > 0)
                CoverWork.MoveApplication(unit, a, receivers[cursor++ % receivers.Count]);
            if (!urgent) continue;
            double share = a.ReapplicationOutstanding / receivers.Count;
            foreach (var c in receivers) CoverWork.MoveReapplications(unit, a, c, share);
        }
    }
}
