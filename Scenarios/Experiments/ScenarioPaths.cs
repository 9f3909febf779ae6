using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Experiments;

/// <summary>A numeric scenario field that a design may vary, found by its JSON path.</summary>
public sealed record ScenarioParameter(string Path, Field Field)
{
    public bool IsInteger => Field.Shape.Kind == FieldKind.Integer;

    /// <summary>Smallest and largest value the field allows (its [Param] range, clipped to what its type holds).</summary>
    public (double Min, double Max) Bounds
    {
        get
        {
            if (!IsInteger)
                return (Field.Param?.Min ?? double.NegativeInfinity, Field.Param?.Max ?? double.PositiveInfinity);
            var (low, high) = AllowedText.IntegerBounds(Field.Shape.ClrType, Field.Param);
            return ((double)low, (double)high);
        }
    }

    /// <summary>The value the field will hold: integer fields take the nearest whole number.</summary>
    public double Effective(double value) => IsInteger ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
}

/// <summary>
/// Reads and sets scenario fields by JSON path ("strain.overloadSensitivity", "staff.caseworkers[0].count"),
/// using the same schema as the scenario loader, so a design can name any numeric field a scenario file can.
/// Setting returns a new scenario: records are copied along the path, never changed in place.
/// </summary>
public static partial class ScenarioPaths
{
    private sealed record Segment(string Name, int? Index);

    /// <summary>The parameter at a path in this scenario, or a message saying what is wrong and what would be right.</summary>
    public static ScenarioParameter? Resolve(Scenario scenario, string path, out string? error)
    {
        error = null;
        var segments = Parse(path);
        if (segments is null)
        {
            error = $"\"{path}\" is not a field path; expected names joined by dots, with [i] after a list, e.g. \"strain.overloadSensitivity\" or \"staff.caseworkers[0].count\"";
            return null;
        }
        var shape = FieldSchema.Scenario;
        object? instance = scenario;
        var walked = "";
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var field = shape.JsonFields.FirstOrDefault(f => f.JsonName == segment.Name);
            if (field is null)
            {
                error = $"unknown parameter \"{path}\"{Suggestion(scenario, path)}";
                return null;
            }
            walked = walked.Length == 0 ? segment.Name : walked + "." + segment.Name;
            var last = i == segments.Count - 1;
            var value = instance is null ? null : Owner(instance, shape, field) is { } owner ? field.Access.Get(owner) : null;
            if (field.Shape.Kind == FieldKind.List)
            {
                if (segment.Index is not { } index)
                {
                    error = $"\"{walked}\" is a list; name one item, e.g. \"{walked}[0]{(last ? "" : "." + string.Join('.', segments.Skip(i + 1).Select(s => s.Name)))}\"";
                    return null;
                }
                var count = value is ICollection items ? items.Count : 0;
                if (index >= count)
                {
                    error = $"\"{walked}[{index}]\" does not exist: the scenario's {walked} has {count} item(s), numbered from 0";
                    return null;
                }
                walked += $"[{index}]";
                instance = ((IList)value!)[index];
                shape = field.Shape.Element!;
                if (last)
                {
                    error = $"\"{path}\" is a list item; name a number inside it";
                    return null;
                }
                continue;
            }
            if (segment.Index is not null)
            {
                error = $"\"{walked}\" is not a list; remove the [{segment.Index}]";
                return null;
            }
            if (field.Shape.Kind == FieldKind.Object)
            {
                if (last)
                {
                    error = $"\"{path}\" is a group of fields; name a number inside it, e.g. \"{path}.{field.Shape.JsonFields.First().JsonName}\"";
                    return null;
                }
                if (value is null && instance is not null)
                {
                    // An optional block left out of the file, e.g. a design that is off: nothing to vary.
                    error = $"\"{path}\": the scenario has no \"{walked}\" block, so there is nothing to vary; add the block to the scenario file first";
                    return null;
                }
                instance = value;
                shape = field.Shape;
                continue;
            }
            if (!last)
            {
                error = $"unknown parameter \"{path}\": \"{walked}\" is a single value{Suggestion(scenario, path)}";
                return null;
            }
            if (field.Shape.Kind is not (FieldKind.Integer or FieldKind.Number))
            {
                error = $"\"{path}\" is {AllowedText.Describe(field.Shape, field.Param, field.AllowedValues)}; only numbers can be varied";
                return null;
            }
            return new ScenarioParameter(path, field);
        }
        error = $"unknown parameter \"{path}\"";
        return null;
    }

    /// <summary>The current value at a resolved path.</summary>
    public static double Get(Scenario scenario, string path)
    {
        object current = scenario;
        var shape = FieldSchema.Scenario;
        foreach (var segment in Parse(path)!)
        {
            var field = shape.JsonFields.First(f => f.JsonName == segment.Name);
            var value = field.Access.Get(Owner(current, shape, field)!)!;
            if (segment.Index is { } index)
            {
                current = ((IList)value)[index]!;
                shape = field.Shape.Element!;
            }
            else if (field.Shape.Kind == FieldKind.Object)
            {
                current = value;
                shape = field.Shape;
            }
            else
            {
                return Convert.ToDouble(value, CultureInfo.InvariantCulture);
            }
        }
        throw new ArgumentException($"\"{path}\" does not end at a number.", nameof(path));
    }

    /// <summary>A copy of the scenario with the value at a resolved path (rounded for integer fields).</summary>
    public static Scenario Set(Scenario scenario, string path, double value) =>
        (Scenario)SetIn(scenario, FieldSchema.Scenario, Parse(path)!, 0, value);

    /// <summary>Every numeric path of the scenario, list items numbered as they are in this scenario.</summary>
    public static IEnumerable<ScenarioParameter> Numeric(Scenario scenario)
    {
        foreach (var (path, field) in FieldSchema.Walk(FieldSchema.Scenario))
        {
            if (field.Shape.Kind is not (FieldKind.Integer or FieldKind.Number))
                continue;
            foreach (var concrete in Expand(scenario, path))
                if (Resolve(scenario, concrete, out _) is not null)
                    yield return new ScenarioParameter(concrete, field);
        }
    }

    private static IEnumerable<string> Expand(Scenario scenario, string path)
    {
        var marker = path.IndexOf("[]", StringComparison.Ordinal);
        if (marker < 0)
        {
            yield return path;
            yield break;
        }
        var listPath = path[..marker];
        var count = ListCount(scenario, listPath);
        for (var i = 0; i < count; i++)
        {
            foreach (var inner in Expand(scenario, $"{listPath}[{i}]{path[(marker + 2)..]}"))
                yield return inner;
        }
    }

    private static int ListCount(Scenario scenario, string listPath)
    {
        object? current = scenario;
        var shape = FieldSchema.Scenario;
        foreach (var segment in Parse(listPath)!)
        {
            var field = shape.JsonFields.First(f => f.JsonName == segment.Name);
            // An optional block the scenario leaves out (null) holds no list items.
            if (current is null || Owner(current, shape, field) is not { } owner)
                return 0;
            current = field.Access.Get(owner);
            if (segment.Index is { } index)
            {
                current = ((IList)current!)[index];
                shape = field.Shape.Element!;
            }
            else
            {
                shape = field.Shape;
            }
        }
        return current is ICollection items ? items.Count : 0;
    }

    private static string Suggestion(Scenario scenario, string path) =>
        TextMatching.Closest(path, Numeric(scenario).Select(p => p.Path)) is { } near ? $"; did you mean \"{near}\"?" : "; `planner fields` lists every field";

    /// <summary>The record that holds a field: the instance itself, or the flattened record inside it.</summary>
    private static object? Owner(object instance, Shape shape, Field field)
    {
        if (shape.Fields.Contains(field))
            return instance;
        foreach (var flattened in shape.Fields.Where(f => f.Flattened))
        {
            if (flattened.Shape.JsonFields.Contains(field))
                return Owner(flattened.Access.Get(instance)!, flattened.Shape, field);
        }
        return null;
    }

    private static object SetIn(object instance, Shape shape, IReadOnlyList<Segment> segments, int i, double value)
    {
        var segment = segments[i];
        foreach (var field in shape.Fields)
        {
            if (field.Flattened)
            {
                if (!field.Shape.JsonFields.Any(f => f.JsonName == segment.Name))
                    continue;
                var inner = SetIn(field.Access.Get(instance)!, field.Shape, segments, i, value);
                return field.Access.With(instance, inner);
            }
            if (field.JsonName != segment.Name)
                continue;
            if (segment.Index is { } index)
            {
                var list = (IList)field.Access.Get(instance)!;
                var elementType = field.Shape.Element!.ClrType;
                var copy = Array.CreateInstance(elementType, list.Count);
                for (var j = 0; j < list.Count; j++)
                    copy.SetValue(j == index ? SetIn(list[j]!, field.Shape.Element, segments, i + 1, value) : list[j], j);
                object replaced = field.Access.Type.IsAssignableFrom(copy.GetType())
                    ? copy
                    : Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType), copy)!;
                return field.Access.With(instance, replaced);
            }
            if (i < segments.Count - 1)
                return field.Access.With(instance, SetIn(field.Access.Get(instance)!, field.Shape, segments, i + 1, value));
            return field.Access.With(instance, Number(field.Shape.ClrType, value));
        }
        throw new ArgumentException($"No field \"{segment.Name}\" on {shape.ClrType.Name}.");
    }

    private static object Number(Type type, double value)
    {
        if (type == typeof(double))
            return value;
        var whole = Math.Round(value, MidpointRounding.AwayFromZero);
        return type == typeof(int) ? (int)whole : type == typeof(long) ? (long)whole : (object)(ulong)whole;
    }

    private static List<Segment>? Parse(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return null;
        var segments = new List<Segment>();
        foreach (var part in path.Split('.'))
        {
            var match = SegmentPattern().Match(part);
            if (!match.Success)
                return null;
            int? index = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            segments.Add(new Segment(match.Groups[1].Value, index));
        }
        return segments;
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d{1,6})\])?$")]
    private static partial Regex SegmentPattern();
}
