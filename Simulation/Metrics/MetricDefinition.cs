namespace Planner.Simulation.Metrics;

/// <summary>One reported figure: a stable key for files, a label and a unit for people.</summary>
public sealed record MetricDefinition(string Key, string Label, string Unit, string Description, bool Headline)
{
    /// <summary>The label in Swedish, for a figure a design declares itself (the catalogue's own are in the charts' text table).</summary>
    public string? Swedish { get; init; }

    /// <summary>Which way is better, for a figure a design declares itself (the catalogue's own are in <see cref="MetricDirection"/>).</summary>
    public Better Better { get; init; }
}

/// <summary>
/// A design (or the design measurements) that declares the figures it reports, next to the code that produces them;
/// <see cref="MetricCatalogue.Declared"/> finds every such type by reflection, so nothing central lists them.
/// </summary>
public interface IDeclaresMetrics
{
    static abstract IReadOnlyList<DeclaredMetric> Metrics { get; }
}

/// <summary>
/// A figure a mechanism or a design declares: its definition and its value from the summed counters (the run's, or one
/// calendar year's). The mechanisms' figures are the core and yearly ones, reported always; a design's is reported in
/// every scenario with a designs block, the design on or off: where it is off its counters are zero, so a figure that
/// divides by them is NaN (no FAS quota in a baseline) and a sum is 0 (no cover hours).
/// </summary>
public sealed record DeclaredMetric(MetricDefinition Definition, Func<CounterSums, double> Value)
{
    /// <summary>
    /// Where the figure stands in summary.csv, tables and charts (lower first; ties by the declaring type's name, then
    /// its list), among the core figures or among the design ones. The core figures keep the places they had in the
    /// central list (1–42); the figures of the first designs theirs (1–9); a new one's come after them.
    /// </summary>
    public int ReportOrder { get; init; } = 100;
}

/// <summary>
/// A counter a mechanism keeps for itself instead of a slot in the central <see cref="Counter"/> enum: an immutable
/// name, compared by identity. The accumulator of a run gives it a slot the first time it is used
/// (<see cref="MetricsAccumulator.DeclareCounter"/>); a counter nobody used in a run sums to 0.
/// </summary>
public sealed class CounterKey(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>
/// A mechanism of the unit (MODEL.md §3: intake, exits and re-entry, staffing, absence, strain, costs, …) that declares
/// the core figures it produces, next to its state and step: each figure's definition and its formula from the summed
/// counters. <see cref="MetricCatalogue.Core"/> finds every such type by reflection and orders the figures by
/// <see cref="DeclaredMetric.ReportOrder"/>. Core figures are reported in every run, designs block or not (a design's
/// figures, <see cref="IDeclaresMetrics"/>, only with one).
/// </summary>
public interface IDeclaresCoreMetrics
{
    static abstract IReadOnlyList<DeclaredMetric> CoreMetrics { get; }
}

/// <summary>
/// A mechanism that declares figures only a calendar year has (the statistics' yearly counts: households during the
/// year, long-term households, the year's cost, …), next to its state and step like its core figures;
/// <see cref="YearlyCatalogue.Own"/> finds every such type by reflection and orders them by
/// <see cref="DeclaredMetric.ReportOrder"/>. Computed from a year's sums only (<see cref="CounterSums.IsYear"/>).
/// </summary>
public interface IDeclaresYearlyMetrics
{
    static abstract IReadOnlyList<DeclaredMetric> YearlyMetrics { get; }
}

/// <summary>
/// A mechanism that declares columns of the monthly series (monthly.csv, the charts), each a function of one month's
/// counters; <see cref="MetricsAccumulator.Columns"/> finds them by reflection and orders them by
/// <see cref="MonthlyColumn.Order"/>, after the month's number.
/// </summary>
public interface IDeclaresMonthlyColumns
{
    static abstract IReadOnlyList<MonthlyColumn> MonthlyColumns { get; }
}

/// <summary>
/// A column of the monthly series: its name and its value from a month's counters (0 where a month has nothing to
/// divide by). <see cref="Order"/> is its place in the series (the places of the central list it came from, 1–39).
/// </summary>
public sealed record MonthlyColumn(string Name, int Order, Func<CounterSums, double> Value);

/// <summary>
/// The summed counters a figure is computed from — the run's, or one calendar year's — with what else the core
/// figures divide by: the years and months they cover, the population, the households by months on assistance in
/// the calendar years tallied, and the spells completed inside the run.
/// </summary>
public readonly struct CounterSums
{
    private readonly double[] sums;
    private readonly IReadOnlyDictionary<CounterKey, int> slots;

    internal CounterSums(double[] sums, IReadOnlyDictionary<CounterKey, int> slots, double years, double months)
    {
        this.sums = sums;
        this.slots = slots;
        Years = years;
        Months = months;
    }

    public double Years { get; }
    public double Months { get; }

    /// <summary>Inhabitants of the municipality (the per-inhabitant figures).</summary>
    public int Population { get; init; }

    /// <summary>Households with at least one month on assistance in the calendar years tallied, summed over those years.</summary>
    public long HouseholdsInYears { get; init; }

    /// <summary>Of <see cref="HouseholdsInYears"/>, those with months on assistance at or over the long-term threshold (10 of 12).</summary>
    public long LongTermHouseholds { get; init; }

    /// <summary>The months on assistance of <see cref="HouseholdsInYears"/>, summed.</summary>
    public long MonthsInYears { get; init; }

    /// <summary>The months on assistance of the <see cref="LongTermHouseholds"/>, summed (a year's sums only).</summary>
    public long LongTermMonths { get; init; }

    /// <summary>Whether these are one calendar year's sums (yearly.csv) rather than the run's.</summary>
    public bool IsYear { get; init; }

    /// <summary>A year's sums: whether the year has all its 12 months in the horizon (the 10-of-12 figures need them).</summary>
    public bool WholeYear { get; init; }

    /// <summary>Spells that started and ended inside the run, and their months summed (the run's, also in a year's sums).</summary>
    public long SpellsCompleted { get; init; }
    public double SpellMonthsSum { get; init; }

    public double this[Counter counter] => sums[(int)counter];

    // A counter declared after a closed year's sums were kept (a design switched on later) has no slot there: 0.
    public double this[CounterKey counter] => slots.TryGetValue(counter, out int i) && i < sums.Length ? sums[i] : 0;

    /// <summary>a ÷ b, NaN where b is 0 (the figure's design did nothing to divide by).</summary>
    public static double Ratio(double a, double b) => b > 0 ? a / b : double.NaN;

    /// <summary>
    /// a ÷ b, 0 where b is 0: the core figures' rule (a run with no decisions reports 0 days to decision, not a gap),
    /// kept as it was when they were one central list.
    /// </summary>
    public static double RatioOrZero(double a, double b) => b > 0 ? a / b : 0;
}
