using System.Text;
using Planner.Scenarios.Charts;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Planner.Viewer.Figures;
using Planner.Viewer.Text;

namespace Planner.Viewer.Pages;

/// <summary>
/// "Kostnader", for politicians: one plain line per design (what it costs in staff, what it saves in benefits, the
/// net with its uncertainty), the cost of each year and per inhabitant, and the cost by component.
/// </summary>
public static class CostsPage
{
    public static string Render(PageLanguage language, StoredExperiment experiment, ComparisonResult result, ResultData data)
    {
        var html = new StringBuilder();
        html.Append(ResultsPage.Header(language, experiment, result, $"<a class=\"button secondary\" href=\"/resultat/{experiment.Hash}\">{language.T("Resultat", "Results")}</a>"));

        var changes = CostLines.Changes(result);
        if (changes.Count > 0)
        {
            html.Append("<section id=\"cost-lines\"><h2>").Append(language.T("Vad arbetssätten kostar", "What the designs cost")).Append("</h2>");
            foreach (var change in changes)
                html.Append("<p class=\"sentence\">").Append(Html.E(CostLines.Sentence(change, language))).Append("</p>");
            html.Append("<p class=\"muted\">").Append(Html.E(language.T(
                $"Jämfört med {result.Scenarios[0].Scenario.Name}, i genomsnitt per år över {Numbers.Format(result.Run.Years, 0, language)} år. ± är 95 % konfidensintervall för den parade skillnaden (samma hushåll och samma tur i båda scenarierna). Personal: löner med personalomkostnader, konsulter, rekrytering, introduktion, sjuklön och arbetssättets driftkostnad.",
                $"Against {result.Scenarios[0].Scenario.Name}, on average per year over {Numbers.Format(result.Run.Years, 0, language)} years. ± is the 95 % confidence interval of the paired difference (the same households and the same luck in both scenarios). Staff: salaries with on-costs, consultants, recruitment, introduction, sick pay and the design's running cost."))).Append("</p></section>");
        }
        html.Append(ChartSections.Costs(data, language));
        html.Append("<section><h2>").Append(language.T("Kostnad år för år", "Cost year by year")).Append("</h2>");
        html.Append(YearTables.Table(data, [YearTables.CostOfYear(language)], language, "year-costs"));
        html.Append("<h3>").Append(language.T("Per invånare", "Per inhabitant")).Append("</h3>");
        html.Append(YearTables.Table(data, [YearTables.CostPerInhabitant(language)], language, "year-costs-per-inhabitant",
            s => result.Scenarios[s].Scenario.Unit.Population));
        html.Append("<p class=\"muted\">").Append(Html.E(language.T(
            "Kalenderår; ett år som körningen bara delvis täcker har sina månaders kostnad (inte uppräknad till helår).",
            "Calendar years; a year the run covers only in part has its months' cost (not scaled up to a whole year)."))).Append("</p></section>");
        html.Append("<section><h2>").Append(language.T("Genomsnittlig kostnad per år efter slag", "Average cost per year by component")).Append("</h2>");
        html.Append(Components(language, result)).Append("</section>");
        return html.ToString();
    }

    private static string Components(PageLanguage language, ComparisonResult result)
    {
        var keys = CostLines.Components.Append(MetricCatalogue.TotalCostPerYear).Where(result.MetricKeys.Contains).ToList();
        var header = new List<string> { language.T("Slag", "Component"), language.T("Enhet", "Unit") };
        header.AddRange(result.Scenarios.Select(s => Html.E(s.Scenario.Name)));
        var rows = keys.Select(key =>
        {
            var cells = new List<string> { Html.E(MetricTexts.Label(key, language)), language.T("mnkr/år", "SEK m/year") };
            for (var i = 0; i < result.Scenarios.Count; i++)
            {
                var s = result.Summary(i, key);
                cells.Add($"<td class=\"num\">{Html.E(Numbers.WithInterval(s.Mean / 1e6, s.CiLow / 1e6, s.CiHigh / 1e6, language, 1))}</td>");
            }
            return (IEnumerable<string>)cells;
        }).ToList();
        if (result.MetricKeys.Contains(MetricCatalogue.CostPerInhabitant))
        {
            var cells = new List<string> { Html.E(MetricTexts.Label(MetricCatalogue.CostPerInhabitant, language)), language.T("kr/invånare/år", "SEK/inhabitant/year") };
            for (var i = 0; i < result.Scenarios.Count; i++)
            {
                var s = result.Summary(i, MetricCatalogue.CostPerInhabitant);
                cells.Add($"<td class=\"num\">{Html.E(Numbers.WithInterval(s.Mean, s.CiLow, s.CiHigh, language))}</td>");
            }
            rows.Add(cells);
        }
        return Html.Table(header, rows, "components");
    }
}
