using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Timvikarier (Stockholm 2012, S000): for each caseworker off sick with urgent work waiting, an hourly
/// substitute is called in if one can be found (a draw from the design's own stream, so switching
/// substitutes on shifts no other stream). The substitute works the absent post's applications and
/// soon-due re-applications in place, at reduced productivity, and is paid for the day.
/// </summary>
internal sealed class Timvikarier(TimvikarierParameters p) : ICoverDesign
{
    private StreamRandom random = null!;
    private double costPerDay;

    public void Attach(UnitSimulation unit)
    {
        random = unit.Streams.Get("design.timvikarier");
        costPerDay = p.HoursPerDay * p.HourlyPay * (1 + unit.Parameters.Costs.OnCostRate);
    }

    public void CoverAbsences(UnitSimulation unit, int day)
    {
        bool urgent = CoverWork.ReapplicationsUrgent(unit, day, p.UrgentWithinWorkingDays);
        foreach (var a in unit.Posts)
        {
            if (!CoverWork.IsCovered(a, p.SickOnly)) continue;
            // One draw per absent post and day, whether or not there is work: the stream stays aligned.
            bool found = random.NextDouble() < p.Availability;
            bool work = unit.HeadApplicationReady(a, day) || (urgent && a.ReapplicationOutstanding > 1e-9);
            if (!found || !work) continue;

            CoverWork.SubstituteWorks(unit, a, day, p.HoursPerDay * p.Productivity / unit.DocumentationFactor, urgent);
            unit.Metrics.Add(Counter.DesignCost, costPerDay);
        }
    }
}
