namespace Planner.Simulation.Metrics;

/// <summary>
/// The figures reported per calendar year of the horizon (yearly.csv, the yearly cost table, calibration
/// targets): the run's headline and cost metrics restricted to the year, and the figures real statistics
/// count per year (Socialstyrelsen, Kolada). Keys are stable; /docs/ODD.md §7.13 defines each with its
/// source's definition. A year is the calendar year of a month's first day; the 10-of-12 figures need
/// a whole year and are NaN in a part year.
/// </summary>
public static class YearlyCatalogue
{
    public const string MonthsInYear = "months_in_year";
    public const string HouseholdsDuringYear = "households_during_year";
    public const string YearToMonthRatio = "households_year_to_month_ratio";
    public const string HouseholdMonths = "household_months";
    public const string Exits = "exits";
    public const string CostSek = "cost_sek";
    public const string CostPerHouseholdMonth = "cost_sek_per_household_month";
    public const string BenefitPerHouseholdMonth = "benefit_sek_per_household_month";
    public const string LongTermHouseholds = "long_term_households";
    public const string LongTermMeanMonths = "long_term_mean_months";

    /// <summary>
    /// The figures only a year has, declared by the mechanisms that produce them (<see cref="IDeclaresYearlyMetrics"/>:
    /// MonthlyCycle, Households, ExitsAndReentry, Costs), found by reflection and ordered by report order.
    /// </summary>
    internal static IReadOnlyList<DeclaredMetric> OwnFigures { get; } =
        MetricCatalogue.Find(nameof(IDeclaresYearlyMetrics.YearlyMetrics), typeof(IDeclaresYearlyMetrics));

    /// <summary>The definitions of <see cref="OwnFigures"/>.</summary>
    public static IReadOnlyList<MetricDefinition> Own { get; } = [.. OwnFigures.Select(m => m.Definition)];

    /// <summary>Run metrics reported per year too, with the same definition restricted to the year's months.</summary>
    public static IReadOnlyList<string> FromRun { get; } =
    [
        MetricCatalogue.HouseholdsActive,
        MetricCatalogue.LongTermShare, MetricCatalogue.MonthsPerHouseholdYear, MetricCatalogue.ReentryWithin12Months,
        MetricCatalogue.DaysFirstVisitToDecision, MetricCatalogue.ShareFirstVisitOver14Days,
        MetricCatalogue.CasesPerFte, MetricCatalogue.Utilisation, MetricCatalogue.StrainIndex, MetricCatalogue.SickLeavePercent,
        MetricCatalogue.TurnoverPercentPerYear, MetricCatalogue.DaysToDecision, MetricCatalogue.ShareDecisionOver8Days,
        MetricCatalogue.ShareDecisionOver14Days, MetricCatalogue.ShareMetInMonth, MetricCatalogue.ExitsPer100PerMonth,
        MetricCatalogue.TotalCostPerYear, MetricCatalogue.CostPerInhabitant,
        MetricCatalogue.BenefitCostPerYear, MetricCatalogue.StaffCostPerYear, MetricCatalogue.ConsultantCostPerYear,
        MetricCatalogue.RecruitmentCostPerYear, MetricCatalogue.IntroductionCostPerYear, MetricCatalogue.SickPayPerYear,
        MetricCatalogue.DesignCostPerYear,
    ];

    /// <summary>Every yearly figure in report order: the year's own, then the run's.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } = [.. Own, .. FromRun.Select(MetricCatalogue.Get)];

    /// <summary>The cost components of the yearly cost table, in order; they add up to <see cref="MetricCatalogue.TotalCostPerYear"/>.</summary>
    public static IReadOnlyList<string> CostComponents { get; } =
    [
        MetricCatalogue.BenefitCostPerYear, MetricCatalogue.StaffCostPerYear, MetricCatalogue.ConsultantCostPerYear,
        MetricCatalogue.RecruitmentCostPerYear, MetricCatalogue.IntroductionCostPerYear, MetricCatalogue.SickPayPerYear,
        MetricCatalogue.DesignCostPerYear,
    ];

    public static MetricDefinition? Find(string key) => All.FirstOrDefault(m => m.Key == key);
}
