namespace Planner.Simulation.Metrics;

/// <summary>Which way a metric is better, for colouring a comparison better/worse against the first scenario.</summary>
public enum Better
{
    /// <summary>Neither way is better in itself (more partner work, more cover hours: a means, not an outcome).</summary>
    Neither,
    Higher,
    Lower,
}

/// <summary>
/// The direction of every catalogue metric, once. A judgement from the users' side (MODEL.md §6): lower caseload,
/// strain, waiting, cost and staff loss are better; more households met and more exits to self-sufficiency are better.
/// </summary>
public static class MetricDirection
{
    private static readonly IReadOnlyDictionary<string, Better> Directions = new Dictionary<string, Better>(StringComparer.Ordinal)
    {
        [MetricCatalogue.CasesPerFte] = Better.Lower,
        [MetricCatalogue.WeightedCasesPerFte] = Better.Lower,
        [MetricCatalogue.Utilisation] = Better.Lower,
        [MetricCatalogue.StrainIndex] = Better.Lower,
        [MetricCatalogue.SickLeavePercent] = Better.Lower,
        [MetricCatalogue.TurnoverPercentPerYear] = Better.Lower,
        [MetricCatalogue.DaysToDecision] = Better.Lower,
        [MetricCatalogue.ShareDecisionOver8Days] = Better.Lower,
        [MetricCatalogue.ShareDecisionOver14Days] = Better.Lower,
        [MetricCatalogue.DaysFirstVisitToDecision] = Better.Lower,
        [MetricCatalogue.ShareFirstVisitOver14Days] = Better.Lower,
        [MetricCatalogue.ShareMetInMonth] = Better.Higher,
        [MetricCatalogue.ExitsPer100PerMonth] = Better.Higher,
        [MetricCatalogue.LongTermShare] = Better.Lower,
        [MetricCatalogue.TotalCostPerYear] = Better.Lower,
        [MetricCatalogue.CostPerInhabitant] = Better.Lower,
        [MetricCatalogue.HouseholdsActive] = Better.Lower,
        [MetricCatalogue.BacklogHours] = Better.Lower,
        [MetricCatalogue.OvertimeHoursPerFteMonth] = Better.Lower,
        [MetricCatalogue.SickSpellsPerFteYear] = Better.Lower,
        [MetricCatalogue.ResignationsPerYear] = Better.Lower,
        [MetricCatalogue.VacantPosts] = Better.Lower,
        [MetricCatalogue.ConsultantFte] = Better.Lower,
        [MetricCatalogue.ShareUnderOneYear] = Better.Lower,
        [MetricCatalogue.DisengagedShare] = Better.Lower,
        [MetricCatalogue.MeetingsPerWorkerMonth] = Better.Higher,
        [MetricCatalogue.PartnerHoursPerHouseholdMonth] = Better.Neither,
        [MetricCatalogue.ReapplicationHoursPerHouseholdMonth] = Better.Lower,
        [MetricCatalogue.MeanSpellMonths] = Better.Lower,
        [MetricCatalogue.MonthsPerHouseholdYear] = Better.Lower,
        [MetricCatalogue.RefusalsPerYear] = Better.Neither,
        [MetricCatalogue.ManagerAwayShare] = Better.Lower,
        [MetricCatalogue.EligibilityChangesPerYear] = Better.Neither,
        [MetricCatalogue.NoShowShare] = Better.Lower,
        [MetricCatalogue.ReentryWithin12Months] = Better.Lower,
        [MetricCatalogue.HandoversPerHousehold] = Better.Lower,
        [MetricCatalogue.BenefitCostPerYear] = Better.Lower,
        [MetricCatalogue.StaffCostPerYear] = Better.Lower,
        [MetricCatalogue.ConsultantCostPerYear] = Better.Lower,
        [MetricCatalogue.RecruitmentCostPerYear] = Better.Lower,
        [MetricCatalogue.IntroductionCostPerYear] = Better.Lower,
        [MetricCatalogue.SickPayPerYear] = Better.Lower,
        // The figures only a calendar year has.
        [YearlyCatalogue.MonthsInYear] = Better.Neither,
        [YearlyCatalogue.HouseholdsDuringYear] = Better.Lower,
        [YearlyCatalogue.YearToMonthRatio] = Better.Neither,
        [YearlyCatalogue.HouseholdMonths] = Better.Lower,
        [YearlyCatalogue.Exits] = Better.Neither,
        [YearlyCatalogue.CostSek] = Better.Lower,
        [YearlyCatalogue.CostPerHouseholdMonth] = Better.Lower,
        [YearlyCatalogue.BenefitPerHouseholdMonth] = Better.Lower,
        [YearlyCatalogue.LongTermHouseholds] = Better.Lower,
        [YearlyCatalogue.LongTermMeanMonths] = Better.Lower,
    };

    /// <summary>The direction of a metric; Neither for a key the catalogue does not know.</summary>
    public static Better Of(string key) =>
        Directions.TryGetValue(key, out var b) ? b : MetricCatalogue.Declared.FirstOrDefault(m => m.Key == key)?.Better ?? Better.Neither;

    /// <summary>Keys with a declared direction (a test checks every catalogue and yearly metric has one); a design's own figures carry theirs.</summary>
    public static IReadOnlyCollection<string> Declared => [.. Directions.Keys, .. MetricCatalogue.Declared.Select(m => m.Key)];

    /// <summary>
    /// Whether a difference (scenario − reference) with this CI is clearly better (+1), clearly worse (−1) or
    /// neither (0: the CI includes 0, or the metric has no better direction).
    /// </summary>
    public static int Judge(string key, double ciLow, double ciHigh)
    {
        if (!double.IsFinite(ciLow) || !double.IsFinite(ciHigh) || (ciLow <= 0 && ciHigh >= 0))
            return 0;
        var up = ciLow > 0;
        return Of(key) switch
        {
            Better.Higher => up ? 1 : -1,
            Better.Lower => up ? -1 : 1,
            _ => 0,
        };
    }
}
