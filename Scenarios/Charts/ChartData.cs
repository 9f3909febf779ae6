using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>
/// What the charts and the report are drawn from: plain records, no files. The results-folder reader fills them
/// from disk; the dashboard fills them from a run it holds in memory (see <see cref="ResultDataBuilder"/>).
/// </summary>
/// <param name="Kind">"run" (one scenario) or "comparison" (the first scenario is the reference).</param>
/// <param name="Differences">Paired differences of every later scenario from the first (empty for a run).</param>
public sealed record ResultData(string Kind, IReadOnlyList<ScenarioData> Scenarios, IReadOnlyList<PairedDifference> Differences)
{
    public ScenarioData Reference => Scenarios[0];
    public bool IsComparison => Scenarios.Count > 1;

    /// <summary>Paired differences of the calendar-year figures (empty for a run, or results without yearly figures).</summary>
    public IReadOnlyList<YearDifference> YearlyDifferences { get; init; } = [];
}

/// <summary>One scenario's results.</summary>
/// <param name="ScenarioJson">The scenario file as run (every effective value), for the report to embed; "" if unknown.</param>
/// <param name="File">The scenario file the user gave, if known.</param>
/// <param name="Monthly">One monthly series per replication (may be empty: no fan charts then).</param>
/// <param name="Summary">Each metric's mean over replications with its 95 % CI.</param>
/// <param name="Yearly">The calendar-year figures with their CIs (yearly.csv); empty for older results, and the
/// cost per year is then summed from the monthly series.</param>
public sealed record ScenarioData(
    string Name,
    DateOnly StartDate,
    ulong Seed,
    int Replications,
    double Years,
    string ScenarioJson,
    string File,
    IReadOnlyList<ReplicationSeries> Monthly,
    IReadOnlyList<MetricEstimate> Summary,
    IReadOnlyList<YearEstimates> Yearly)
{
    public MetricEstimate? Metric(string key) => Summary.FirstOrDefault(m => m.Key == key);
}

/// <summary>One replication's monthly series (the model's own record: column names and one row per month).</summary>
public sealed record ReplicationSeries(int Replication, MonthlySeries Series);

/// <summary>A metric over replications: mean and 95 % CI, in the catalogue's unit (SEK, shares as 0–1).</summary>
public sealed record MetricEstimate(string Key, double Mean, double CiLow, double CiHigh, int N);

/// <summary>One calendar year's figures (<see cref="YearlyCatalogue"/> keys); <see cref="Months"/> of the horizon fall in it.</summary>
public sealed record YearEstimates(int Year, int Months, IReadOnlyList<MetricEstimate> Metrics)
{
    public MetricEstimate? Get(string key) => Metrics.FirstOrDefault(m => m.Key == key);
}

/// <summary>A calendar-year figure's paired difference from the reference.</summary>
public sealed record YearDifference(int Year, PairedDifference Difference);

/// <summary>A metric's paired difference scenario − reference over common random numbers, with its 95 % CI.</summary>
public sealed record PairedDifference(string Key, string Scenario, double ReferenceMean, double Mean, double CiLow, double CiHigh, int N)
{
    /// <summary>+1 clearly better than the reference, −1 clearly worse, 0 neither (the CI includes 0, or no direction).</summary>
    public int Judgement => MetricDirection.Judge(Key, CiLow, CiHigh);
}

/// <summary>
/// One calendar year's cost: the mean of each component over replications (they add up to <see cref="Total"/>)
/// and the total's 95 % CI. <see cref="Months"/> says how much of the year the run covers (a part year is not scaled up).
/// </summary>
public sealed record YearCost(int Year, int Months, IReadOnlyList<CostPart> Parts, double Total, double TotalCiLow, double TotalCiHigh);

/// <summary>A cost component's mean in SEK; <see cref="Component"/> is one of <see cref="CostComponents.All"/>' ids.</summary>
public sealed record CostPart(string Component, double Mean);

/// <summary>Share of post-days with strain in [From, To), mean over replications with its 95 % CI.</summary>
public sealed record StrainBand(double From, double To, double Share, double CiLow, double CiHigh);
