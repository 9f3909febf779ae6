using System.Xml.Linq;
using OxyPlot.Series;
using Planner.Scenarios.Charts;
using Planner.Simulation.Metrics;
using SkiaSharp;

namespace Planner.Scenarios.Tests;

/// <summary>
/// The chart module without a browser: fan bands around their median, stacked cost adding up to the total,
/// SVG and PNG with Swedish text, Swedish numbers, the results-folder reader and `planner plot`.
/// </summary>
public sealed class ChartTests
{
    private TempFolder temp = null!;
    private string runFolder = "";
    private string comparisonFolder = "";

    [OneTimeSetUp]
    public void RunOnce()
    {
        temp = new TempFolder();
        (runFolder, comparisonFolder) = SmallResults.Write(temp, "small", years: 2, replications: 5, seed: 11, "2027-03-01");
    }

    [OneTimeTearDown]
    public void Remove() => temp.Dispose();

    [Test]
    public void QuantilesInterpolateBetweenOrderStatistics()
    {
        double[] sorted = [1, 2, 3, 4, 5];
        Assert.That(FanBands.Quantile(sorted, 0.5), Is.EqualTo(3));
        Assert.That(FanBands.Quantile(sorted, 0.25), Is.EqualTo(2));
        Assert.That(FanBands.Quantile(sorted, 0.05), Is.EqualTo(1.2).Within(1e-12));
        Assert.That(FanBands.Quantile(sorted, 0.95), Is.EqualTo(4.8).Within(1e-12));
    }

    [Test]
    public void EveryFanChartsBandsContainItsMedianAndSpreadOverReplications()
    {
        var data = ResultsFolder.Read(comparisonFolder);
        var fans = ChartSet.Fans(data, Texts.Swedish);
        Assert.That(fans.Select(f => f.Id), Is.EquivalentTo(MonthlyMetrics.All.Select(m => "fan-" + m.Id)));
        var spread = 0;
        foreach (var fan in fans)
        {
            var medians = fan.Model.Series.OfType<LineSeries>().Where(s => (string)s.Tag == SeriesTags.Median).ToList();
            var band50 = fan.Model.Series.OfType<AreaSeries>().Where(s => (string)s.Tag == SeriesTags.Band50).ToList();
            var band90 = fan.Model.Series.OfType<AreaSeries>().Where(s => (string)s.Tag == SeriesTags.Band90).ToList();
            Assert.That(medians, Has.Count.EqualTo(2), fan.Id);
            for (int s = 0; s < medians.Count; s++)
            {
                Assert.That(medians[s].Points, Is.Not.Empty, fan.Id);
                for (int i = 0; i < medians[s].Points.Count; i++)
                {
                    var m = medians[s].Points[i];
                    double low50 = band50[s].Points2[i].Y, high50 = band50[s].Points[i].Y, low90 = band90[s].Points2[i].Y, high90 = band90[s].Points[i].Y;
                    Assert.That(band50[s].Points[i].X, Is.EqualTo(m.X));
                    Assert.That(new[] { low90, low50, m.Y, high50, high90 }, Is.Ordered, $"{fan.Id}, scenario {s}, month {m.X}");
                    if (high90 > low90) spread++;
                }
            }
        }
        // Five replications differ: most months have a band of some width (a fan of copies would be a line).
        Assert.That(spread, Is.GreaterThan(100));
    }

    [Test]
    public void StackedCostBarsAddUpToTheTotalAndTheYearsToTheRunsCost()
    {
        var data = ResultsFolder.Read(runFolder);
        var scenario = data.Reference;
        var chart = ChartSet.Costs(data, Texts.Swedish).Single();
        var parts = chart.Model.Series.OfType<RectangleBarSeries>().Where(s => (string)s.Tag == SeriesTags.CostPart).ToList();
        var total = chart.Model.Series.OfType<ScatterErrorSeries>().Single(s => (string)s.Tag == SeriesTags.CostTotal);
        var years = YearlyCosts.Of(scenario);
        // Two years from March: 2027 (10 months), 2028, 2029 (2 months).
        Assert.That(years.Select(y => (y.Year, y.Months)), Is.EqualTo(new[] { (2027, 10), (2028, 12), (2029, 2) }));
        Assert.That(parts.Count, Is.GreaterThanOrEqualTo(3), "benefits, staff and at least one more component");
        for (int i = 0; i < years.Count; i++)
        {
            var stacked = parts.Sum(p => p.Items[i].Y1 - p.Items[i].Y0);
            Assert.That(stacked, Is.EqualTo(total.Points[i].Y).Within(1e-9 * total.Points[i].Y), $"year {years[i].Year}");
            // Each segment starts where the one below ends.
            for (int p = 1; p < parts.Count; p++)
                Assert.That(parts[p].Items[i].Y0, Is.EqualTo(parts[p - 1].Items[i].Y1).Within(1e-9));
            Assert.That(years[i].TotalCiLow, Is.LessThan(years[i].Total).And.GreaterThan(0));
            Assert.That(years[i].Parts.Any(p => p.Component == CostComponents.Other), Is.False, "the components explain the whole total");
        }
        // Summed from monthly.csv (what older results folders offer) the years and their components come out the same.
        var fromMonthly = YearlyCosts.FromMonthly(scenario.StartDate, scenario.Monthly);
        Assert.That(scenario.Yearly, Is.Not.Empty, "this folder has yearly.csv, so the chart used it");
        Assert.That(fromMonthly.Select(y => (y.Year, y.Months)), Is.EqualTo(years.Select(y => (y.Year, y.Months))));
        for (int i = 0; i < years.Count; i++)
        {
            Assert.That(fromMonthly[i].Total, Is.EqualTo(years[i].Total).Within(1e-9 * years[i].Total));
            foreach (var part in years[i].Parts)
                Assert.That(fromMonthly[i].Parts.Single(p => p.Component == part.Component).Mean, Is.EqualTo(part.Mean).Within(1e-6 * years[i].Total), part.Component);
        }
        // The calendar years together are the run's cost: total cost per year × years, from the run's own summary.
        var perYear = scenario.Metric(MetricCatalogue.TotalCostPerYear)!.Mean;
        Assert.That(years.Sum(y => y.Total), Is.EqualTo(perYear * scenario.Years).Within(1e-9 * perYear));
    }

    [Test]
    public void MonthlyCostComponentsAddUpToTheMonthsCostAndStrainBandsToOne()
    {
        var data = ResultsFolder.Read(runFolder);
        foreach (var replication in data.Reference.Monthly)
        {
            var series = replication.Series;
            var cost = MonthlyMetrics.Column(series, CostComponents.TotalColumn);
            var sum = new double[cost.Length];
            foreach (var c in CostComponents.All)
            {
                var part = MonthlyMetrics.Column(series, c.MonthlyColumn);
                for (int m = 0; m < sum.Length; m++) sum[m] += part[m];
            }
            var strain = MonthlyMetrics.Column(series, "strain_mean");
            for (int m = 0; m < cost.Length; m++)
            {
                Assert.That(sum[m], Is.EqualTo(cost[m]).Within(1e-6 * cost[m]), $"replication {replication.Replication}, month {m}");
                var shares = Enumerable.Range(0, StrainChart.Bands).Select(b => MonthlyMetrics.Column(series, StrainChart.Column(b))[m]).ToList();
                Assert.That(shares.Sum(), Is.EqualTo(1).Within(1e-9));
                // The month's mean strain lies between the bands' lower and upper edges weighted by their shares.
                var lower = shares.Select((s, b) => s * b / 10.0).Sum();
                var upper = shares.Select((s, b) => s * (b + 1) / 10.0).Sum();
                Assert.That(strain[m], Is.InRange(lower - 1e-9, upper + 1e-9));
            }
        }
    }

    [Test]
    public void DifferencesAreReadFromTheComparisonAndDrawnForEveryHeadlineMetric()
    {
        var data = ResultsFolder.Read(comparisonFolder);
        Assert.That(data.Scenarios.Select(s => s.Name), Is.EqualTo(new[] { "small-base", "small-fas" }));
        Assert.That(data.Scenarios.All(s => s.Monthly.Count == 5), "each scenario's five replications from the comparison's monthly.csv");
        var strain = data.Differences.Single(d => d.Key == MetricCatalogue.StrainIndex);
        var fas = data.Scenarios[1].Metric(MetricCatalogue.StrainIndex)!.Mean;
        var reference = data.Reference.Metric(MetricCatalogue.StrainIndex)!.Mean;
        Assert.That(strain.Mean, Is.EqualTo(fas - reference).Within(1e-12), "a paired mean difference is the difference of the means");
        Assert.That(strain.ReferenceMean, Is.EqualTo(reference));
        var chart = ChartSet.Differences(data, Texts.Swedish)!;
        var points = chart.Model.Series.OfType<ScatterErrorSeries>().Where(s => (string)s.Tag == SeriesTags.Difference).Sum(s => s.Points.Count);
        Assert.That(points, Is.EqualTo(MetricCatalogue.Headline.Count));
    }

    [Test]
    public void EveryWhiskerSpansItsConfidenceIntervalFromLowToHigh()
    {
        // OxyPlot draws an error point's ErrorX/ErrorY as the whole whisker, half of it on each side of the point.
        static (double Low, double High) Vertical(ScatterErrorPoint p) => (p.Y - p.ErrorY / 2, p.Y + p.ErrorY / 2);
        static (double Low, double High) Horizontal(ScatterErrorPoint p) => (p.X - p.ErrorX / 2, p.X + p.ErrorX / 2);

        var run = ResultsFolder.Read(runFolder);
        var total = ChartSet.Costs(run, Texts.Swedish).Single().Model.Series.OfType<ScatterErrorSeries>().Single(s => (string)s.Tag == SeriesTags.CostTotal);
        var years = YearlyCosts.Of(run.Reference);
        for (int i = 0; i < years.Count; i++)
        {
            var (low, high) = Vertical(total.Points[i]);
            Assert.That(low, Is.EqualTo(years[i].TotalCiLow / 1e6).Within(1e-9 * years[i].Total), $"year {years[i].Year}: low end");
            Assert.That(high, Is.EqualTo(years[i].TotalCiHigh / 1e6).Within(1e-9 * years[i].Total), $"year {years[i].Year}: high end");
        }

        var comparison = ResultsFolder.Read(comparisonFolder);
        var forest = ChartSet.Differences(comparison, Texts.Swedish)!.Model.Series.OfType<ScatterErrorSeries>()
            .Where(s => (string)s.Tag == SeriesTags.Difference).SelectMany(s => s.Points).ToList();
        var drawn = 0;
        foreach (var d in comparison.Differences.Where(d => MetricCatalogue.Headline.Any(h => h.Key == d.Key) && double.IsFinite(d.CiLow)))
        {
            var mean = DifferenceChart.Percent(d, d.Mean);
            var point = forest.FirstOrDefault(p => p.X == mean && p.ErrorX > 0);
            if (point is null)
                continue; // drawn at the axis edge with its value written out
            var (low, high) = Horizontal(point);
            Assert.That(low, Is.EqualTo(DifferenceChart.Percent(d, d.CiLow)).Within(1e-9), d.Key);
            Assert.That(high, Is.EqualTo(DifferenceChart.Percent(d, d.CiHigh)).Within(1e-9), d.Key);
            drawn++;
        }
        Assert.That(drawn, Is.GreaterThan(0), "at least one difference is drawn with its whisker");

        var costDifferences = ChartSet.CostDifferences(comparison, Texts.Swedish)!.Model.Series.OfType<ScatterErrorSeries>().Single().Points;
        var metrics = CostDifferenceChart.Metrics(comparison);
        var whiskers = metrics.Select(m => comparison.Differences.Single(d => d.Key == m)).Where(d => double.IsFinite(d.CiHigh)).ToList();
        Assert.That(costDifferences, Has.Count.EqualTo(whiskers.Count));
        for (int i = 0; i < whiskers.Count; i++)
        {
            var (low, high) = Vertical(costDifferences[i]);
            Assert.That(low, Is.EqualTo(whiskers[i].CiLow / 1e6).Within(1e-6), whiskers[i].Key);
            Assert.That(high, Is.EqualTo(whiskers[i].CiHigh / 1e6).Within(1e-6), whiskers[i].Key);
        }
    }

    [Test]
    public void TheCostDifferenceOfTheComponentsAddsUpToTheTotalsDifference()
    {
        var data = ResultsFolder.Read(comparisonFolder);
        var chart = ChartSet.CostDifferences(data, Texts.Swedish)!;
        var metrics = CostDifferenceChart.Metrics(data);
        Assert.That(metrics[^1], Is.EqualTo(MetricCatalogue.TotalCostPerYear));
        Assert.That(metrics, Does.Contain(MetricCatalogue.BenefitCostPerYear).And.Contain(MetricCatalogue.StaffCostPerYear));
        var bars = chart.Model.Series.OfType<RectangleBarSeries>().Single().Items;
        Assert.That(bars, Has.Count.EqualTo(metrics.Count));
        double Height(RectangleBarItem b) => b.Y0 < 0 ? b.Y0 : b.Y1;
        // Paired differences are means of per-replication differences, so they add as the costs do.
        var components = bars.Take(bars.Count - 1).Sum(Height);
        Assert.That(components, Is.EqualTo(Height(bars[^1])).Within(1e-6 * Math.Abs(Height(bars[0]))));
        Assert.That(Height(bars[^1]) * 1e6, Is.EqualTo(data.Differences.Single(d => d.Key == MetricCatalogue.TotalCostPerYear).Mean).Within(1e-3));
        // Every whisker is inside the axis (OxyPlot's own range would stop at the bars).
        var axis = chart.Model.Axes.Single(a => a.Position == OxyPlot.Axes.AxisPosition.Left);
        var shown = data.Differences.Where(d => metrics.Contains(d.Key)).ToList();
        Assert.That(axis.Minimum, Is.LessThanOrEqualTo(shown.Min(d => d.CiLow) / 1e6));
        Assert.That(axis.Maximum, Is.GreaterThanOrEqualTo(shown.Max(d => d.CiHigh) / 1e6));
    }

    [Test]
    public void SvgAndPngRenderSwedishText()
    {
        var data = ResultsFolder.Read(runFolder);
        // "Hushåll som träffats under månaden", "… median över …": å, ä and ö.
        var households = ChartSet.Fans(data, Texts.Swedish).Single(c => c.Id == "fan-share-met");
        var svg = ChartExport.Svg(households);
        var document = XDocument.Parse(svg);
        var texts = document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.That(texts, Does.Contain("Hushåll som träffats under månaden"));
        Assert.That(texts, Does.Contain("mar 2027"), "month labels in Swedish from the scenario's start date");
        Assert.That(texts.Any(t => t.Contains("ä", StringComparison.Ordinal)) && texts.Any(t => t.Contains("ö", StringComparison.Ordinal)), Is.True,
            "the title's 'träffats' and the subtitle's 'över' carry ä and ö");

        // The chart font is on this machine and has the glyphs (CI installs fonts-dejavu-core).
        using var typeface = SKTypeface.FromFamilyName(ChartStyle.Font);
        Assert.That(typeface.FamilyName, Is.EqualTo(ChartStyle.Font));
        Assert.That(typeface.ContainsGlyphs("åäöÅÄÖ−"), Is.True);

        var png = ChartExport.Png(households);
        using var bitmap = SKBitmap.Decode(png);
        Assert.That(bitmap, Is.Not.Null);
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((ChartStyle.Width, ChartStyle.Height)));
        Assert.That(png.Length, Is.GreaterThan(10_000));
        var inked = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
            for (int x = 0; x < bitmap.Width; x += 2)
                if (bitmap.GetPixel(x, y).Red < 200) inked++;
        Assert.That(inked, Is.GreaterThan(1000), "lines, bands and text, not a blank image");

        // å, ä and ö are drawn as glyphs of their own: the title row differs from the same title written without them.
        var plain = new Chart("plain", "", ChartSet.Fans(data, Texts.Swedish).Single(c => c.Id == "fan-share-met").Model);
        plain.Model.Title = "Hushall som traffats under manaden";
        using var withoutDiacritics = SKBitmap.Decode(ChartExport.Png(plain));
        Assert.That(TitleRowDiffers(bitmap, withoutDiacritics), Is.True);
    }

    private static bool TitleRowDiffers(SKBitmap a, SKBitmap b)
    {
        for (int y = 0; y < 40; y++)
            for (int x = 0; x < a.Width; x++)
                if (a.GetPixel(x, y) != b.GetPixel(x, y)) return true;
        return false;
    }

    [Test]
    public void SwedishNumbersHaveADecimalCommaAndSpacedThousands()
    {
        Assert.That(Texts.Swedish.Numbers.Fixed(1234.5, 1), Is.EqualTo("1\u00A0234,5"));
        Assert.That(Texts.English.Numbers.Fixed(1234.5, 1), Is.EqualTo("1,234.5"));
        Assert.That(Texts.Swedish.Numbers.Signed(-0.25, 2), Is.EqualTo("\u22120,25"));
        Assert.That(Texts.Swedish.Numbers.Signed(3, 0), Is.EqualTo("+3"));

        var data = ResultsFolder.Read(runFolder);
        var strain = ChartSet.Fans(data, Texts.Swedish).Single(c => c.Id == "fan-strain");
        var labels = XDocument.Parse(ChartExport.Svg(strain)).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.That(labels.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^0,\d+$")), Is.True, string.Join(" | ", labels));
        Assert.That(labels.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^0\.\d+$")), Is.False);
        var english = ChartSet.Fans(data, Texts.English).Single(c => c.Id == "fan-strain");
        var englishLabels = XDocument.Parse(ChartExport.Svg(english)).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.That(englishLabels, Does.Contain("Strain index").And.Contain("Mar 2027"));
        Assert.That(englishLabels.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^0\.\d+$")), Is.True);
    }

    [Test]
    public void InlineSvgNamesNoAddressAndKeepsItsIdsApart()
    {
        var data = ResultsFolder.Read(comparisonFolder);
        var charts = ChartSet.All(data, Texts.Swedish);
        var inline = charts.Select(c => ChartExport.InlineSvg(c)).ToList();
        Assert.That(inline.Any(s => s.Contains("http", StringComparison.OrdinalIgnoreCase)), Is.False);
        var ids = inline.SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value)).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.Not.Empty);
        // Every clip-path reference points at an id of its own chart.
        foreach (var svg in inline)
        {
            var own = System.Text.RegularExpressions.Regex.Matches(svg, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
            var used = System.Text.RegularExpressions.Regex.Matches(svg, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value);
            Assert.That(used.All(own.Contains), Is.True);
        }
    }

    [Test]
    public void PlotWritesEveryChartIntoTheResultsFolder()
    {
        var result = Planner.Cli("plot", comparisonFolder);
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        var files = Directory.GetFiles(Path.Combine(comparisonFolder, ChartFiles.Folder)).Select(Path.GetFileName).ToList();
        Assert.That(files, Does.Contain("fan-households.svg").And.Contain("differences.svg").And.Contain("strain-distribution.svg")
            .And.Contain("cost-per-year-small-base.svg").And.Contain("cost-per-year-small-fas.svg"));
        Assert.That(files, Has.Count.EqualTo(MonthlyMetrics.All.Count + 2 + 1 + 1 + 1), "fans, two cost charts, differences, cost differences, strain");
        foreach (var file in files)
            Assert.DoesNotThrow(() => XDocument.Parse(File.ReadAllText(Path.Combine(comparisonFolder, ChartFiles.Folder, file!))), file!);
        // Like every file of a results folder, the charts are the same bytes for the same results.
        var first = files.ToDictionary(f => f!, f => File.ReadAllText(Path.Combine(comparisonFolder, ChartFiles.Folder, f!)));
        Assert.That(Planner.Cli("plot", comparisonFolder).Exit, Is.EqualTo(0));
        foreach (var (file, text) in first)
            Assert.That(File.ReadAllText(Path.Combine(comparisonFolder, ChartFiles.Folder, file)), Is.EqualTo(text), file);

        var png = Planner.Cli("plot", runFolder, "--format", "png", "--lang", "en");
        Assert.That(png.Exit, Is.EqualTo(0), png.Err);
        var pngs = Directory.GetFiles(Path.Combine(runFolder, ChartFiles.Folder));
        Assert.That(pngs.All(f => f.EndsWith(".png", StringComparison.Ordinal)), Is.True);
        Assert.That(pngs.Select(f => SKBitmap.DecodeBounds(f).Width), Is.All.EqualTo(ChartStyle.Width));
        Assert.That(Directory.GetDirectories(runFolder).Select(Path.GetFileName), Is.EqualTo(new[] { ChartFiles.Folder }), "no temporary folder left behind");
    }

    [Test]
    public void PlotRefusesAFolderThatIsNotAResultsFolderAndWritesNothing()
    {
        using var other = new TempFolder();
        other.File("notes.txt", "not results");
        var result = Planner.Cli("plot", other.Path);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain(other.Path).And.Contain("summary.json").And.Contain("comparison.json"));
        Assert.That(Directory.GetDirectories(other.Path), Is.Empty);

        var missing = Planner.Cli("plot", other.Combine("nowhere"));
        Assert.That(missing.Exit, Is.EqualTo(2));
        Assert.That(missing.Err, Does.Contain("no such folder"));

        other.File("summary.json", "{ \"format\": \"something-else/9\" }");
        var wrong = Planner.Cli("plot", other.Path);
        Assert.That(wrong.Exit, Is.EqualTo(2));
        Assert.That(wrong.Err, Does.Contain("summary.json").And.Contain("planner-results/1"));

        other.File("summary.json", "{ \"format\": \"planner-export/1\" }");
        var export = Planner.Cli("plot", other.Path);
        Assert.That(export.Exit, Is.EqualTo(2));
        Assert.That(export.Err, Does.Contain("planner export").And.Contain("planner run"));

        var language = Planner.Cli("plot", runFolder, "--lang", "fi");
        Assert.That(language.Exit, Is.EqualTo(2));
        Assert.That(Directory.GetDirectories(other.Path), Is.Empty);
    }

    [Test]
    public void ChangesAtADateAreMarkedOnTheFanChartsWhereTheyAct()
    {
        var data = ResultsFolder.Read(runFolder);
        var json = Newtonsoft.Json.Linq.JObject.Parse(data.Reference.ScenarioJson);
        json["changes"] = Newtonsoft.Json.Linq.JArray.Parse("""
            [ { "date": "2027-04-16", "month": null, "posts": [ { "add": 2, "remove": 0 } ], "consultantCover": null },
              { "date": null, "month": 14, "inflow": { "factor": 1.2, "months": 6 }, "designs": null } ]
            """);
        var scenario = data.Reference with { ScenarioJson = json.ToString() };
        // The run starts on 1 March 2027: 16 April is month 1 and 15 of April's 30 days.
        Assert.That(ScenarioChanges.Marks(scenario, Texts.Swedish), Is.EqualTo(new[]
        {
            new ChangeMark(1 + 15 / 30.0, "+2 tjänster"),
            new ChangeMark(14, "inflöde ×1,2 (6 mån)"),
        }));
        var fan = ChartSet.Fans(data with { Scenarios = [scenario] }, Texts.English).First();
        var lines = fan.Model.Annotations.OfType<OxyPlot.Annotations.LineAnnotation>().ToList();
        Assert.That(lines.Select(l => (l.X, l.Text)), Is.EqualTo(new[] { (1 + 15 / 30.0, "+2 posts"), (14.0, "inflow ×1.2 (6 mo)") }));
        Assert.That(ChartSet.Fans(data, Texts.English).First().Model.Annotations.OfType<OxyPlot.Annotations.LineAnnotation>(), Is.Empty, "no changes, no marks");
    }

    [Test]
    public void EveryCatalogueMetricHasASwedishLabelAUnitAndADirection()
    {
        var all = MetricCatalogue.All.Concat(YearlyCatalogue.Own).ToList();
        Assert.That(all.Select(m => m.Key).Except(Texts.MetricsWithSwedishLabel), Is.Empty);
        Assert.That(all.Select(m => m.Unit).Distinct().Except(Texts.UnitsWithSwedishForm), Is.Empty);
        Assert.That(all.Select(m => m.Key).Except(MetricDirection.Declared), Is.Empty);
        Assert.That(MetricDirection.Declared.Except(all.Select(m => m.Key)), Is.Empty);
        Assert.That(MetricDirection.Judge(MetricCatalogue.TotalCostPerYear, -5, -1), Is.EqualTo(1), "cheaper is better");
        Assert.That(MetricDirection.Judge(MetricCatalogue.ShareMetInMonth, -5, -1), Is.EqualTo(-1), "fewer met is worse");
        Assert.That(MetricDirection.Judge(MetricCatalogue.ShareMetInMonth, -5, 1), Is.EqualTo(0), "a CI across 0 is neither");
    }
}
