using Newtonsoft.Json;

namespace Planner.Scenarios.Files;

/// <summary>
/// Writes a scenario back as a scenario file with every effective value, by the same schema the loader
/// reads; the echo in a result folder can therefore be run again to reproduce the result.
/// </summary>
public static class ScenarioJsonWriter
{
    public static void Write(JsonWriter writer, Scenario scenario) => WriteValue(writer, FieldSchema.Scenario, scenario);

    public static void WriteValue(JsonWriter writer, Shape shape, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                return;
            case DateOnly date:
                writer.WriteValue(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                return;
            case double d when !double.IsFinite(d):
                writer.WriteNull();
                return;
        }
        switch (shape.Kind)
        {
            case FieldKind.List:
                writer.WriteStartArray();
                foreach (var item in (System.Collections.IEnumerable)value)
                    WriteValue(writer, shape.Element!, item);
                writer.WriteEndArray();
                return;
            case FieldKind.Object:
                writer.WriteStartObject();
                WriteFields(writer, shape, value);
                writer.WriteEndObject();
                return;
            default:
                writer.WriteValue(value);
                return;
        }
    }

    private static void WriteFields(JsonWriter writer, Shape shape, object instance)
    {
        foreach (var field in shape.Fields)
        {
            var value = field.Access.Get(instance);
            if (field.Flattened)
            {
                WriteFields(writer, field.Shape, value!);
                continue;
            }
            // An optional block left out (a design not in use) stays out: reading the echo back gives the same scenario.
            if (value is null && field.Default is null && field.Shape.Kind == FieldKind.Object)
                continue;
            writer.WritePropertyName(field.JsonName);
            WriteValue(writer, field.Shape, value);
        }
    }
}
