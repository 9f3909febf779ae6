using System.CommandLine;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>
/// The options of `compare`, the same as `run`'s. Replications, seed and years are taken as text and checked
/// by the scenario validator, so an option gets the same range and message as the file field.
/// </summary>
public sealed class RunOptions
{
    private readonly Option<string> replications = new("--replications", "-r") { Description = "Replications per scenario (overrides run.replications; at least 2).", HelpName = "N" };
    private readonly Option<string> seed = new("--seed") { Description = "Base random seed (overrides run.seed); the same seed gives byte-identical files.", HelpName = "SEED" };
    private readonly Option<string> years = new("--years") { Description = "Simulated years (overrides run.years).", HelpName = "YEARS" };
    private readonly Option<string> output;
    private readonly Option<bool> quiet = new("--quiet", "-q") { Description = "No progress bar and no table; only where the results went." };
    private readonly Option<int?> threads = new("--threads")
    {
        HelpName = "N",
        Description = "Most replications run at once (default: one per processor). Results do not depend on it.",
    };

    public RunOptions(string outputDescription)
    {
        output = new Option<string>("--output", "-o")
        {
            HelpName = "FOLDER",
            Description = outputDescription,
            DefaultValueFactory = _ => "results",
        };
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { replications, seed, years, output, quiet, threads })
            command.Options.Add(option);
    }

    /// <summary>The run fields the options set, as overrides the scenario validator checks like file values.</summary>
    public IReadOnlyList<ScenarioOverride> Overrides(ParseResult parse) =>
        new[] { (Option: replications, Path: "run.replications"), (Option: seed, Path: "run.seed"), (Option: years, Path: "run.years") }
            .Select(x => (x.Path, x.Option.Name, Text: parse.GetValue(x.Option)))
            .Where(x => x.Text is not null)
            .Select(x => ScenarioOverride.FromText(x.Path, x.Text!, x.Name))
            .ToList();

    public string Output(ParseResult parse) => parse.GetValue(output) ?? "results";
    public bool Quiet(ParseResult parse) => parse.GetValue(quiet);
    public int Threads(ParseResult parse) => parse.GetValue(threads) ?? 0;

    /// <summary>The error for a bad --threads value, or null.</summary>
    public static string? ThreadsError(int threads) =>
        threads < 0 ? $"error: --threads {threads} is not allowed; expected 1 or more" : null;
}
