namespace Planner.Scenarios.Tests;

/// <summary>
/// The results folders the chart and report tests read: a small unit run on its own (NAME-base) and compared with
/// the same unit under FAS (NAME-fas), written by the real `run` and `compare` commands into a temp folder.
/// </summary>
internal sealed record SmallResults(string RunFolder, string ComparisonFolder)
{
    public static SmallResults Write(TempFolder temp, string name, int years, int replications, int seed, string? startDate = null)
    {
        var start = startDate is null ? "" : $"\n  \"startDate\": \"{startDate}\",";
        string Scenario(string suffix, string designs) => $$"""
            {
              "name": "{{name}}-{{suffix}}",
              "run": { "years": {{years}}, "replications": {{replications}}, "seed": {{seed}} },{{start}}
              "population": 5000,
              "initialHouseholds": 110,
              "staff": { "caseworkers": [ { "count": 2 } ] },
              "inflow": { "applicationsPerMonth": 12 }{{designs}}
            }
            """;
        var a = temp.File("base.json", Scenario("base", ""));
        var b = temp.File("fas.json", Scenario("fas", ",\n  \"designs\": { \"fas\": { \"meetingsPerWorkerPerMonth\": 40 } }"));
        var output = temp.Combine("out");
        var run = Planner.Cli("run", a, "--output", output, "--quiet");
        Assert.That(run.Exit, Is.EqualTo(0), run.Err);
        var compare = Planner.Cli("compare", a, b, "--output", output, "--quiet");
        Assert.That(compare.Exit, Is.EqualTo(0), compare.Err);
        return new SmallResults(Path.Combine(output, name + "-base"), Directory.GetDirectories(output, "compare-*").Single());
    }
}
