using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>The parts total cost is made of, in stacking order: the monthly column, the run metric and the label id of each.</summary>
public static class CostComponents
{
    public sealed record Component(string Id, string MonthlyColumn, string MetricKey, string TextId);

    public static IReadOnlyList<Component> All { get; } =
    [
        new("benefit", "benefit_cost_sek", MetricCatalogue.BenefitCostPerYear, "cost.benefit"),
        new("staff", "staff_cost_sek", MetricCatalogue.StaffCostPerYear, "cost.staff"),
        new("consultant", "consultant_cost_sek", MetricCatalogue.ConsultantCostPerYear, "cost.consultant"),
        new("recruitment", "recruitment_cost_sek", MetricCatalogue.RecruitmentCostPerYear, "cost.recruitment"),
        new("introduction", "introduction_cost_sek", MetricCatalogue.IntroductionCostPerYear, "cost.introduction"),
        new("sickpay", "sick_pay_sek", MetricCatalogue.SickPayPerYear, "cost.sickpay"),
        new("design", "design_cost_sek", MetricCatalogue.DesignCostPerYear, "cost.design"),
    ];

    /// <summary>The total's monthly column; what the components do not explain is shown as "other".</summary>
    public const string TotalColumn = "cost_sek";

    public const string Other = "other";

    public static string TextId(string component) => All.FirstOrDefault(c => c.Id == component)?.TextId ?? "cost.other";
}
