using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Charts;
using Planner.Scenarios.Report;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Tests;

/// <summary>`planner report` and the report builder: self-contained, every chart inline, the scenarios embedded and reproducible, differences marked by direction.</summary>
public sealed class ReportTests
{
    private TempFolder temp = null!;
    private string runFolder = "";
    private string comparisonFolder = "";

    [OneTimeSetUp]
    public void RunOnce()
    {
        temp = new TempFolder();
        (runFolder, comparisonFolder) = SmallResults.Write(temp, "report", years: 1, replications: 4, seed: 5);
    }

    [OneTimeTearDown]
    public void Remove() => temp.Dispose();

    [Test]
    public void TheReportNamesNoNetworkResourceAndRunsNoScript()
    {
        var result = Planner.Cli("report", comparisonFolder, "-o", temp.Combine("comparison.html"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        var html = File.ReadAllText(temp.Combine("comparison.html"));
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("//cdn"));
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("<img").And.Not.Contain("@import").And.Not.Contain("<iframe"));
        // The only url( references are the charts' own clip paths, inside the page.
        Assert.That(Regex.Matches(html, @"url\((?!#)").Count, Is.EqualTo(0));
        Assert.That(Regex.Matches(html, @"\b(src|href)=""(?!#)").Count, Is.EqualTo(0), "every link is an anchor in the page");
        Assert.That(html, Does.Contain("@media print").And.Contain("break-before: page"));
    }

    [Test]
    public void TheReportHoldsEveryChartOfTheSetAsInlineSvg()
    {
        var data = ResultsFolder.Read(comparisonFolder);
        var charts = ChartSet.All(data, Texts.Swedish);
        var html = ReportBuilder.Html(data, Texts.Swedish);
        Assert.That(charts.Count, Is.EqualTo(MonthlyMetrics.All.Count + 2 + 1 + 1 + 1), "fans, two cost charts, differences, cost differences, strain");
        Assert.That(Regex.Matches(html, "<svg").Count, Is.EqualTo(charts.Count));
        foreach (var chart in charts)
        {
            Assert.That(html, Does.Contain(ChartExport.InlineSvg(chart)), chart.Id);
            Assert.That(html, Does.Contain($"<figcaption>{HtmlText.Escape(chart.Title)}</figcaption>"));
        }
    }

    [Test]
    public void TheScenarioFilesAreEmbeddedAndRerunningThemGivesTheSameFigures()
    {
        var path = temp.Combine("run.html");
        Assert.That(Planner.Cli("report", runFolder, "-o", path).Exit, Is.EqualTo(0));
        var html = File.ReadAllText(path);
        var embedded = Regex.Match(html, "<pre class=\"scenario-json\" data-scenario=\"report-base\"><code>(.*?)</code></pre>", RegexOptions.Singleline);
        Assert.That(embedded.Success, Is.True);
        var json = WebUtility.HtmlDecode(embedded.Groups[1].Value);
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(runFolder, "summary.json")));
        Assert.That(JToken.DeepEquals(JToken.Parse(json), summary["scenario"]), Is.True, "the scenario as run, every effective value");
        Assert.That(html, Does.Contain("seed 5").And.Contain(ReportBuilder.Version));

        // Saved from the report and run again (another folder), the file gives the same total cost to the last digit.
        var again = temp.File("again.json", json);
        Assert.That(Planner.Cli("run", again, "--output", temp.Combine("again"), "--quiet").Exit, Is.EqualTo(0));
        var rerun = JObject.Parse(File.ReadAllText(temp.Combine("again", "report-base", "summary.json")));
        double Cost(JObject s) => (double)s["summary"]!.Single(m => (string)m["metric"]! == MetricCatalogue.TotalCostPerYear)["mean"]!;
        Assert.That(Cost(rerun), Is.EqualTo(Cost(summary)));
    }

    [Test]
    public void ClearDifferencesAreMarkedByWhichWayIsBetterAndOthersAreNot()
    {
        var data = ResultsFolder.Read(comparisonFolder);
        var html = ReportBuilder.Html(data, Texts.Swedish);
        var marked = 0;
        foreach (var key in ReportBuilder.HeadlineMetrics)
        {
            var d = data.Differences.Single(x => x.Key == key);
            var row = Regex.Match(html, $"<tr data-metric=\"{key}\">(.*?)</tr>", RegexOptions.Singleline);
            Assert.That(row.Success, Is.True, key);
            var cells = Regex.Matches(row.Groups[1].Value, "<td[^>]*>").Select(m => m.Value).ToList();
            var last = cells[^1];
            var expected = d.Judgement > 0 ? "class=\"better\"" : d.Judgement < 0 ? "class=\"worse\"" : null;
            if (expected is null)
                Assert.That(last, Does.Not.Contain("better").And.Not.Contain("worse"), key);
            else
            {
                Assert.That(last, Does.Contain(expected), key);
                marked++;
            }
        }
        // FAS meets far more households each month (S004): that difference is clear, and better.
        Assert.That(data.Differences.Single(x => x.Key == MetricCatalogue.ShareMetInMonth).Judgement, Is.EqualTo(1));
        Assert.That(marked, Is.GreaterThan(0));
        Assert.That(html, Does.Contain("Δ mot report-base"));
    }

    [Test]
    public void TheYearByYearTableAppearsWhenTheResultsHaveYearlyFigures()
    {
        var data = ResultsFolder.Read(runFolder);
        Assert.That(data.Reference.Yearly, Is.Not.Empty);
        var html = ReportBuilder.Html(data, Texts.Swedish);
        Assert.That(html, Does.Contain("id=\"years\"").And.Contain("<table class=\"years\" data-scenario=\"report-base\">"));
        Assert.That(html, Does.Contain("<tr><td>2027</td><td>12</td>"));

        var without = ReportBuilder.Html(data with { Scenarios = [data.Reference with { Yearly = [] }] }, Texts.Swedish);
        Assert.That(without, Does.Not.Contain("id=\"years\""));
    }

    [Test]
    public void TheReportIsSwedishByDefaultAndEnglishOnRequest()
    {
        var data = ResultsFolder.Read(comparisonFolder);
        var sv = ReportBuilder.Html(data, Texts.Swedish);
        var en = ReportBuilder.Html(data, Texts.English);
        Assert.That(sv, Does.Contain("<html lang=\"sv\">").And.Contain("Så läser du rapporten").And.Contain("konfidensintervall"));
        Assert.That(en, Does.Contain("<html lang=\"en\">").And.Contain("How to read this report").And.Contain("Paired difference"));
        // A single run has no paired difference to explain.
        Assert.That(ReportBuilder.Html(ResultsFolder.Read(runFolder), Texts.English), Does.Not.Contain("Paired difference").And.Contain("confidence interval (CI)"));
        // Numbers follow the language: the headline cost per inhabitant as 1 234 (sv) and 1,234 (en).
        var cost = data.Reference.Metric(MetricCatalogue.CostPerInhabitant)!.Mean;
        Assert.That(sv, Does.Contain(Texts.Swedish.Numbers.Fixed(cost, 0)));
        Assert.That(en, Does.Contain(Texts.English.Numbers.Fixed(cost, 0)));
    }

    [Test]
    public void ReportRefusesAFolderThatIsNotResultsAndWritesNothing()
    {
        using var other = new TempFolder();
        var output = other.Combine("report.html");
        var result = Planner.Cli("report", other.Path, "-o", output);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("not a results folder"));
        Assert.That(File.Exists(output), Is.False);
        Assert.That(Directory.GetFileSystemEntries(other.Path), Is.Empty);

        var folder = Planner.Cli("report", runFolder, "-o", other.Path);
        Assert.That(folder.Exit, Is.EqualTo(2));
        Assert.That(folder.Err, Does.Contain("is a folder"));
    }
}
