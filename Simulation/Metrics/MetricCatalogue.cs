namespace Planner.Simulation.Metrics;

/// <summary>
/// The figures a replication reports (MODEL.md §6), assembled from the mechanisms and designs that declare them.
/// Keys are stable: files, tests and the Viewer refer to them, so the core keys stay named here (one vocabulary
/// for the Scenarios and the Viewer) while each figure's definition and formula live with its mechanism.
/// Headline metrics are the ones printed in the summary table.
/// </summary>
public static class MetricCatalogue
{
    public const string CasesPerFte = "cases_per_fte";
    public const string WeightedCasesPerFte = "weighted_cases_per_fte";
    public const string Utilisation = "utilisation";
    public const string StrainIndex = "strain_index";
    public const string SickLeavePercent = "sick_leave_pct";
    public const string TurnoverPercentPerYear = "turnover_pct_per_year";
    public const string DaysToDecision = "days_to_decision";
    public const string ShareDecisionOver8Days = "share_decision_over_8_days";
    public const string ShareDecisionOver14Days = "share_decision_over_14_days";
    public const string DaysFirstVisitToDecision = "days_first_visit_to_decision";
    public const string ShareFirstVisitOver14Days = "share_first_visit_to_decision_over_14_days";
    public const string ShareMetInMonth = "share_met_in_month";
    public const string ExitsPer100PerMonth = "exits_self_sufficiency_per_100_per_month";
    public const string LongTermShare = "long_term_share";
    public const string TotalCostPerYear = "total_cost_sek_per_year";
    public const string CostPerInhabitant = "cost_sek_per_inhabitant_per_year";

    public const string HouseholdsActive = "households_active";
    public const string BacklogHours = "backlog_hours";
    public const string OvertimeHoursPerFteMonth = "overtime_hours_per_fte_month";
    public const string SickSpellsPerFteYear = "sick_spells_per_fte_year";
    public const string ResignationsPerYear = "resignations_per_year";
    public const string VacantPosts = "vacant_posts";
    public const string ConsultantFte = "consultant_fte";
    public const string ShareUnderOneYear = "share_staff_under_one_year";
    public const string DisengagedShare = "share_staff_disengaged";
    public const string MeetingsPerWorkerMonth = "meetings_per_worker_month";
    public const string PartnerHoursPerHouseholdMonth = "partner_hours_per_household_month";
    public const string ReapplicationHoursPerHouseholdMonth = "reapplication_hours_per_household_month";
    public const string MeanSpellMonths = "mean_spell_months";
    public const string MonthsPerHouseholdYear = "months_per_household_year";
    public const string RefusalsPerYear = "refusals_per_year";
    public const string ManagerAwayShare = "manager_away_share";
    public const string EligibilityChangesPerYear = "eligibility_changes_per_year";
    public const string NoShowShare = "no_show_share";
    public const string ReentryWithin12Months = "reentry_within_12_months";
    public const string HandoversPerHousehold = "handovers_per_household";
    public const string BenefitCostPerYear = "benefit_cost_sek_per_year";
    public const string StaffCostPerYear = "staff_cost_sek_per_year";
    public const string ConsultantCostPerYear = "consultant_cost_sek_per_year";
    public const string RecruitmentCostPerYear = "recruitment_cost_sek_per_year";
    public const string IntroductionCostPerYear = "introduction_cost_sek_per_year";
    public const string SickPayPerYear = "sick_pay_sek_per_year";

    // The designs' running cost, a component of the total cost (YearlyCatalogue.CostComponents). Like every design
    // figure it is declared next to what produces it (DesignMeasurements) and reported with a designs block.
    public const string DesignCostPerYear = "design_cost_sek_per_year";

    /// <summary>
    /// The core figures, reported in every run: declared by the mechanisms that produce them (types implementing
    /// <see cref="IDeclaresCoreMetrics"/>: Intake, ExitsAndReentry, Staffing, …), found once by reflection and ordered
    /// by <see cref="DeclaredMetric.ReportOrder"/> — the order of the central list they came from, so files keep their
    /// columns. Reflection rather than a list of the mechanism types: the report order interleaves the mechanisms
    /// (cases per FTE, utilisation, strain, sick leave, …), so a list of types would not give it, and a mechanism that
    /// starts reporting a figure does not also edit this file.
    /// </summary>
    internal static IReadOnlyList<DeclaredMetric> CoreFigures { get; } = Find(nameof(IDeclaresCoreMetrics.CoreMetrics), typeof(IDeclaresCoreMetrics));

    /// <summary>The definitions of <see cref="CoreFigures"/>.</summary>
    public static IReadOnlyList<MetricDefinition> Core { get; } = [.. CoreFigures.Select(m => m.Definition)];

    /// <summary>
    /// The figures the designs and the design measurements declare themselves (types implementing
    /// <see cref="IDeclaresMetrics"/>), found once by reflection and ordered by <see cref="DeclaredMetric.ReportOrder"/>,
    /// so that a new design adds its figures without an edit here. Reported in every scenario with a designs block.
    /// </summary>
    internal static IReadOnlyList<DeclaredMetric> DeclaredFigures { get; } = Find(nameof(IDeclaresMetrics.Metrics), typeof(IDeclaresMetrics));

    // The figures the types implementing the interface list in the property, ordered by report order, then the type's
    // name, then their place in its list.
    internal static DeclaredMetric[] Find(string property, Type declaring) =>
    [
        .. typeof(MetricCatalogue).Assembly.GetTypes()
            .Where(t => !t.IsInterface && t.GetInterfaces().Contains(declaring))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => ((IReadOnlyList<DeclaredMetric>)t.GetProperty(property)!.GetValue(null)!).Select((m, i) => (Metric: m, Type: t.FullName, Index: i)))
            .OrderBy(x => x.Metric.ReportOrder).ThenBy(x => x.Type, StringComparer.Ordinal).ThenBy(x => x.Index)
            .Select(x => x.Metric),
    ];

    /// <summary>The definitions of <see cref="DeclaredFigures"/>: listable without running a simulation.</summary>
    public static IReadOnlyList<MetricDefinition> Declared { get; } = [.. DeclaredFigures.Select(m => m.Definition)];

    public static IReadOnlyList<MetricDefinition> All { get; } = [.. Core, .. Declared];

    public static bool IsDesignMetric(string key) => Declared.Any(m => m.Key == key);

    public static IReadOnlyList<MetricDefinition> Headline { get; } = All.Where(m => m.Headline).ToArray();

    public static MetricDefinition Get(string key) =>
        All.FirstOrDefault(m => m.Key == key) ?? throw new KeyNotFoundException($"Unknown metric '{key}'.");
}
