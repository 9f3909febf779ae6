using Planner.Scenarios.Experiments;
using Planner.Simulation.Metrics;
using Planner.Viewer.Text;

namespace Planner.Viewer.Figures;

/// <summary>What a design changes in cost against the first scenario, per year: paired differences with 95 % CIs.</summary>
public sealed record CostChange(string Scenario, MetricDifference Personnel, MetricDifference Benefit, MetricDifference Net);

/// <summary>
/// The politician's line per design: the staff side (salaries, consultants, recruitment, introduction, sick pay,
/// the design's running cost) against the benefits paid, and the net, each a paired difference from the first
/// scenario over the same replications.
/// </summary>
public static class CostLines
{
    public const string PersonnelKey = "personnel_cost_sek_per_year";

    /// <summary>The cost components that make up the total (metric catalogue: total = their sum).</summary>
    public static IReadOnlyList<string> Components { get; } =
    [
        MetricCatalogue.BenefitCostPerYear, MetricCatalogue.StaffCostPerYear, MetricCatalogue.ConsultantCostPerYear,
        MetricCatalogue.RecruitmentCostPerYear, MetricCatalogue.IntroductionCostPerYear, MetricCatalogue.SickPayPerYear,
        MetricCatalogue.DesignCostPerYear,
    ];

    private static readonly string[] PersonnelParts = [.. Components.Where(c => c != MetricCatalogue.BenefitCostPerYear)];

    public static IReadOnlyList<CostChange> Changes(ComparisonResult result)
    {
        var withPersonnel = result.Scenarios.Select(s => s.Results.Select(WithPersonnel).ToList()).ToList();
        return [.. Enumerable.Range(1, result.Scenarios.Count - 1).Select(i => new CostChange(
            result.Scenarios[i].Scenario.Name,
            Comparison.Paired(PersonnelKey, withPersonnel[0], withPersonnel[i]),
            Comparison.Paired(MetricCatalogue.BenefitCostPerYear, withPersonnel[0], withPersonnel[i]),
            Comparison.Paired(MetricCatalogue.TotalCostPerYear, withPersonnel[0], withPersonnel[i])))];
    }

    private static ReplicationResult WithPersonnel(ReplicationResult result)
    {
        var values = new Dictionary<string, double>(result.Values, StringComparer.Ordinal)
        {
            [PersonnelKey] = PersonnelParts.Sum(k => result.Values.TryGetValue(k, out var v) && double.IsFinite(v) ? v : 0),
        };
        return result with { Values = values };
    }

    /// <summary>"FAS kostar 1,2 mnkr mer per år i personal och sparar 0,4 mnkr i bistånd; netto +0,8 ± 0,3 mnkr per år."</summary>
    public static string Sentence(CostChange change, PageLanguage language)
    {
        static string M(double sek, PageLanguage l) => Numbers.Format(Math.Abs(sek) / 1e6, 1, l);
        var personnel = change.Personnel.Mean;
        var benefit = change.Benefit.Mean;
        var net = change.Net;
        var staffPart = language.English
            ? $"costs SEK {M(personnel, language)} m {(personnel >= 0 ? "more" : "less")} a year in staff"
            : $"kostar {M(personnel, language)} mnkr {(personnel >= 0 ? "mer" : "mindre")} per år i personal";
        var benefitPart = language.English
            ? (benefit <= 0 ? $"saves SEK {M(benefit, language)} m in benefits" : $"pays SEK {M(benefit, language)} m more in benefits")
            : (benefit <= 0 ? $"sparar {M(benefit, language)} mnkr i bistånd" : $"betalar ut {M(benefit, language)} mnkr mer i bistånd");
        var netText = $"{Numbers.Signed(net.Mean / 1e6, 1, language)} ± {Numbers.Format(net.HalfWidth / 1e6, 1, language)}";
        var verdict = net.Clear
            ? language.T(net.Mean > 0 ? "dyrare" : "billigare", net.Mean > 0 ? "more expensive" : "cheaper")
            : language.T("skillnaden kan vara noll", "the difference may be zero");
        return language.English
            ? $"{change.Scenario} {staffPart} and {benefitPart}; net {netText} SEK m a year ({verdict})."
            : $"{change.Scenario} {staffPart} och {benefitPart}; netto {netText} mnkr per år ({verdict}).";
    }
}
