using Planner.Scenarios.Charts;
using Planner.Simulation.Metrics;
using Planner.Viewer.Pages;
using Planner.Viewer.Text;

namespace Planner.Viewer.Figures;

/// <summary>
/// Tables by calendar year from the model's own yearly figures (households during the year, the year's cost, per
/// inhabitant), each with its 95 % CI, and for later scenarios the paired difference from the first, coloured.
/// </summary>
public static class YearTables
{
    /// <summary>One column group per scenario: each figure with its CI; later scenarios add their paired Δ.</summary>
    public static string Table(ResultData data, IReadOnlyList<(string Key, string Label, double Scale)> figures, PageLanguage language, string css,
        Func<int, double>? perInhabitant = null)
    {
        var years = data.Reference.Yearly.Select(y => y.Year).ToList();
        if (years.Count == 0)
            return $"<p class=\"muted\">{Html.E(language.T("Körningen har inga kalenderårssiffror.", "The run has no calendar-year figures."))}</p>";
        var header = new List<string> { language.T("År", "Year") };
        for (var s = 0; s < data.Scenarios.Count; s++)
        {
            foreach (var f in figures)
            {
                header.Add($"{Html.E(data.Scenarios[s].Name)}<br>{Html.E(f.Label)}");
                if (s > 0)
                    header.Add($"{Html.E(language.T("Skillnad", "Difference"))}<br>{Html.E(f.Label)}");
            }
        }
        var rows = years.Select(year =>
        {
            var months = data.Reference.Yearly.First(y => y.Year == year).Months;
            var cells = new List<string> { Html.E(year + (months < 12 ? language.T($" ({months} mån)", $" ({months} months)") : "")) };
            for (var s = 0; s < data.Scenarios.Count; s++)
            {
                var yearly = data.Scenarios[s].Yearly.FirstOrDefault(y => y.Year == year);
                foreach (var f in figures)
                {
                    var scale = f.Scale * (perInhabitant?.Invoke(s) ?? 1);
                    var m = yearly?.Get(f.Key);
                    cells.Add(m is null ? "<td class=\"num\">–</td>"
                        : $"<td class=\"num\">{Html.E(Numbers.WithInterval(m.Mean / scale, m.CiLow / scale, m.CiHigh / scale, language, Least(scale)))}</td>");
                    if (s == 0)
                        continue;
                    var d = data.YearlyDifferences.FirstOrDefault(x => x.Year == year && x.Difference.Key == f.Key && x.Difference.Scenario == data.Scenarios[s].Name)?.Difference;
                    cells.Add(d is null ? "<td class=\"num\">–</td>" : Difference(d, scale, language));
                }
            }
            return (IEnumerable<string>)cells;
        });
        return Html.Table(header, rows, css);
    }

    private static string Difference(PairedDifference d, double scale, PageLanguage language)
    {
        var decimals = Numbers.Decimals(d.ReferenceMean / scale, (d.CiHigh - d.CiLow) / scale, Least(scale));
        var css = d.Judgement switch { > 0 => "num better", < 0 => "num worse", _ => "num" };
        var text = $"{Numbers.Signed(d.Mean / scale, decimals, language)} ({Numbers.Signed(d.CiLow / scale, decimals, language)} – {Numbers.Signed(d.CiHigh / scale, decimals, language)})";
        return $"<td class=\"{css}\" data-key=\"{d.Key}\">{Html.E(text)}</td>";
    }

    /// <summary>Millions of kronor get one decimal (a tenth of a million is a post's cost for two years).</summary>
    private static int Least(double scale) => scale >= 1e6 ? 1 : 0;

    public static (string, string, double) HouseholdsDuringYear(PageLanguage language) =>
        (YearlyCatalogue.HouseholdsDuringYear, language.T("hushåll under året", "households during the year"), 1);

    public static (string, string, double) CostOfYear(PageLanguage language) =>
        (YearlyCatalogue.CostSek, language.T("kostnad, mnkr", "cost, SEK m"), 1e6);

    public static (string, string, double) CostPerInhabitant(PageLanguage language) =>
        (YearlyCatalogue.CostSek, language.T("kr per invånare", "SEK per inhabitant"), 1);
}
