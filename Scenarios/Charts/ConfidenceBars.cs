using OxyPlot.Series;

namespace Planner.Scenarios.Charts;

/// <summary>A 95 % CI drawn as an error bar from its low to its high end.</summary>
/// <remarks>OxyPlot's <see cref="ScatterErrorPoint"/> takes the bar's whole length and draws half of it on each
/// side of the point (X ± ErrorX / 2): passing a half-width would draw every CI at half its length.</remarks>
internal static class ConfidenceBars
{
    /// <summary>A horizontal bar around <paramref name="mean"/> at height <paramref name="y"/> (forest plots).</summary>
    public static ScatterErrorPoint Horizontal(double mean, double y, double low, double high) => new(mean, y, Length(low, high), 0);

    /// <summary>A vertical bar around <paramref name="mean"/> at <paramref name="x"/> (bars with a CI).</summary>
    public static ScatterErrorPoint Vertical(double x, double mean, double low, double high) => new(x, mean, 0, Length(low, high));

    private static double Length(double low, double high) => double.IsFinite(low) && double.IsFinite(high) ? Math.Abs(high - low) : 0;
}
