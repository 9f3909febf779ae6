using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Experiments;

/// <summary>One parameter of one design point: a JSON path into the scenario and the value it takes there.</summary>
public sealed record ParameterSetting(string Path, double Value);

/// <summary>
/// One point of an experiment: a scenario with some parameters set. Every point runs with the same seed
/// and replication numbers, so points differ only where their parameters make them differ (common random numbers).
/// </summary>
public sealed record DesignPoint(int Index, int ScenarioIndex, Scenario Scenario, IReadOnlyList<ParameterSetting> Settings)
{
    public string Label(IReadOnlyList<Scenario> scenarios) =>
        Settings.Count == 0
            ? scenarios[ScenarioIndex].Name
            : (scenarios.Count > 1 ? scenarios[ScenarioIndex].Name + ": " : "")
              + string.Join(", ", Settings.Select(s => $"{s.Path}={Invariant.Number(s.Value)}"));
}

/// <summary>What kind of command made an experiment; stored so a person reading the store knows.</summary>
public static class ExperimentKind
{
    public const string Run = "run";
    public const string Compare = "compare";
    public const string Experiment = "experiment";
    public const string Sensitivity = "sensitivity";
}

/// <summary>
/// Everything that decides an experiment's numbers: its scenarios, its design points, the horizon and the
/// seed. A planned <c>planner run</c> is the special case of one scenario and one point; a comparison of
/// designs is several scenarios and one point each. The replication count is not part of the identity:
/// replication r of a point gives the same numbers whether 20 or 200 are asked for, so asking for more
/// extends an experiment in the store instead of starting a new one.
/// </summary>
public sealed class ExperimentPlan
{
    public ExperimentPlan(string name, string kind, RunSettings run, IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<DesignPoint> points, bool storeMonthly, JToken? design = null)
    {
        Name = name;
        Kind = kind;
        Run = run;
        Scenarios = scenarios;
        Points = points;
        StoreMonthly = storeMonthly;
        ScenarioJson = scenarios.Select(CanonicalScenarioJson).ToList();
        ScenarioHashes = ScenarioJson.Select(Sha256).ToList();
        Definition = DefinitionJson(design);
        Hash = Sha256(Definition + "\n" + PointsText());
    }

    public string Name { get; }
    public string Kind { get; }

    /// <summary>Years, seed and the replications asked for; every point uses these.</summary>
    public RunSettings Run { get; }

    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>The file each scenario was read from, as given; recorded in the store for the echo in exports, not part of the identity.</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    public IReadOnlyList<DesignPoint> Points { get; }
    public bool StoreMonthly { get; }

    /// <summary>Each scenario as a scenario file with every effective value, without its run block (the plan's run governs).</summary>
    public IReadOnlyList<string> ScenarioJson { get; }
    public IReadOnlyList<string> ScenarioHashes { get; }

    /// <summary>The experiment as JSON: name, kind, horizon, seed, scenario hashes and the design that generated the points.</summary>
    public string Definition { get; }

    /// <summary>SHA-256 of the definition and every point: equal hashes, equal numbers.</summary>
    public string Hash { get; }

    public string ShortHash => Hash[..12];

    /// <summary>A plain run or a comparison: several scenarios, no parameters varied.</summary>
    public static ExperimentPlan ForScenarios(string name, string kind, RunSettings run, IReadOnlyList<Scenario> scenarios, bool storeMonthly = true,
        IReadOnlyList<string>? sources = null) =>
        new(name, kind, run, scenarios,
            scenarios.Select((s, i) => new DesignPoint(i, i, s with { Run = run }, [])).ToList(), storeMonthly) { Sources = sources };

    /// <summary>The same plan asking for a different number of replications; its identity does not change.</summary>
    public ExperimentPlan WithReplications(int replications) =>
        new(Name, Kind, Run with { Replications = replications }, Scenarios, Points, StoreMonthly, JsonTree.Parse(Definition)["design"]) { Sources = Sources };

    private string DefinitionJson(JToken? design)
    {
        var definition = new JObject
        {
            ["format"] = "planner-experiment/1",
            ["name"] = Name,
            ["kind"] = Kind,
            ["years"] = Run.Years,
            ["seed"] = Run.Seed.ToString(CultureInfo.InvariantCulture),
            ["monthly"] = StoreMonthly,
            ["scenarios"] = new JArray(Scenarios.Select((s, i) => new JObject { ["name"] = s.Name, ["hash"] = ScenarioHashes[i] })),
            ["design"] = design?.DeepClone() ?? JValue.CreateNull(),
        };
        return definition.ToString(Formatting.None);
    }

    private string PointsText()
    {
        var text = new StringBuilder();
        foreach (var p in Points)
        {
            text.Append(p.Index).Append(',').Append(p.ScenarioIndex);
            foreach (var s in p.Settings)
                text.Append(',').Append(s.Path).Append('=').Append(Invariant.Number(s.Value));
            text.Append('\n');
        }
        return text.ToString();
    }

    public static string CanonicalScenarioJson(Scenario scenario)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None })
            ScenarioJsonWriter.Write(json, scenario);
        var tree = (JObject)JsonTree.Parse(writer.ToString());
        tree.Remove("run");
        return tree.ToString(Formatting.None);
    }

    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
