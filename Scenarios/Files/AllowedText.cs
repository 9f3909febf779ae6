using System.Numerics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Files;

/// <summary>Words for what a field accepts, shared by error messages and the field reference so they say the same.</summary>
public static class AllowedText
{
    /// <summary>"a whole number from 0 to 1000 (posts)", "one of "permanent", "consultant"", …</summary>
    public static string Describe(Shape shape, ParamAttribute? param, IReadOnlyList<string>? words)
    {
        var unit = param is { Unit.Length: > 0 } ? $" ({param.Unit})" : "";
        switch (shape.Kind)
        {
            case FieldKind.Integer:
                var (low, high) = IntegerBounds(shape.ClrType, param);
                return $"a whole number from {low} to {high}{unit}";
            case FieldKind.Number:
                return "a number" + Range(param, " from {0} to {1}", " of at least {0}", " of at most {1}") + unit;
            case FieldKind.Boolean:
                return "true or false";
            case FieldKind.Text:
                return words is { Count: > 0 } ? "one of " + string.Join(", ", words.Select(w => $"\"{w}\"")) : "text";
            case FieldKind.Date:
                return $"a date written yyyy-MM-dd, from {Bounds.EarliestDate:yyyy-MM-dd} to {Bounds.LatestDate:yyyy-MM-dd}";
            case FieldKind.List:
                var count = Range(param, " of {0} to {1}", " of at least {0}", " of at most {1}");
                return $"a list{count} item(s), each {Describe(shape.Element!, null, null)}";
            default:
                return "an object";
        }
    }

    /// <summary>The compact range for the reference table: "0 – 1", "≥ 1", the allowed words or the date format.</summary>
    public static string Range(Field field) => field.Shape.Kind switch
    {
        FieldKind.Integer or FieldKind.Number => Range(field.Param, "{0} – {1}", "≥ {0}", "≤ {1}"),
        FieldKind.List => Range(field.Param, "{0} – {1} items", "≥ {0} items", "≤ {1} items"),
        FieldKind.Text when field.AllowedValues is { Count: > 0 } words => string.Join(", ", words.Select(w => $"`{w}`")),
        FieldKind.Date => $"yyyy-MM-dd, {Bounds.EarliestDate:yyyy-MM-dd} – {Bounds.LatestDate:yyyy-MM-dd}",
        FieldKind.Boolean => "true, false",
        _ => "",
    };

    /// <summary>Bounds of an integer field: the [Param] range clipped to what its CLR type can hold.</summary>
    public static (BigInteger Low, BigInteger High) IntegerBounds(Type type, ParamAttribute? param)
    {
        var (typeLow, typeHigh) = type == typeof(int) ? (new BigInteger(int.MinValue), new BigInteger(int.MaxValue))
            : type == typeof(long) ? (new BigInteger(long.MinValue), new BigInteger(long.MaxValue))
            : (BigInteger.Zero, new BigInteger(ulong.MaxValue));
        var low = param is not null && double.IsFinite(param.Min) ? BigInteger.Max(typeLow, new BigInteger(Math.Ceiling(param.Min))) : typeLow;
        var high = param is not null && double.IsFinite(param.Max) ? BigInteger.Min(typeHigh, new BigInteger(Math.Floor(param.Max))) : typeHigh;
        return (low, high);
    }

    private static string Range(ParamAttribute? param, string both, string lowOnly, string highOnly)
    {
        var hasLow = param is not null && double.IsFinite(param.Min);
        var hasHigh = param is not null && double.IsFinite(param.Max);
        var low = hasLow ? Invariant.Number(param!.Min) : "";
        var high = hasHigh ? Invariant.Number(param!.Max) : "";
        return hasLow && hasHigh ? string.Format(both, low, high)
            : hasLow ? string.Format(lowOnly, low, high)
            : hasHigh ? string.Format(highOnly, low, high)
            : "";
    }
}
