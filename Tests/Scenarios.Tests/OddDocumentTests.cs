using System.Globalization;
using System.Text.RegularExpressions;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Tests;

/// <summary>
/// Keeps docs/ODD.md in step with the code: every parameter of the unit model has a row with its
/// current default, every row names a parameter or metric that exists, and every metric and monthly
/// column is defined.
/// </summary>
public sealed partial class OddDocumentTests
{
    private static string Doc(string name)
    {
        var file = Path.Combine(Planner.RepositoryRoot(), "docs", name);
        return File.Exists(file) ? File.ReadAllText(file) : "";
    }

    /// <summary>The run settings and the unit's parameters, by their path in a scenario file.</summary>
    private static List<(string Path, Field Field)> ModelFields() =>
    [
        .. FieldSchema.Walk(FieldSchema.ShapeOf(typeof(RunSettings)), "run"),
        // The unit's name is the scenario's name in a file; it is not a model parameter.
        .. FieldSchema.Walk(FieldSchema.ShapeOf(typeof(UnitParameters))).Where(f => f.Path != "name"),
    ];

    /// <summary>Table rows "| `x` | cell | …" of a Markdown text: x → the second cell.</summary>
    private static Dictionary<string, string> Rows(string text)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in RowPattern().Matches(text))
            rows.TryAdd(m.Groups[1].Value, m.Groups[2].Value.Trim().Trim('`'));
        return rows;
    }

    [GeneratedRegex(@"^\| `([^`]+)` \|([^|\n]*)\|", RegexOptions.Multiline)]
    private static partial Regex RowPattern();

    [Test]
    public void EveryParameterHasARowWithItsCurrentDefault()
    {
        var odd = Rows(Doc("ODD.md"));
        // A design's parameter may live in the designs document instead (ODD §10 points there).
        var designs = Rows(Doc("designs.md"));
        var problems = new List<string>();
        foreach (var (path, field) in ModelFields())
        {
            if (!odd.TryGetValue(path, out var cell) && !designs.TryGetValue(path, out cell))
            {
                problems.Add($"{path}: no row in docs/ODD.md §7.15");
                continue;
            }
            var expected = field.Default is null ? "null" : field.Shape.Kind switch
            {
                FieldKind.Integer or FieldKind.Number => null,
                FieldKind.Boolean => (bool)field.Default! ? "true" : "false",
                FieldKind.Date => $"\"{(DateOnly)field.Default!:yyyy-MM-dd}\"",
                FieldKind.Text => $"\"{field.Default}\"",
                _ => cell,   // lists: the row is enough
            };
            if (expected is null)
            {
                var value = Convert.ToDouble(field.Default, CultureInfo.InvariantCulture);
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var documented) || documented != value)
                    problems.Add($"{path}: docs say {cell}, the code's default is {value.ToString("R", CultureInfo.InvariantCulture)}");
            }
            else if (cell != expected)
            {
                problems.Add($"{path}: docs say {cell}, the code's default is {expected}");
            }
        }
        Assert.That(problems, Is.Empty, "docs/ODD.md is out of step with the parameter records");
    }

    [Test]
    public void EveryMetricAndMonthlyColumnIsDefined()
    {
        var odd = Rows(Doc("ODD.md"));
        var text = Doc("ODD.md");
        // The designs' own metrics are defined with their designs in docs/designs.md §1.
        var designs = Doc("designs.md");
        Assert.That(MetricCatalogue.All.Select(m => m.Key)
                .Where(k => !odd.ContainsKey(k) && !designs.Contains($"`{k}`", StringComparison.Ordinal)), Is.Empty,
            "every metric needs a row in the table of docs/ODD.md §7.13 or docs/designs.md §1");
        Assert.That(MetricsAccumulator.Columns.Where(c => !text.Contains($"`{c}`", StringComparison.Ordinal)), Is.Empty,
            "every monthly column needs its definition in docs/ODD.md §7.13");
        Assert.That(YearlyCatalogue.Own.Select(m => m.Key).Where(k => !odd.ContainsKey(k)), Is.Empty,
            "every figure only a calendar year has needs a row in docs/ODD.md §7.13 (calendar years)");
        Assert.That(YearlyCatalogue.FromRun.Where(k => !text.Contains($"`{k}`", StringComparison.Ordinal)), Is.Empty,
            "every run metric reported per year is named in docs/ODD.md §7.13 (calendar years)");
    }

    [Test]
    public void EveryCoreMetricIsListedWithTheMechanismThatDeclaresIt()
    {
        // The code's answer: each mechanism type implementing IDeclaresCoreMetrics and the keys it declares.
        var code = typeof(MetricCatalogue).Assembly.GetTypes()
            .Where(t => !t.IsInterface && t.GetInterfaces().Contains(typeof(IDeclaresCoreMetrics)))
            .ToDictionary(t => t.Name + ".cs", t => ((IReadOnlyList<DeclaredMetric>)t.GetProperty(nameof(IDeclaresCoreMetrics.CoreMetrics))!.GetValue(null)!)
                .Select(m => m.Definition.Key).Order(StringComparer.Ordinal).ToList());
        var doc = Regex.Matches(Doc("ODD.md"), @"^- `(\w+\.cs)`: (.+)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => Regex.Matches(m.Groups[2].Value, @"`(\w+)`").Select(k => k.Groups[1].Value).Order(StringComparer.Ordinal).ToList());
        Assert.That(doc.Keys, Is.EquivalentTo(code.Keys), "docs/ODD.md §7.13 (where each figure is defined) names the mechanisms that declare core figures");
        foreach (var (file, keys) in code)
            Assert.That(doc[file], Is.EqualTo(keys), $"docs/ODD.md §7.13 lists the core figures {file} declares");
    }

    [Test]
    public void EveryRowNamesAParameterOrMetricThatExists()
    {
        var known = ModelFields().Select(f => f.Path).Concat(MetricCatalogue.All.Select(m => m.Key))
            .Concat(YearlyCatalogue.Own.Select(m => m.Key)).ToHashSet(StringComparer.Ordinal);
        var stale = Rows(Doc("ODD.md")).Keys
            .Where(k => k.Contains('.', StringComparison.Ordinal) || k.Contains('_', StringComparison.Ordinal) || char.IsLower(k[0]))
            .Where(k => !known.Contains(k))
            .ToList();
        Assert.That(stale, Is.Empty, "docs/ODD.md documents fields or metrics the code no longer has");
    }
}
