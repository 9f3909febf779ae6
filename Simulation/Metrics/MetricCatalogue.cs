namespace Planner.Simulation.Metrics;

/// <summary>
/// The figures a replication reports (MODEL.md §6). Keys are stable: files, tests and later the
/// Viewer refer to them. Headline metrics are the ones printed in the summary table.
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

    public static IReadOnlyList<MetricDefinition> Core { get; } =
    [
        new(CasesPerFte, "Cases per FTE", "households/FTE", "Active households per caseworker FTE in post, mean over months.", true),
        new(WeightedCasesPerFte, "Weighted cases per FTE", "weight/FTE", "Case-weighted households per caseworker FTE in post.", false),
        new(Utilisation, "Utilisation", "demanded/available h", "Hours of work demanded ÷ hours available (present caseworkers, after fixed meetings).", true),
        new(StrainIndex, "Strain index", "index 0–1", "Mean strain over caseworkers and days (0 none, 1 extreme).", true),
        new(SickLeavePercent, "Sick leave", "% of contracted time", "Sick days as a share of contracted working days.", true),
        new(TurnoverPercentPerYear, "Turnover", "%/year", "Resignations per year ÷ mean number of posts filled.", true),
        new(DaysToDecision, "Application to decision", "days", "Mean calendar days from a new application to its decision.", true),
        new(ShareDecisionOver8Days, "Decisions over 8 days", "share", "Share of new applications decided after more than 8 days (Stockholm deadline, S000).", true),
        new(ShareDecisionOver14Days, "Decisions over 14 days", "share", "Share decided after more than 14 days (Kolada measure, S001).", false),
        new(DaysFirstVisitToDecision, "Nybesök to decision", "days", "Mean calendar days from the first visit (nybesök) to the decision, as Kolada counts the wait (S001).", false),
        new(ShareFirstVisitOver14Days, "Over 14 days from nybesök", "share", "Share of decisions more than 14 days after the nybesök (Kolada; Vårgårda 2019: 55 %, S001).", false),
        new(ShareMetInMonth, "Households met in month", "share", "Share of active households with at least one client meeting in the month.", true),
        new(ExitsPer100PerMonth, "Exits to self-sufficiency", "per 100 households/month", "Exits to work or studies per 100 active households per month.", true),
        new(LongTermShare, "Long-term share", "share", "Share of households on assistance in a calendar year with ≥10 months that year (S003, S004).", true),
        new(TotalCostPerYear, "Total cost", "SEK/year", "Benefits + staff + consultants + recruitment + introduction + sick pay + design running cost (timvikarier, automation).", true),
        new(CostPerInhabitant, "Cost per inhabitant", "SEK/inhabitant/year", "Total cost ÷ population.", true),
        new(HouseholdsActive, "Households", "households", "Active households, mean over months.", false),
        new(BacklogHours, "Backlog", "h", "Undone deadline and re-application work, mean over working days.", false),
        new(OvertimeHoursPerFteMonth, "Overtime", "h/FTE/month", "Overtime hours per caseworker FTE and month.", false),
        new(SickSpellsPerFteYear, "Sick spells", "spells/FTE/year", "Short and long sick spells per FTE and year.", false),
        new(ResignationsPerYear, "Resignations", "per year", "Resignations per year.", false),
        new(VacantPosts, "Vacant posts", "posts", "Posts without a caseworker (notice ended, new hire not started), mean over days.", false),
        new(ConsultantFte, "Consultant FTE", "FTE", "Consultant FTE in post, mean over days.", false),
        new(ShareUnderOneYear, "Staff under one year", "share", "Share of caseworkers with under 12 months' experience, mean over months.", false),
        new(DisengagedShare, "Disengaged staff", "share", "Share of caseworkers disengaged ('mental exit', S000), mean over months.", false),
        new(MeetingsPerWorkerMonth, "Meetings per worker", "meetings/FTE/month", "Client meetings held per FTE in posts with a krets, and month.", false),
        new(PartnerHoursPerHouseholdMonth, "Partner work", "h/household/month", "Hours of partner contacts, SIP and change work per household and month.", false),
        new(ReapplicationHoursPerHouseholdMonth, "Re-application work", "h/household/month", "Hours charged for monthly re-applications (återansökan) per household and month: worked the ordinary way, or the calculation inside a FAS meeting where the decision is given (S004); automated ones cost none.", false),
        new(MeanSpellMonths, "Spell length", "months", "Mean length of the assistance spells that started and ended inside the run (the initial stock's spells are left out: a stock over-represents long spells; spells still running at the end are not counted, so short horizons lean short).", false),
        new(MonthsPerHouseholdYear, "Months per household and year", "months/household-year", "Months on assistance in a calendar year per household with any that year, pooled over the run's whole calendar years: the published figure (Stockholm 2017: 7.0, PUB).", false),
        new(RefusalsPerYear, "Refusals", "per year", "Refusals (avslag) for broken planning per year.", false),
        new(ManagerAwayShare, "Chief away", "share", "Share of working days the unit's chief is away or the post empty (S001).", false),
        new(EligibilityChangesPerYear, "Eligibility changes", "per year", "Benefits found too high by a receipt check or in a meeting, per year (S004).", false),
        new(NoShowShare, "No-shows", "share", "Share of booked client meetings the household did not come to (S004).", false),
        new(ReentryWithin12Months, "Re-entry within 12 months", "share", "Share of exits that re-apply within 12 months (S001).", false),
        new(HandoversPerHousehold, "Handovers", "per household-year", "Caseworker changes per household-year on assistance.", false),
        new(BenefitCostPerYear, "Benefit payouts", "SEK/year", "Ekonomiskt bistånd paid.", false),
        new(StaffCostPerYear, "Staff cost", "SEK/year", "Salaries with on-costs for employed caseworkers, sick pay excluded.", false),
        new(ConsultantCostPerYear, "Consultant cost", "SEK/year", "Consultants (konsulter).", false),
        new(RecruitmentCostPerYear, "Recruitment cost", "SEK/year", "Recruitment cost per hire × hires.", false),
        new(IntroductionCostPerYear, "Introduction cost", "SEK/year", "Salary cost of capacity not yet reached by newcomers plus colleagues' introduction hours.", false),
        new(SickPayPerYear, "Sick pay", "SEK/year", "Employer's sick pay (days 2–14) with on-costs.", false),
    ];

    /// <summary>
    /// The figures the designs and the design measurements declare themselves (types implementing
    /// <see cref="IDeclaresMetrics"/>), found once by reflection and ordered by <see cref="DeclaredMetric.ReportOrder"/>,
    /// so that a new design adds its figures without an edit here. Reported in every scenario with a designs block.
    /// </summary>
    internal static IReadOnlyList<DeclaredMetric> DeclaredFigures { get; } =
    [
        .. typeof(MetricCatalogue).Assembly.GetTypes()
            .Where(t => !t.IsInterface && t.GetInterfaces().Contains(typeof(IDeclaresMetrics)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => ((IReadOnlyList<DeclaredMetric>)t.GetProperty(nameof(IDeclaresMetrics.Metrics))!.GetValue(null)!).Select((m, i) => (Metric: m, Type: t.FullName, Index: i)))
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
