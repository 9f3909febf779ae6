using System.Text;
using Planner.Scenarios.Charts;
using Planner.Scenarios.Experiments;

namespace Planner.Viewer.Pages;

/// <summary>
/// The charts of the results and cost pages, drawn by the shared chart module (Scenarios/Charts) and placed in the
/// page as inline SVG: the same charts `planner plot` writes and the report embeds.
/// </summary>
public static class ChartSections
{
    /// <summary>The chart records of a comparison (or of a run: one scenario).</summary>
    public static ResultData Data(ComparisonResult result) =>
        result.Scenarios.Count == 1
            ? ResultDataBuilder.FromRun(result.Scenarios[0].Scenario, result.Scenarios[0].Results, result.Scenarios[0].File)
            : ResultDataBuilder.FromComparison(result);

    /// <summary>Fan charts over months, the paired differences and the strain across posts.</summary>
    public static string Results(ResultData data, Text.PageLanguage language)
    {
        var texts = language.Texts;
        var html = new StringBuilder();
        if (ChartSet.Differences(data, texts) is { } differences)
            html.Append(Section(language.T("Skillnader mot det första scenariot", "Differences from the first scenario"), [differences], "charts-differences"));
        html.Append(Section(language.T("Månad för månad", "Month by month"), ChartSet.Fans(data, texts), "charts-fans"));
        if (ChartSet.Strain(data, texts) is { } strain)
            html.Append(Section(language.T("Stress över tjänsterna", "Strain across posts"), [strain], "charts-strain"));
        return html.ToString();
    }

    /// <summary>
    /// Cost per calendar year, stacked by component, with the total's CI (one chart per scenario), and in a
    /// comparison what each design changes in each component, as paired differences.
    /// </summary>
    public static string Costs(ResultData data, Text.PageLanguage language)
    {
        var html = Section(language.T("Kostnad per år efter slag", "Cost per year by component"), ChartSet.Costs(data, language.Texts), "charts-costs");
        if (ChartSet.CostDifferences(data, language.Texts) is { } differences)
            html += Section(language.T("Vad arbetssätten ändrar i kostnaden", "What the designs change in cost"), [differences], "charts-cost-differences");
        return html;
    }

    private static string Section(string heading, IReadOnlyList<Chart> charts, string id)
    {
        if (charts.Count == 0)
            return "";
        var html = new StringBuilder($"<section id=\"{id}\"><h2>{Html.E(heading)}</h2><div class=\"charts\">");
        foreach (var chart in charts)
            html.Append($"<figure class=\"chart\" id=\"chart-{chart.Id}\">").Append(ChartExport.InlineSvg(chart)).Append("</figure>");
        return html.Append("</div></section>").ToString();
    }
}
