using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>
/// How a metric's value is shown to people: shares as per cent, large SEK amounts in mnkr/MSEK, decimals to the
/// value's size, the unit in the reader's language. One rule for the report's tables and the dashboard's.
/// </summary>
public sealed class MetricFormat
{
    private readonly Texts texts;
    private readonly double factor;

    private MetricFormat(Texts texts, string unit, double factor, int decimals)
    {
        this.texts = texts;
        Unit = unit;
        this.factor = factor;
        Decimals = decimals;
    }

    /// <summary>The unit as shown ("%", "mnkr/år", "hushåll/årsarbetare").</summary>
    public string Unit { get; }

    public int Decimals { get; }

    /// <summary>The format of a metric whose values are about <paramref name="typical"/> (in the catalogue's unit).</summary>
    public static MetricFormat For(string key, double typical, Texts texts)
    {
        var unit = MetricCatalogue.All.FirstOrDefault(m => m.Key == key)?.Unit ?? YearlyCatalogue.Find(key)?.Unit ?? "";
        if (unit == "share")
            return new MetricFormat(texts, "%", 100, DecimalsFor(typical * 100, 1));
        if (unit.StartsWith("SEK", StringComparison.Ordinal) && Math.Abs(typical) >= 1e6)
            return new MetricFormat(texts, texts.Unit("M" + unit), 1e-6, 1);
        if (unit.StartsWith("SEK", StringComparison.Ordinal))
            return new MetricFormat(texts, texts.Unit(unit), 1, 0);
        return new MetricFormat(texts, texts.Unit(unit), 1, DecimalsFor(typical, 2));
    }

    private static int DecimalsFor(double value, int small)
    {
        var m = Math.Abs(value);
        return !double.IsFinite(m) ? small : m >= 100 ? 0 : m >= 10 ? 1 : small;
    }

    /// <summary>This format with at least the decimals that show one significant digit of <paramref name="magnitude"/> (at most 4).</summary>
    public MetricFormat WithDecimalsFor(double magnitude)
    {
        var m = Math.Abs(magnitude * factor);
        if (!double.IsFinite(m) || m == 0)
            return this;
        var needed = Math.Clamp((int)Math.Ceiling(-Math.Log10(m)), 0, 4);
        return needed > Decimals ? new MetricFormat(texts, Unit, factor, needed) : this;
    }

    public string Value(double value) => texts.Numbers.Fixed(value * factor, Decimals);

    /// <summary>A difference, always with its sign.</summary>
    public string Difference(double value) => texts.Numbers.Signed(value * factor, Decimals);

    public string Interval(double low, double high) => texts.Numbers.Interval(low * factor, high * factor, Decimals);
}
