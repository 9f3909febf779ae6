using Planner.Scenarios.Calibration;

namespace Planner.Scenarios.Tests.Calibration;

public class TargetFileTests
{
    private const string Header = "metric,year,value,se,low,high,source,weight,place,note\n";

    private static TargetLoad Parse(string body) => TargetFile.Parse("t.csv", Header + body);

    [Test]
    public void Every_targets_file_in_data_loads_and_names_its_sources()
    {
        var files = Directory.GetFiles(Path.Combine(Planner.RepositoryRoot(), "data", "targets"), "*.csv");
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            var load = TargetFile.Load(file);
            Assert.That(load.Errors.Select(e => e.ToString()), Is.Empty, file);
            Assert.That(load.Targets.All(t => t.Source.Length > 0 && t.StandardError > 0), file);
        }
    }

    [Test]
    public void A_range_is_read_as_a_95_percent_interval_and_se_as_given()
    {
        var load = Parse("months_per_household_year,,6.8,,6.6,7.0,PUB,2,,\nlong_term_share,,0.367,0.015,,,S003,,,\n");
        Assert.That(load.Ok, string.Join("\n", load.Errors));
        Assert.That(load.Targets[0].StandardError, Is.EqualTo(0.1).Within(1e-12));
        Assert.That(load.Targets[0].Weight, Is.EqualTo(2));
        Assert.That(load.Targets[1].StandardError, Is.EqualTo(0.015));
        Assert.That(load.Targets[1].Weight, Is.EqualTo(1), "weight defaults to 1");
    }

    [Test]
    public void A_bad_number_is_named_with_line_column_and_what_is_allowed()
    {
        var load = Parse("long_term_share,,0.367,0.015,,,S003,,,\nlong_term_share,,\"0,40\",0.01,,,S004,,,\n");
        Assert.That(load.Ok, Is.False);
        Assert.That(load.Targets, Is.Empty, "nothing is used from a file with an error");
        Assert.That(load.Errors.Single().ToString(), Is.EqualTo("t.csv:3:18: value: \"0,40\" is not a number; expected the observed figure in the metric's unit, written with a decimal point (e.g. 0.367)"));
    }

    [TestCase("long_term_shar,,0.3,0.01,,,S,,,", "metric: \"long_term_shar\" is not a metric; did you mean \"long_term_share\"?")]
    [TestCase("long_term_share,,0.3,,,,S,,,", "se: no uncertainty; give se")]
    [TestCase("long_term_share,,0.5,,0.3,0.4,S,,,", "value: 0.5 lies outside its range 0.3–0.4")]
    [TestCase("long_term_share,,0.3,0.01,0.2,0.4,S,,,", "both se and a range are given")]
    [TestCase("long_term_share,,0.3,-1,,,S,,,", "se: -1 is not allowed; expected a standard error above 0")]
    [TestCase("long_term_share,,0.3,0.01,,,,,,", "source: empty; every target needs its source")]
    [TestCase("long_term_share,,0.3,0.01,,,S,-2,,", "weight: -2 is not allowed")]
    [TestCase("long_term_share,20x4,0.3,0.01,,,S,,,", "year: \"20x4\" is not a calendar year")]
    [TestCase("meetings_per_worker_month,2019,20,1,,,S,,,", "\"meetings_per_worker_month\" is not a calendar-year metric")]
    [TestCase("long_term_share,,0.3,0.01,,,S,,,,extra", "11 cells but the header has 10 columns")]
    public void A_bad_row_gets_a_precise_message(string row, string expected)
    {
        var load = Parse(row + "\n");
        Assert.That(load.Ok, Is.False);
        Assert.That(load.Errors.Select(e => e.ToString()), Has.Some.StartsWith("t.csv:2:").And.Some.Contains(expected));
    }

    [Test]
    public void A_year_names_a_calendar_year_figure()
    {
        var load = Parse("households_during_year,2019,1530,40,,,Socialstyrelsen,,,\nlong_term_share,2019,0.38,0.02,,,S,,,\nlong_term_share,,0.37,0.02,,,S,,,\n");
        Assert.That(load.Ok, string.Join("\n", load.Errors));
        Assert.That(load.Targets.Select(t => t.Key), Is.EqualTo(new[] { "households_during_year@2019", "long_term_share@2019", "long_term_share" }));
        Assert.That(TargetMetrics.StoreKey(load.Targets[0]), Is.EqualTo("yearly:2019:households_during_year"));
        Assert.That(TargetMetrics.CheckHorizon(load.Targets[0], new DateOnly(2027, 1, 1), 5), Does.Contain("2019 lies outside the scenario's horizon 2027–2031"));
        Assert.That(TargetMetrics.CheckHorizon(load.Targets[0], new DateOnly(2018, 1, 1), 3), Is.Null);
    }

    [Test]
    public void Header_problems_are_reported_before_any_row()
    {
        var load = TargetFile.Parse("t.csv", "metric,valeu,se,source\nlong_term_share,0.3,0.01,S\n");
        var text = load.Errors.Select(e => e.ToString()).ToList();
        Assert.That(text, Has.Some.Contains("unknown column \"valeu\"; did you mean \"value\"?"));
        Assert.That(text, Has.Some.Contains("no \"value\" column"));
    }

    [Test]
    public void A_figure_given_twice_an_open_quote_and_an_empty_file_are_errors()
    {
        Assert.That(Parse("long_term_share,,0.3,0.01,,,S,,,\nlong_term_share,,0.4,0.01,,,S,,,\n").Errors.Single().ToString(),
            Does.Contain("t.csv:3:1: metric: \"long_term_share\" is given twice (first on line 2)"));
        Assert.That(Parse("long_term_share,,0.3,0.01,,,\"S,,,\n").Errors.Single().ToString(), Does.Contain("never closed"));
        Assert.That(TargetFile.Parse("t.csv", "").Errors.Single().ToString(), Does.Contain("is empty"));
        Assert.That(TargetFile.Parse("t.csv", Header).Errors.Single().ToString(), Does.Contain("no targets"));
    }

    [Test]
    public void Written_targets_read_back_the_same()
    {
        using var folder = new TempFolder();
        var targets = new[]
        {
            new Target("long_term_share", null, 0.367, 0.015, "S003, with a comma", 1, "Sweden", "note \"quoted\""),
            new Target("months_per_household_year", null, 6.8, Target.StandardErrorOfRange(6.6, 7.0), "PUB", 0.5, Low: 6.6, High: 7.0),
        };
        var file = folder.Combine("out.csv");
        TargetFile.Write(file, targets);
        var back = TargetFile.Load(file);
        Assert.That(back.Ok, string.Join("\n", back.Errors));
        Assert.That(back.Targets, Is.EqualTo(targets));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1), "no temporary file is left behind");
    }
}
