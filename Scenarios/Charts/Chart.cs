using OxyPlot;

namespace Planner.Scenarios.Charts;

/// <summary>
/// A drawn chart: a file-name-safe id ("fan-households"), its title for captions, the OxyPlot model to export and
/// the size it is drawn at by default (a fan chart with a panel per scenario is taller).
/// </summary>
public sealed record Chart(string Id, string Title, PlotModel Model, int Width = ChartStyle.Width, int Height = ChartStyle.Height);

/// <summary>What a series is, so tests and exporters can find it without parsing titles.</summary>
public static class SeriesTags
{
    public const string Median = "median";
    public const string ReferenceMedian = "reference-median";
    public const string Band50 = "band50";
    public const string Band90 = "band90";
    public const string CostPart = "cost-part";
    public const string CostTotal = "cost-total";
    public const string Difference = "difference";
    public const string Strain = "strain";
}
