using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// The measurements designs are judged by, taken in every scenario with a designs block (also an
/// empty one, so a baseline can be paired with a design on them): work waiting for absent staff,
/// strain and casework of first-year and experienced staff, the spread of heavy cases over the
/// kretsar, and the FTE and cost of the designs' own posts.
/// </summary>
internal sealed class DesignMeasurements : IDayEndDesign, IMonthlyDesign, IDeclaresMetrics
{
    public const string AbsentBacklogHours = "absent_backlog_hours";
    public const string StrainFirstYear = "strain_index_first_year";
    public const string StrainExperienced = "strain_index_experienced";
    public const string CaseworkFirstYear = "casework_hours_first_year";
    public const string CaseworkExperienced = "casework_hours_experienced";
    public const string HeavyCaseSpread = "heavy_case_spread";
    public const string DesignPostsFte = "design_posts_fte";
    public const string DesignPostsCostPerYear = "design_posts_cost_sek_per_year";

    private static readonly CounterKey Waiting = new("measurements.absent_backlog_hours"),
        FirstYearStrainSum = new("measurements.first_year_strain_sum"), FirstYearStrainCount = new("measurements.first_year_strain_count"),
        ExperiencedStrainSum = new("measurements.experienced_strain_sum"), ExperiencedStrainCount = new("measurements.experienced_strain_count"),
        FirstYearWorkedHours = new("measurements.first_year_worked_hours"), FirstYearFteDays = new("measurements.first_year_fte_days"),
        ExperiencedWorkedHours = new("measurements.experienced_worked_hours"), ExperiencedFteDays = new("measurements.experienced_fte_days"),
        HeavySpreadSum = new("measurements.heavy_spread_sum"), HeavySpreadMonths = new("measurements.heavy_spread_months"),
        PostFteDays = new("measurements.design_post_fte_days"), PostsCost = new("measurements.design_posts_cost");

    // Report order 1, 4, 7–9: where these figures stood among the design figures before each design declared its own.
    public static IReadOnlyList<DeclaredMetric> Metrics { get; } =
    [
        new(new(AbsentBacklogHours, "Work waiting for absent staff", "h", "Deadline work (applications due for decision, due re-applications) held by caseworkers who are away, mean over working days: the pile that waits for their return (S000).", false) { Swedish = "Arbete som väntar på frånvarande", Better = Better.Lower },
            s => CounterSums.Ratio(s[Waiting], s[Counter.WorkingDays])) { ReportOrder = 1 },
        new(new(StrainFirstYear, "Strain, first year", "index 0–1", "Mean strain of caseworkers in their first 12 months in the unit.", false) { Swedish = "Stressindex, första året", Better = Better.Lower },
            s => CounterSums.Ratio(s[FirstYearStrainSum], s[FirstYearStrainCount])) { ReportOrder = 4 },
        new(new(StrainExperienced, "Strain, after first year", "index 0–1", "Mean strain of caseworkers with 12 months or more in the unit.", false) { Swedish = "Stressindex, efter första året", Better = Better.Lower },
            s => CounterSums.Ratio(s[ExperiencedStrainSum], s[ExperiencedStrainCount])) { ReportOrder = 4 },
        new(new(CaseworkFirstYear, "Casework, first year", "h/FTE-day", "Hours of casework done per FTE and day at work, caseworkers in their first 12 months.", false) { Swedish = "Handläggning, första året", Better = Better.Neither },
            s => CounterSums.Ratio(s[FirstYearWorkedHours], s[FirstYearFteDays])) { ReportOrder = 4 },
        new(new(CaseworkExperienced, "Casework, after first year", "h/FTE-day", "Hours of casework done per FTE and day at work, caseworkers with 12 months or more.", false) { Swedish = "Handläggning, efter första året", Better = Better.Neither },
            s => CounterSums.Ratio(s[ExperiencedWorkedHours], s[ExperiencedFteDays])) { ReportOrder = 4 },
        new(new(HeavyCaseSpread, "Spread of heavy cases", "tung cases/FTE (sd)", "Standard deviation across krets posts of tung households per FTE, mean over months (S002).", false) { Swedish = "Spridning av tunga ärenden", Better = Better.Lower },
            s => CounterSums.Ratio(s[HeavySpreadSum], s[HeavySpreadMonths])) { ReportOrder = 7 },
        new(new(DesignPostsFte, "Design posts", "FTE", "Beredskapsteam members and ekonomihandläggare in post, mean over working days.", false) { Swedish = "Designens tjänster", Better = Better.Neither },
            s => s[Counter.WorkingDays] > 0 ? s[PostFteDays] / s[Counter.WorkingDays] : 0) { ReportOrder = 8 },
        new(new(DesignPostsCostPerYear, "Design posts cost", "SEK/year", "Salaries with on-costs of the design's own posts (part of staff cost).", false) { Swedish = "Kostnad för designens tjänster", Better = Better.Lower },
            s => s[PostsCost] / s.Years) { ReportOrder = 8 },
        new(new(MetricCatalogue.DesignCostPerYear, "Design running cost", "SEK/year", "Timvikarier and automation (part of total cost).", false) { Swedish = "Designens driftkostnad", Better = Better.Lower },
            s => s[Counter.DesignCost] / s.Years) { ReportOrder = 9 },
    ];

    private UnitSimulation unit = null!;
    // Slots of the counters, taken once: these are added per post and working day.
    private int waitingSlot, firstYearStrainSum, firstYearStrainCount, experiencedStrainSum, experiencedStrainCount,
        firstYearWorkedHours, firstYearFteDays, experiencedWorkedHours, experiencedFteDays, postFteDays, postsCost;
    private readonly List<double> heavy = [];

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        var m = unit.Metrics;
        waitingSlot = m.DeclareCounter(Waiting);
        firstYearStrainSum = m.DeclareCounter(FirstYearStrainSum);
        firstYearStrainCount = m.DeclareCounter(FirstYearStrainCount);
        experiencedStrainSum = m.DeclareCounter(ExperiencedStrainSum);
        experiencedStrainCount = m.DeclareCounter(ExperiencedStrainCount);
        firstYearWorkedHours = m.DeclareCounter(FirstYearWorkedHours);
        firstYearFteDays = m.DeclareCounter(FirstYearFteDays);
        experiencedWorkedHours = m.DeclareCounter(ExperiencedWorkedHours);
        experiencedFteDays = m.DeclareCounter(ExperiencedFteDays);
        postFteDays = m.DeclareCounter(PostFteDays);
        postsCost = m.DeclareCounter(PostsCost);
    }

    public void WorkingDayDone(int day)
    {
        var m = unit.Metrics;
        bool due = ReapplicationWork.Due(unit.Parameters.Work, unit.Calendar.WorkingDayOfMonth(day));
        double waiting = 0;
        foreach (var c in unit.Posts)
        {
            if (!c.IsPresent && c.Role != PostRole.Standby)
                waiting += unit.ReadyIntakeHours(c, day) + (due ? c.ReapplicationOutstanding : 0);
            if (!c.Filled) continue;
            bool firstYear = c.TenureMonths(day) < 12;
            m.Add(firstYear ? firstYearStrainSum : experiencedStrainSum, c.Strain);
            m.Increment(firstYear ? firstYearStrainCount : experiencedStrainCount);
            if (c.IsPresent && c.HoldsCaseload)
            {
                m.Add(firstYear ? firstYearWorkedHours : experiencedWorkedHours, c.WorkedToday);
                m.Add(firstYear ? firstYearFteDays : experiencedFteDays, c.Fte);
            }
            if (!c.HoldsCaseload)
            {
                m.Add(postFteDays, c.Fte);
                // At today's pay: a change of pay at a date (Costs.SetSalary) reaches the design's posts too.
                m.Add(postsCost, unit.Costs.PostDayCost(c));
            }
        }
        m.Add(waitingSlot, waiting);
    }

    public void EndMonth(int month)
    {
        heavy.Clear();
        foreach (var c in unit.Posts)
            if (c.Filled && c.HoldsCaseload) heavy.Add(c.HeavyCount / c.Fte);
        if (heavy.Count < 2) return;
        double mean = heavy.Average(), squares = 0;
        foreach (var x in heavy) squares += (x - mean) * (x - mean);
        unit.Metrics.Add(HeavySpreadSum, Math.Sqrt(squares / (heavy.Count - 1)));
        unit.Metrics.Increment(HeavySpreadMonths);
    }
}
