using System.Reflection;
using System.Text;
using Planner.Scenarios.Charts;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Report;

/// <summary>
/// One self-contained HTML report of a run or a comparison: the headline table with 95 % CIs and units, the
/// comparison coloured better/worse where the paired CI excludes 0, the year-by-year table, every chart as inline
/// SVG, the scenario files with their seed and Planner's version, and how to read it all. No network, no script:
/// it opens from disk, prints on A4, and says the same in a browser years from now.
/// </summary>
public static class ReportBuilder
{
    /// <summary>The metrics of the headline table: the catalogue's headline figures, then the cost by component.</summary>
    public static IReadOnlyList<string> HeadlineMetrics { get; } = MetricCatalogue.Headline.Select(m => m.Key).ToList();

    public static IReadOnlyList<string> CostMetrics { get; } = CostComponents.All.Select(c => c.MetricKey).ToList();

    /// <summary>The calendar-year figures of the year-by-year table, where the results have them.</summary>
    public static IReadOnlyList<string> YearMetrics { get; } =
    [
        MetricCatalogue.HouseholdsActive, YearlyCatalogue.HouseholdsDuringYear, MetricCatalogue.CasesPerFte,
        MetricCatalogue.StrainIndex, MetricCatalogue.DaysToDecision, YearlyCatalogue.CostSek, MetricCatalogue.CostPerInhabitant,
    ];

    /// <summary>Planner's version as built (with the source revision where the build knew it).</summary>
    public static string Version =>
        typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ReportBuilder).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The report of the results as HTML text; <paramref name="charts"/> defaults to the full chart set.</summary>
    public static string Html(ResultData data, Texts texts, IReadOnlyList<Chart>? charts = null)
    {
        charts ??= ChartSet.All(data, texts);
        var html = new StringBuilder();
        var names = string.Join(", ", data.Scenarios.Select(s => s.Name));
        var title = data.IsComparison ? texts.Format("report.title.comparison", names) : texts.Format("report.title.run", names);
        var first = data.Reference;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(texts.Language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Planner ").Append(E(Version)).Append("\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>").Append(E(title)).Append("</h1>\n<p class=\"lede\">")
            .Append(E(texts.Format("report.lede", first.Replications, texts.Numbers.Fixed(first.Years, first.Years == Math.Round(first.Years) ? 0 : 1), first.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), first.Seed)))
            .Append("<br>").Append(E(texts.Format("report.version", Version))).Append("</p>\n</header>\n");

        var hasYears = data.Scenarios.Any(s => s.Yearly.Count > 0);
        html.Append("<nav><h2>").Append(E(texts["report.contents"])).Append("</h2><ol>")
            .Append(Link("howto", texts["report.howto"])).Append(Link("headline", texts["report.headline"]));
        if (hasYears)
            html.Append(Link("years", texts["report.years"]));
        html.Append(Link("charts", texts["report.charts"])).Append(Link("reproduce", texts["report.reproduce"])).Append("</ol></nav>\n");

        HowTo(html, texts, data.IsComparison);
        Headline(html, data, texts);
        if (hasYears)
            Years(html, data, texts);
        html.Append("<section id=\"charts\">\n<h2 class=\"page\">").Append(E(texts["report.charts"])).Append("</h2>\n");
        foreach (var chart in charts)
        {
            html.Append("<figure id=\"chart-").Append(E(chart.Id)).Append("\">\n").Append(ChartExport.InlineSvg(chart)).Append('\n')
                .Append("<figcaption>").Append(E(chart.Title)).Append("</figcaption>\n</figure>\n");
        }
        html.Append("</section>\n");
        Reproduce(html, data, texts);
        html.Append("<footer>").Append(E(texts.Format("report.version", Version))).Append(" · seed ").Append(first.Seed).Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void HowTo(StringBuilder html, Texts texts, bool comparison)
    {
        // The how-to texts carry a little markup of their own (bold, the better/worse samples): from the table, not from input.
        html.Append("<section id=\"howto\" class=\"howto\">\n<h2>").Append(E(texts["report.howto"])).Append("</h2>\n")
            .Append("<p>").Append(E(texts["report.howto.model"])).Append("</p>\n")
            .Append("<p>").Append(texts["report.howto.ci"]).Append("</p>\n")
            .Append(comparison ? "<p>" + texts["report.howto.paired"] + "</p>\n" : "")
            .Append("<p>").Append(texts["report.howto.fan"]).Append("</p>\n</section>\n");
    }

    private static void Headline(StringBuilder html, ResultData data, Texts texts)
    {
        var reference = data.Reference;
        html.Append("<section id=\"headline\">\n<h2>").Append(E(texts["report.headline"])).Append("</h2>\n<table class=\"headline").Append(data.IsComparison ? "" : " single").Append("\">\n<thead><tr><th>")
            .Append(E(texts["report.metric"])).Append("</th><th class=\"unit\">").Append(E(texts["report.unit"])).Append("</th>");
        foreach (var s in data.Scenarios)
            html.Append("<th>").Append(E(data.IsComparison ? s.Name : texts["report.mean"])).Append("</th>");
        foreach (var s in data.Scenarios.Skip(1))
            html.Append("<th>").Append(E(texts.Format("report.diff", reference.Name))).Append("<br>").Append(E(s.Name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var key in HeadlineMetrics)
            MetricRow(html, data, texts, key);
        html.Append("<tr class=\"group\"><th colspan=\"").Append(2 + 2 * data.Scenarios.Count - 1).Append("\">")
            .Append(E(texts["report.costs"])).Append("</th></tr>\n");
        foreach (var key in CostMetrics.Where(k => NonZero(data, k)))
            MetricRow(html, data, texts, key);
        // The figures the designs act on (meetings held, cover, mentoring, design posts), where a scenario has designs.
        var designs = MetricCatalogue.Declared.Select(m => m.Key)
            .Where(k => NonZero(data, k)).ToList();
        if (designs.Count > 0)
        {
            html.Append("<tr class=\"group\"><th colspan=\"").Append(2 + 2 * data.Scenarios.Count - 1).Append("\">")
                .Append(E(texts["report.designs"])).Append("</th></tr>\n");
            foreach (var key in designs)
                MetricRow(html, data, texts, key);
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Whether any scenario has a value other than 0 for the metric (a cost nobody pays, a design nobody runs, is left out).</summary>
    private static bool NonZero(ResultData data, string key) =>
        data.Scenarios.Any(sc => sc.Metric(key) is { } m && double.IsFinite(m.Mean) && m.Mean != 0);

    private static void MetricRow(StringBuilder html, ResultData data, Texts texts, string key)
    {
        var estimates = data.Scenarios.Select(s => s.Metric(key)).ToList();
        if (estimates.All(e => e is null || !double.IsFinite(e.Mean)))
            return;
        var format = MetricFormat.For(key, estimates.First(e => e is not null)!.Mean, texts);
        html.Append("<tr data-metric=\"").Append(E(key)).Append("\"><td>").Append(E(texts.Metric(key))).Append("</td><td class=\"unit\">")
            .Append(E(format.Unit)).Append("</td>");
        foreach (var e in estimates)
            html.Append(Cell(format, e?.Mean ?? double.NaN, e?.CiLow ?? double.NaN, e?.CiHigh ?? double.NaN, texts));
        foreach (var s in data.Scenarios.Skip(1))
        {
            var d = data.Differences.FirstOrDefault(x => x.Key == key && x.Scenario == s.Name);
            html.Append(d is null ? "<td>–</td>" : DifferenceCell(format, d.Mean, d.CiLow, d.CiHigh, d.Judgement, texts));
        }
        html.Append("</tr>\n");
    }

    private static void Years(StringBuilder html, ResultData data, Texts texts)
    {
        html.Append("<section id=\"years\">\n<h2 class=\"page\">").Append(E(texts["report.years"])).Append("</h2>\n<p class=\"lede\">")
            .Append(E(texts["report.years.lede"])).Append("</p>\n");
        foreach (var s in data.Scenarios.Where(s => s.Yearly.Count > 0))
        {
            var keys = YearMetrics.Where(k => s.Yearly.Any(y => y.Get(k) is { } m && double.IsFinite(m.Mean))).ToList();
            if (data.IsComparison)
                html.Append("<h3>").Append(E(s.Name)).Append("</h3>\n");
            html.Append("<table class=\"years\" data-scenario=\"").Append(E(s.Name)).Append("\">\n<thead><tr><th>").Append(E(texts["year"]))
                .Append("</th><th>").Append(E(texts["report.months"])).Append("</th>");
            var formats = keys.ToDictionary(k => k, k => MetricFormat.For(k, s.Yearly.Select(y => y.Get(k)?.Mean ?? double.NaN).Where(double.IsFinite).DefaultIfEmpty(0).Average(), texts));
            foreach (var k in keys)
                html.Append("<th>").Append(E(texts.Metric(k))).Append("<br><span class=\"unit\">").Append(E(formats[k].Unit)).Append("</span></th>");
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var y in s.Yearly)
            {
                html.Append("<tr><td>").Append(y.Year).Append("</td><td>").Append(y.Months).Append("</td>");
                foreach (var k in keys)
                {
                    var m = y.Get(k);
                    html.Append(Cell(formats[k], m?.Mean ?? double.NaN, m?.CiLow ?? double.NaN, m?.CiHigh ?? double.NaN, texts));
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        // The differences a politician asks for first: the cost of each year against the first scenario.
        if (data.IsComparison && data.YearlyDifferences.Count > 0)
        {
            var years = data.YearlyDifferences.Select(d => d.Year).Distinct().Order().ToList();
            var others = data.Scenarios.Skip(1).Select(s => s.Name).ToList();
            foreach (var key in new[] { YearlyCatalogue.CostSek, YearlyCatalogue.HouseholdsDuringYear, MetricCatalogue.StrainIndex })
            {
                var rows = data.YearlyDifferences.Where(d => d.Difference.Key == key).ToList();
                if (rows.Count == 0)
                    continue;
                var format = MetricFormat.For(key, rows.Select(r => r.Difference.ReferenceMean).Where(double.IsFinite).DefaultIfEmpty(0).Average(), texts);
                html.Append("<h3>").Append(E(texts.Metric(key))).Append(" – ").Append(E(texts.Format("report.diff", data.Reference.Name)))
                    .Append(" (").Append(E(format.Unit)).Append(")</h3>\n<table class=\"year-differences\" data-metric=\"").Append(E(key))
                    .Append("\">\n<thead><tr><th>").Append(E(texts["year"])).Append("</th>");
                foreach (var o in others)
                    html.Append("<th>").Append(E(o)).Append("</th>");
                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var year in years)
                {
                    html.Append("<tr><td>").Append(year).Append("</td>");
                    foreach (var o in others)
                    {
                        var d = rows.FirstOrDefault(r => r.Year == year && r.Difference.Scenario == o)?.Difference;
                        html.Append(d is null ? "<td>–</td>" : DifferenceCell(format, d.Mean, d.CiLow, d.CiHigh, d.Judgement, texts));
                    }
                    html.Append("</tr>\n");
                }
                html.Append("</tbody>\n</table>\n");
            }
        }
        html.Append("</section>\n");
    }

    private static void Reproduce(StringBuilder html, ResultData data, Texts texts)
    {
        html.Append("<section id=\"reproduce\">\n<h2 class=\"page\">").Append(E(texts["report.reproduce"])).Append("</h2>\n<p>")
            .Append(E(texts["report.reproduce.lede"])).Append("</p>\n");
        var files = data.Scenarios.Select(s => s.Name + ".json").ToList();
        var command = (data.IsComparison ? "planner compare " : "planner run ") + string.Join(' ', files);
        html.Append("<pre><code>").Append(E(command)).Append("</code></pre>\n");
        html.Append("<p>").Append(E(texts.Format("report.version", Version))).Append(" · seed ").Append(data.Reference.Seed).Append("</p>\n");
        for (int i = 0; i < data.Scenarios.Count; i++)
        {
            var s = data.Scenarios[i];
            html.Append("<h3>").Append(E(texts.Format("report.scenario.file", files[i]))).Append("</h3>\n")
                .Append("<pre class=\"scenario-json\" data-scenario=\"").Append(E(s.Name)).Append("\"><code>").Append(E(s.ScenarioJson)).Append("</code></pre>\n");
        }
        html.Append("</section>\n");
    }

    private static string Cell(MetricFormat format, double mean, double low, double high, Texts texts) =>
        !double.IsFinite(mean) ? "<td>–</td>"
            : $"<td>{E(format.Value(mean))}<span class=\"ci\">{E(format.Interval(low, high))}</span></td>";

    private static string DifferenceCell(MetricFormat format, double mean, double low, double high, int judgement, Texts texts)
    {
        if (!double.IsFinite(mean))
            return "<td>–</td>";
        // Colour and a word: the marking survives grey print and colour blindness.
        var mark = judgement > 0 ? $" class=\"better\" data-mark=\"{E(texts["report.better"])}\"" : judgement < 0 ? $" class=\"worse\" data-mark=\"{E(texts["report.worse"])}\"" : "";
        // A difference is often far smaller than the value: enough decimals that its CI shows at least one digit.
        var precise = format.WithDecimalsFor((high - low) / 2);
        return $"<td{mark}>{E(precise.Difference(mean))}<span class=\"ci\">{E(precise.Interval(low, high))}</span></td>";
    }

    private static string Link(string id, string text) => $"<li><a href=\"#{id}\">{E(text)}</a></li>";

    private static string E(string text) => HtmlText.Escape(text);
}
