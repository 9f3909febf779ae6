using System.Text;
using Planner.Scenarios.Charts;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Planner.Viewer.Figures;
using Planner.Viewer.Text;

namespace Planner.Viewer.Pages;

/// <summary>
/// "Resultat": the headline table (each figure's mean and 95 % CI per scenario; against the first scenario the
/// paired difference, green where it is clearly better, red where clearly worse), the charts, and the year by year.
/// </summary>
public static class ResultsPage
{
    public static string Render(PageLanguage language, StoredExperiment experiment, ComparisonResult result, ResultData data)
    {
        var html = new StringBuilder();
        html.Append(Header(language, experiment, result, $"<a class=\"button secondary\" href=\"/kostnader/{experiment.Hash}\" id=\"open-costs\">{language.T("Kostnader", "Costs")}</a>"));
        html.Append("<section><h2>").Append(language.T("Nyckeltal", "Headline figures")).Append("</h2>");
        html.Append(HeadlineTable(language, result));
        html.Append("</section>");
        html.Append(ChartSections.Results(data, language));
        html.Append("<section><h2>").Append(language.T("År för år", "Year by year")).Append("</h2>");
        html.Append(YearTables.Table(data, [YearTables.HouseholdsDuringYear(language), YearTables.CostOfYear(language)], language, "years"));
        html.Append("</section>");
        return html.ToString();
    }

    /// <summary>The top of a result page: what was run, the export-report button and the link to the other result page.</summary>
    public static string Header(PageLanguage language, StoredExperiment experiment, ComparisonResult result, string otherPageLink) =>
        Summary(language, experiment, result)
        + "<div class=\"actions\">"
        + $"<a class=\"button\" href=\"/rapport/{experiment.Hash}?lang={language.Code}\" id=\"export-report\" download>{language.T("Exportera rapport (HTML)", "Export report (HTML)")}</a>"
        + otherPageLink
        + "</div>";

    private static string Summary(PageLanguage language, StoredExperiment experiment, ComparisonResult result)
    {
        var names = string.Join(", ", result.Scenarios.Select(s => s.Scenario.Name));
        return $"<p class=\"muted\" id=\"run-summary\">{Html.E(language.T(
            $"{experiment.Name}: {result.Scenarios.Count} scenario(r) ({names}), {Numbers.Format(result.Run.Years, result.Run.Years == Math.Floor(result.Run.Years) ? 0 : 1, language)} år, {result.Run.Replications} replikeringar, slumpfrö {result.Run.Seed}. Intervallen är 95 % konfidensintervall över replikeringarna.",
            $"{experiment.Name}: {result.Scenarios.Count} scenario(s) ({names}), {Numbers.Format(result.Run.Years, result.Run.Years == Math.Floor(result.Run.Years) ? 0 : 1, language)} years, {result.Run.Replications} replications, seed {result.Run.Seed}. Intervals are 95 % confidence intervals over the replications."))}</p>";
    }

    public static string HeadlineTable(PageLanguage language, ComparisonResult result)
    {
        var keys = MetricCatalogue.Headline.Select(m => m.Key).Where(result.MetricKeys.Contains).ToList();
        var header = new List<string> { language.T("Nyckeltal", "Figure"), language.T("Enhet", "Unit") };
        for (var i = 0; i < result.Scenarios.Count; i++)
        {
            header.Add(Html.E(result.Scenarios[i].Scenario.Name));
            if (i > 0)
                header.Add(Html.E(language.T($"Skillnad mot {result.Scenarios[0].Scenario.Name}", $"Difference from {result.Scenarios[0].Scenario.Name}")));
        }
        var rows = keys.Select(key =>
        {
            var cells = new List<string> { Html.E(MetricTexts.Label(key, language)), Html.E(MetricTexts.ShownUnit(key, language)) };
            var scale = MetricTexts.Scale(key);
            var reference = result.Summary(0, key).Mean / scale;
            for (var i = 0; i < result.Scenarios.Count; i++)
            {
                var s = result.Summary(i, key);
                cells.Add($"<td class=\"num\">{Html.E(Numbers.WithInterval(s.Mean / scale, s.CiLow / scale, s.CiHigh / scale, language, scale >= 1e6 ? 1 : 0))}</td>");
                if (i > 0 && result.Difference(i, key) is { } d)
                    cells.Add(DifferenceCell(key, d, reference, scale, language));
            }
            return (IEnumerable<string>)cells;
        });
        var legend = language.T(
            "Grönt: tydligt bättre än det första scenariot, rött: tydligt sämre (den parade skillnadens 95 %-intervall utesluter 0). Ofärgat: skillnaden kan vara noll.",
            "Green: clearly better than the first scenario, red: clearly worse (the paired difference's 95 % interval excludes 0). Uncoloured: the difference may be zero.");
        return Html.Table(header, rows, "headline") + $"<p class=\"muted\">{Html.E(legend)}</p>";
    }

    /// <summary>A paired difference, coloured by which way is better when its CI excludes zero.</summary>
    /// <param name="reference">The first scenario's value (shown scale): the difference gets the decimals the values have.</param>
    public static string DifferenceCell(string key, MetricDifference d, double reference, double scale, PageLanguage language)
    {
        var decimals = Numbers.Decimals(reference, (d.CiHigh - d.CiLow) / scale, scale >= 1e6 ? 1 : 0);
        var text = $"{Numbers.Signed(d.Mean / scale, decimals, language)} ({Numbers.Signed(d.CiLow / scale, decimals, language)} – {Numbers.Signed(d.CiHigh / scale, decimals, language)})";
        var css = "num";
        var title = language.T("kan vara noll", "may be zero");
        var judgement = MetricDirection.Judge(key, d.CiLow, d.CiHigh);
        if (judgement != 0)
        {
            css += judgement > 0 ? " better" : " worse";
            title = judgement > 0 ? language.T("tydligt bättre", "clearly better") : language.T("tydligt sämre", "clearly worse");
        }
        else if (d.Clear)
            title = language.T("tydlig skillnad", "clear difference");
        return $"<td class=\"{css}\" title=\"{Html.E(title)}\" data-key=\"{key}\">{Html.E(text)}</td>";
    }
}
