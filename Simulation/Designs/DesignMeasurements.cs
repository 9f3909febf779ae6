using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// The measurements designs are judged by, taken in every scenario with a designs block (also an
/// empty one, so a baseline can be paired with a design on them): work waiting for absent staff,
/// strain and casework of first-year and experienced staff, the spread of heavy cases over the
/// kretsar, and the FTE and cost of the designs' own posts.
/// </summary>
internal sealed class DesignMeasurements : IDayEndDesign, IMonthlyDesign
{
    private UnitSimulation unit = null!;
    private double fullCostPerFteDay;
    private readonly List<double> heavy = [];

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        fullCostPerFteDay = Costs.FullCostPerFteDay(unit.Parameters.Costs);
    }

    public void WorkingDayDone(int day)
    {
        var m = unit.Metrics;
        bool due = unit.Calendar.WorkingDayOfMonth(day) >= unit.Parameters.Work.ReapplicationDueWorkingDays;
        double waiting = 0;
        foreach (var c in unit.Posts)
        {
            if (!c.IsPresent && c.Role != PostRole.Standby)
                waiting += unit.ReadyIntakeHours(c, day) + (due ? c.ReapplicationOutstanding : 0);
            if (!c.Filled) continue;
            bool firstYear = c.TenureMonths(day) < 12;
            m.Add(firstYear ? Counter.FirstYearStrainSum : Counter.ExperiencedStrainSum, c.Strain);
            m.Increment(firstYear ? Counter.FirstYearStrainCount : Counter.ExperiencedStrainCount);
            if (c.IsPresent && c.HoldsCaseload)
            {
                m.Add(firstYear ? Counter.FirstYearWorkedHours : Counter.ExperiencedWorkedHours, c.WorkedToday);
                m.Add(firstYear ? Counter.FirstYearFteDays : Counter.ExperiencedFteDays, c.Fte);
            }
            if (!c.HoldsCaseload)
            {
                m.Add(Counter.DesignPostFteDays, c.Fte);
                m.Add(Counter.DesignPostsCost, fullCostPerFteDay * c.Fte * (c.IsConsultant ? unit.Parameters.Costs.ConsultantCostFactor : 1));
            }
        }
        m.Add(Counter.AbsentBacklogHours, waiting);
    }

    public void EndMonth(int month)
    {
        heavy.Clear();
        foreach (var c in unit.Posts)
            if (c.Filled && c.HoldsCaseload) heavy.Add(c.HeavyCount / c.Fte);
        if (heavy.Count < 2) return;
        double mean = heavy.Average(), squares = 0;
        foreach (var x in heavy) squares += (x - mean) * (x - mean);
        unit.Metrics.Add(Counter.HeavySpreadSum, Math.Sqrt(squares / (heavy.Count - 1)));
        unit.Metrics.Increment(Counter.HeavySpreadMonths);
    }
}
