using Planner.Scenarios.Calibration;

namespace Planner.Scenarios.Tests.Import;

public class ImportTests
{
    private static string Sample(string name) => Path.Combine(Planner.RepositoryRoot(), "data", "samples", name);

    private static string Response(string values, string next = "null") =>
        $$"""{ "count": 1, "values": [ {{values}} ], "next_page": {{next}} }""";

    private static string Value(string kpi, string municipality, int period, string value, string status = "") =>
        $$"""{ "kpi": "{{kpi}}", "municipality": "{{municipality}}", "period": {{period}}, "values": [ { "count": 1, "gender": "T", "status": "{{status}}", "value": {{value}} } ] }""";

    [Test]
    public void The_Kolada_samples_import_with_paging_transforms_and_the_left_out_figures_listed()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("targets.csv");
        var result = Planner.Cli("import", "kolada", Sample("kolada-v2-vargarda.json"), Sample("kolada-v3-page1.json"), Sample("kolada-v3-page2.json"), "--output", output);
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        var targets = TargetFile.Load(output);
        Assert.That(targets.Ok, string.Join("\n", targets.Errors));
        var byKey = targets.Targets.ToDictionary(t => t.Key);
        Assert.That(byKey["reentry_within_12_months@2019"].Value, Is.EqualTo(0.29).Within(1e-9), "71 % not back within a year → 0.29 re-enter");
        Assert.That(byKey["share_first_visit_to_decision_over_14_days@2019"].Value, Is.EqualTo(0.55).Within(1e-9));
        Assert.That(byKey.Keys.Count(k => k.StartsWith("days_first_visit_to_decision@")), Is.EqualTo(3), "both pages of the v3 response");
        Assert.That(result.Out, Does.Contain("left out: U31462 2018: no value (status \"Missing\")"));
        Assert.That(result.Out, Does.Contain("left out: N31807 2019"), "a KPI without a model figure is listed, not imported");
        Assert.That(byKey.Values.All(t => t.Source.Contains("Kolada") && t.StandardError > 0));
    }

    [Test]
    public void A_flagged_value_is_left_out_and_said()
    {
        using var folder = new TempFolder();
        var file = folder.File("r.json", Response(Value("U31402", "1442", 2019, "20") + "," + Value("U31402", "1442", 2020, "25", status: "Reserved")));
        var result = Planner.Cli("import", "kolada", file, "--output", folder.Combine("t.csv"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("U31402 2020: value 25 flagged with status \"Reserved\"; not used"));
        Assert.That(TargetFile.Load(folder.Combine("t.csv")).Targets.Select(t => t.Key), Is.EqualTo(new[] { "days_first_visit_to_decision@2019" }));
    }

    [TestCase("wrong code", "\"N31808\" is not in the KPI mapping; did you mean \"N31807\"?", "$.values[1].kpi")]
    [TestCase("other municipality", "\"1489\" is another municipality than \"1442\"", "$.values[1].municipality")]
    [TestCase("twice", "U31402 2019 is given twice", "$.values[1]")]
    [TestCase("not a year", "\"2019a\" is not a year", "$.values[1].period")]
    public void A_bad_Kolada_value_stops_the_whole_import(string what, string message, string path)
    {
        using var folder = new TempFolder();
        var second = what switch
        {
            "wrong code" => Value("N31808", "1442", 2019, "3.1"),
            "other municipality" => Value("U31402", "1489", 2020, "30"),
            "twice" => Value("U31402", "1442", 2019, "21"),
            _ => Value("U31402", "1442", 2020, "21").Replace("2020", "\"2019a\""),
        };
        var file = folder.File("r.json", Response(Value("U31402", "1442", 2019, "20") + "," + second));
        var output = folder.File("t.csv", "kept\n");
        var result = Planner.Cli("import", "kolada", file, "--output", output);
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain($"{file}:").And.Contain(path).And.Contain(message));
        Assert.That(result.Err, Does.Contain("Nothing imported"));
        Assert.That(File.ReadAllText(output), Is.EqualTo("kept\n"), "the existing file is untouched: nothing is imported half-way");
    }

    [Test]
    public void A_malformed_file_or_a_missing_last_page_is_an_error_with_its_place()
    {
        using var folder = new TempFolder();
        var broken = folder.File("broken.json", "{ \"values\": [ { \"kpi\": \"U31402\", } ] }");
        var result = Planner.Cli("import", "kolada", broken, "--output", folder.Combine("t.csv"));
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("broken.json:1:"));
        Assert.That(File.Exists(folder.Combine("t.csv")), Is.False);

        var notKolada = folder.File("other.json", "{ \"rows\": [] }");
        Assert.That(Planner.Cli("import", "kolada", notKolada, "--output", folder.Combine("t.csv")).Err, Does.Contain("not a Kolada data response"));

        var page1 = folder.File("p1.json", Response(Value("U31402", "1442", 2019, "20"), next: "\"https://api.kolada.se/v2/data/kpi/U31402/municipality/1442?page=2\""));
        var partial = Planner.Cli("import", "kolada", page1, "--output", folder.Combine("t.csv"));
        Assert.That(partial.Exit, Is.EqualTo(2));
        Assert.That(partial.Err, Does.Contain("the last page is missing"));
    }

    [Test]
    public void The_Socialstyrelsen_sample_imports_with_decimal_commas_and_suppressed_cells_left_out()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("t.csv");
        var result = Planner.Cli("import", "socialstyrelsen", Sample("socialstyrelsen-vargarda.csv"), "--output", output);
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        var byKey = TargetFile.Load(output).Targets.ToDictionary(t => t.Key);
        Assert.That(byKey["household_months@2019"].Value, Is.EqualTo(1228), "a space as thousands separator");
        Assert.That(byKey["household_months@2020"].Value, Is.EqualTo(1302), "a decimal comma");
        Assert.That(byKey["months_per_household_year@2019"].Value, Is.EqualTo(1228.0 / 187).Within(1e-4));
        Assert.That(byKey["long_term_share@2019"].Value, Is.EqualTo(94.0 / 262).Within(1e-5));
        Assert.That(byKey.ContainsKey("long_term_share@2020"), Is.False, "the suppressed cell is not read as zero");
        Assert.That(result.Out, Does.Contain("suppressed (\"..\")"));
    }

    [TestCase("1442 Vårgårda;Antal biståndshushåll;2019;18x", "Värde: \"18x\" is not a number")]
    [TestCase("1489 Alingsås;Antal biståndshushåll;2019;500", "\"1489 Alingsås\" is another region than 1442")]
    [TestCase("1442 Vårgårda;Utbetalt bistånd;2019;500", "\"Utbetalt bistånd\" is not a measure the importer knows")]
    [TestCase("Vårgårda;Antal biståndshushåll;2019;187", "has no region code")]
    public void A_bad_Socialstyrelsen_row_stops_the_import(string row, string message)
    {
        using var folder = new TempFolder();
        var file = folder.File("s.csv", "Titel\r\nRegion;Mått;År;Värde\r\n1442 Vårgårda;Antal bidragsmånader;2019;1 228\r\n" + row + "\r\n");
        var output = folder.Combine("t.csv");
        var result = Planner.Cli("import", "socialstyrelsen", file, "--output", output);
        Assert.That(result.Exit, Is.EqualTo(2), result.Out);
        Assert.That(result.Err, Does.Contain($"{file}:4:").And.Contain(message));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void An_export_without_its_table_header_is_refused()
    {
        using var folder = new TempFolder();
        var file = folder.File("s.csv", "Kommun;Antal\r\nVårgårda;187\r\n");
        var result = Planner.Cli("import", "socialstyrelsen", file, "--output", folder.Combine("t.csv"));
        Assert.That(result.Exit, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("no table header; expected a line with the columns Region;Mått;År;Värde"));
    }
}
