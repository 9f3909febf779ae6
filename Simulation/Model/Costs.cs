using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Cost accounting in SEK (MODEL.md §6). Salaries are paid per working day with on-costs. Sick leave
/// follows sjuklönelagen: day 1 is the qualifying deduction, days 2–14 the employer pays SickPayShare,
/// from day 15 Försäkringskassan pays (nothing to the employer). Consultants cost
/// ConsultantCostFactor × an employee's full cost while in post. Introduction cost — the salary of
/// capacity a newcomer has not yet reached plus colleagues' introduction hours — is carved out of
/// the salary cost rather than added to it, so the total counts every krona once.
/// </summary>
internal sealed class Costs
{
    private CostParameters p;
    private readonly double hoursPerDay;
    private double fullCostPerFteDay;
    private double fullCostPerHour;
    private readonly MetricsAccumulator metrics;

    public Costs(CostParameters parameters, StaffParameters staff, MetricsAccumulator metrics)
    {
        p = parameters;
        this.metrics = metrics;
        hoursPerDay = staff.HoursPerWeek / 5;
        fullCostPerFteDay = FullCostPerFteDay(p);
        fullCostPerHour = fullCostPerFteDay / hoursPerDay;
    }

    /// <summary>Pay from a change at a date on: the monthly salary the day's costs are counted from.</summary>
    public void SetSalary(double salaryPerMonth)
    {
        p = p with { SalaryPerMonth = salaryPerMonth };
        fullCostPerFteDay = FullCostPerFteDay(p);
        fullCostPerHour = fullCostPerFteDay / hoursPerDay;
    }

    /// <summary>An employee's salary with on-costs per FTE and working day.</summary>
    public static double FullCostPerFteDay(CostParameters p) => p.SalaryPerMonth * 12 * (1 + p.OnCostRate) / Calendar.WorkingDaysPerYear;

    public void WorkingDay(Caseworker c, int day, double introHoursGiven)
    {
        double full = fullCostPerFteDay * c.Fte;
        if (c.IsConsultant)
        {
            metrics.Add(Counter.ConsultantCost, p.ConsultantCostFactor * full);
            return;
        }
        if (Absence.IsSick(c))
        {
            int spellDay = day - c.SickSpellStartDay + 1;
            if (spellDay >= 2 && spellDay <= 14) metrics.Add(Counter.SickPay, p.SickPayShare * full);
            return;
        }
        double intro = 0;
        if (c.IsPresent) intro = (1 - c.RampCapacity(day)) * full + introHoursGiven * fullCostPerHour;
        intro = Math.Min(intro, full);
        metrics.Add(Counter.IntroductionCost, intro);
        metrics.Add(Counter.StaffCost, full - intro);
    }

    public void Hire() => metrics.Add(Counter.RecruitmentCost, p.RecruitmentCostPerHire);
}
