using Newtonsoft.Json.Linq;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Viewer.Sessions;
using Planner.Viewer.Text;

namespace Planner.Viewer.Runs;

/// <summary>A scenario file the dashboard made: the name it is shown under and its JSON.</summary>
public sealed record ScenarioFile(string Label, JObject Json)
{
    public string FileName => Label + ".json";
}

/// <summary>The plan a Run button asks for, or every reason it cannot run (bad settings, over the limits, a scenario that does not validate).</summary>
public sealed record PlannedRun(ExperimentPlan? Plan, IReadOnlyList<string> Errors);

/// <summary>
/// Turns the unit and its alternatives into the scenario files the command line would run, checks them with the
/// scenario loader (the rules and messages of `planner validate`) and the dashboard's limits, and makes the
/// experiment plan: a run for the unit alone, a comparison under common random numbers with alternatives.
/// </summary>
public static class RunPlanner
{
    /// <summary>The unit's own name, or "enheten" when the file gives none.</summary>
    public static string UnitName(JObject unit) => unit["name"]?.Type == JTokenType.String && unit["name"]!.ToString().Length > 0 ? unit["name"]!.ToString() : "enheten";

    /// <summary>The unit first, then each alternative: the unit's fields with the alternative's designs and changes.</summary>
    public static IReadOnlyList<ScenarioFile> Files(JObject unit, IReadOnlyList<Alternative> alternatives)
    {
        var files = new List<ScenarioFile> { new(UnitName(unit), (JObject)unit.DeepClone()) };
        foreach (var alternative in alternatives)
        {
            var json = (JObject)unit.DeepClone();
            json["name"] = alternative.Name;
            json["description"] = $"{UnitName(unit)} with {Describe(alternative)}";
            if (alternative.Designs.Count > 0)
                json["designs"] = alternative.Designs.DeepClone();
            else
                json.Remove("designs");
            if (alternative.Changes is { Count: > 0 } changes)
            {
                // On top of any changes the unit itself has (a library scenario may bring some).
                var all = json[ChangesField] as JArray ?? [];
                foreach (var change in changes)
                    all.Add(change.DeepClone());
                json[ChangesField] = all;
            }
            files.Add(new ScenarioFile(alternative.Name, json));
        }
        return files;
    }

    /// <summary>The scenario field for changes at a date, once the scenario format has it.</summary>
    public const string ChangesField = "changes";

    public static string Describe(Alternative alternative)
    {
        var parts = alternative.Designs.Properties().Select(p => p.Name).ToList();
        if (alternative.Changes is { Count: > 0 } changes)
            parts.Add($"{changes.Count} change(s) at a date");
        return parts.Count == 0 ? "no design" : string.Join(", ", parts);
    }

    public static PlannedRun Plan(JObject unit, IReadOnlyList<Alternative> alternatives, string? replicationsText, string? yearsText,
        RunLimits limits, PageLanguage language)
    {
        var errors = new List<string>();
        var replications = 0;
        var years = 0.0;
        if (!Numbers.TryParse(replicationsText, out var r) || r != Math.Floor(r) || r < 2 || r > limits.MaxReplications)
            errors.Add(language.T($"Replikeringar: \"{replicationsText}\" går inte; ange ett heltal 2–{limits.MaxReplications}.",
                $"Replications: \"{replicationsText}\" will not do; give a whole number 2–{limits.MaxReplications}."));
        else
            replications = (int)r;
        if (!Numbers.TryParse(yearsText, out var y) || y <= 0 || y > limits.MaxYears)
            errors.Add(language.T($"År: \"{yearsText}\" går inte; ange ett tal över 0 och högst {Numbers.Format(limits.MaxYears, 0, language)}.",
                $"Years: \"{yearsText}\" will not do; give a number above 0 and at most {Numbers.Format(limits.MaxYears, 0, language)}."));
        else
            years = y;
        var files = Files(unit, alternatives);
        if (files.Count > limits.MaxScenarios)
            errors.Add(language.T($"{files.Count} scenarier är fler än de {limits.MaxScenarios} som en körning får ha; ta bort några.",
                $"{files.Count} scenarios are more than the {limits.MaxScenarios} one run may have; remove some."));
        var work = replications * years * files.Count;
        if (errors.Count == 0 && work > limits.MaxReplicationYears)
            errors.Add(language.T(
                $"Replikeringar × år × scenarier = {replications} × {Numbers.Format(years, 1, language)} × {files.Count} = {Numbers.Format(work, 0, language)} är över gränsen {Numbers.Format(limits.MaxReplicationYears, 0, language)} per körning; välj färre replikeringar, år eller scenarier.",
                $"Replications × years × scenarios = {replications} × {Numbers.Format(years, 1, language)} × {files.Count} = {Numbers.Format(work, 0, language)} is over the limit of {Numbers.Format(limits.MaxReplicationYears, 0, language)} per run; choose fewer replications, years or scenarios."));
        if (errors.Count > 0)
            return new PlannedRun(null, errors);

        var scenarios = new List<Scenario>();
        foreach (var file in files)
        {
            var json = (JObject)file.Json.DeepClone();
            var seed = (json["run"] as JObject)?["seed"]?.DeepClone();
            json["run"] = new JObject { ["years"] = years, ["replications"] = replications };
            if (seed is not null)
                json["run"]!["seed"] = seed;
            var load = ScenarioLoader.Parse(file.FileName, json.ToString());
            if (load.Ok)
                scenarios.Add(load.Scenario!);
            else
                errors.AddRange(load.Errors.Select(e => e.ToString()));
        }
        errors.AddRange(scenarios.GroupBy(s => ResultFolderName.From(s.Name), StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => language.T($"Flera scenarier heter \"{g.Key}\"; ge dem olika namn.", $"Several scenarios are named \"{g.Key}\"; give them different names.")));
        if (errors.Count > 0)
            return new PlannedRun(null, errors);

        // Every scenario runs the first one's horizon, seed and replication numbers: common random numbers.
        var run = scenarios[0].Run;
        var plan = scenarios.Count == 1
            ? ExperimentPlan.ForScenarios(scenarios[0].Name, ExperimentKind.Run, run, scenarios)
            : ComparisonPlan.For(scenarios, run, files.Select(f => "dashboard:" + f.FileName).ToList());
        return new PlannedRun(plan, []);
    }
}
