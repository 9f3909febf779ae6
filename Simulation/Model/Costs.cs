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
internal sealed class Costs : IDeclaresCoreMetrics, IDeclaresYearlyMetrics, IDeclaresMonthlyColumns
{
    // The core figures of the cost and its components (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.TotalCostPerYear, "Total cost", "SEK/year", "Benefits + staff + consultants + recruitment + introduction + sick pay + design running cost (timvikarier, automation).", true),
            s => Total(s) / s.Years) { ReportOrder = 15 },
        new(new(MetricCatalogue.CostPerInhabitant, "Cost per inhabitant", "SEK/inhabitant/year", "Total cost ÷ population.", true),
            s => Total(s) / s.Years / s.Population) { ReportOrder = 16 },
        new(new(MetricCatalogue.BenefitCostPerYear, "Benefit payouts", "SEK/year", "Ekonomiskt bistånd paid.", false),
            s => s[Counter.BenefitCost] / s.Years) { ReportOrder = 37 },
        new(new(MetricCatalogue.StaffCostPerYear, "Staff cost", "SEK/year", "Salaries with on-costs for employed caseworkers, sick pay excluded.", false),
            s => s[Counter.StaffCost] / s.Years) { ReportOrder = 38 },
        new(new(MetricCatalogue.ConsultantCostPerYear, "Consultant cost", "SEK/year", "Consultants (konsulter).", false),
            s => s[Counter.ConsultantCost] / s.Years) { ReportOrder = 39 },
        new(new(MetricCatalogue.RecruitmentCostPerYear, "Recruitment cost", "SEK/year", "Recruitment cost per hire × hires.", false),
            s => s[Counter.RecruitmentCost] / s.Years) { ReportOrder = 40 },
        new(new(MetricCatalogue.IntroductionCostPerYear, "Introduction cost", "SEK/year", "Salary cost of capacity not yet reached by newcomers plus colleagues' introduction hours.", false),
            s => s[Counter.IntroductionCost] / s.Years) { ReportOrder = 41 },
        new(new(MetricCatalogue.SickPayPerYear, "Sick pay", "SEK/year", "Employer's sick pay (days 2–14) with on-costs.", false),
            s => s[Counter.SickPay] / s.Years) { ReportOrder = 42 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("cost_sek", 21, s => Total(s)),
        new("benefit_cost_sek", 23, s => s[Counter.BenefitCost]),
        new("staff_cost_sek", 24, s => s[Counter.StaffCost]),
        new("consultant_cost_sek", 25, s => s[Counter.ConsultantCost]),
        new("recruitment_cost_sek", 26, s => s[Counter.RecruitmentCost]),
        new("introduction_cost_sek", 27, s => s[Counter.IntroductionCost]),
        new("sick_pay_sek", 28, s => s[Counter.SickPay]),
        new("design_cost_sek", 29, s => s[Counter.DesignCost]),
    ];

    // The figures only a calendar year has, of the year's cost (YearlyCatalogue.Own), from a year's sums.
    public static IReadOnlyList<DeclaredMetric> YearlyMetrics { get; } =
    [
        new(new(YearlyCatalogue.CostSek, "Cost of the year", "SEK", "The year's total cost, not annualised: benefits + staff + consultants + recruitment + introduction + sick pay + design running cost.", false),
            s => Total(s)) { ReportOrder = 6 },
        new(new(YearlyCatalogue.CostPerHouseholdMonth, "Cost per household-month", "SEK/household-month", "The year's total cost ÷ its household-months.", false),
            s => CounterSums.Ratio(Total(s), s[Counter.HouseholdMonths])) { ReportOrder = 7 },
        new(new(YearlyCatalogue.BenefitPerHouseholdMonth, "Benefit per household-month", "SEK/household-month", "Benefits paid ÷ household-months (Stockholm 2017: 9,136 SEK, PUB).", false),
            s => CounterSums.Ratio(s[Counter.BenefitCost], s[Counter.HouseholdMonths])) { ReportOrder = 8 },
    ];

    /// <summary>
    /// The total cost in summed counters (a month's, a year's or the run's): benefits, staff, consultants, recruitment,
    /// introduction, sick pay and the designs' running cost — the one formula of the total, the monthly series', the
    /// years' and the run's.
    /// </summary>
    public static double Total(in CounterSums s) =>
        s[Counter.BenefitCost] + s[Counter.StaffCost] + s[Counter.ConsultantCost] + s[Counter.RecruitmentCost]
        + s[Counter.IntroductionCost] + s[Counter.SickPay] + s[Counter.DesignCost];

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

    /// <summary>A post's full cost of a working day at today's pay (a consultant's at the consultant factor): the design measurements' posts cost.</summary>
    public double PostDayCost(Caseworker c) => fullCostPerFteDay * c.Fte * (c.IsConsultant ? p.ConsultantCostFactor : 1);

    public void Hire() => metrics.Add(Counter.RecruitmentCost, p.RecruitmentCostPerHire);
}
