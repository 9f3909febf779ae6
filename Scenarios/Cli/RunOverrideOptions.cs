using System.CommandLine;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>--replications, --seed, --years and --output for commands that run experiment files; values are checked by the file's own rules.</summary>
public sealed class RunOverrideOptions
{
    private readonly Option<string> replications = new("--replications", "-r") { HelpName = "N", Description = "Replications per point (overrides run.replications)." };
    private readonly Option<string> seed = new("--seed") { HelpName = "SEED", Description = "Model seed (overrides run.seed); every point uses it (common random numbers)." };
    private readonly Option<string> years = new("--years") { HelpName = "YEARS", Description = "Simulated years (overrides run.years)." };
    private readonly Option<string> output = new("--output", "-o")
    {
        HelpName = "FOLDER",
        Description = "Folder for the export (<output>/<experiment-name>/: points, replications, monthly and summary files).",
        DefaultValueFactory = _ => "results",
    };

    public static RunOverrideOptions AddTo(Command command)
    {
        var options = new RunOverrideOptions();
        foreach (var option in new Option[] { options.replications, options.seed, options.years, options.output })
            command.Options.Add(option);
        return options;
    }

    public string Output(ParseResult parse) => parse.GetValue(output) ?? "results";

    public List<ScenarioOverride> Overrides(ParseResult parse)
    {
        var list = new List<ScenarioOverride>();
        if (parse.GetValue(replications) is { } r)
            list.Add(ScenarioOverride.FromText("run.replications", r, "--replications"));
        if (parse.GetValue(seed) is { } s)
            list.Add(ScenarioOverride.FromText("run.seed", s, "--seed"));
        if (parse.GetValue(years) is { } y)
            list.Add(ScenarioOverride.FromText("run.years", y, "--years"));
        return list;
    }
}
