using OxyPlot;

namespace Planner.Scenarios.Charts;

/// <summary>A drawn chart: a file-name-safe id ("fan-households"), its title for captions, and the OxyPlot model to export.</summary>
public sealed record Chart(string Id, string Title, PlotModel Model);

/// <summary>What a series is, so tests and exporters can find it without parsing titles.</summary>
public static class SeriesTags
{
    public const string Median = "median";
    public const string Band50 = "band50";
    public const string Band90 = "band90";
    public const string CostPart = "cost-part";
    public const string CostTotal = "cost-total";
    public const string Difference = "difference";
    public const string Strain = "strain";
}
