using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;

namespace Planner.Simulation.Model;

/// <summary>
/// The households register: every household known to the unit, by slot (a slot is reused once its household has
/// left for good), with the numbering their random streams are keyed by and the benefit a spell is calculated at.
/// It closes each household's calendar year for the long-term count (assistance in ≥ 10 of a year's 12 months,
/// S003/S004) and counts the households the run starts with (conservation).
/// </summary>
internal sealed class Households : IDeclaresCoreMetrics, IDeclaresYearlyMetrics
{
    // The core figures of the households' months on assistance in each calendar year (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.LongTermShare, "Long-term share", "share", "Share of households on assistance in a calendar year with ≥10 months that year (S003, S004).", true),
            s => s.IsYear ? OfWholeYear(s, s.LongTermHouseholds, s.HouseholdsInYears) : CounterSums.RatioOrZero(s.LongTermHouseholds, s.HouseholdsInYears)) { ReportOrder = 14 },
        new(new(MetricCatalogue.MonthsPerHouseholdYear, "Months per household and year", "months/household-year", "Months on assistance in a calendar year per household with any that year, pooled over the run's whole calendar years: the published figure (Stockholm 2017: 7.0, PUB).", false),
            s => s.IsYear ? OfWholeYear(s, s.MonthsInYears, s.HouseholdsInYears) : CounterSums.RatioOrZero(s.MonthsInYears, s.HouseholdsInYears)) { ReportOrder = 30 },
    ];

    // The figures only a calendar year has, of the households' months on assistance in the year (YearlyCatalogue.Own), from a year's sums.
    public static IReadOnlyList<DeclaredMetric> YearlyMetrics { get; } =
    [
        new(new(YearlyCatalogue.HouseholdsDuringYear, "Households during the year", "households", "Distinct households on assistance in at least one month of the year (Socialstyrelsen's biståndshushåll under året).", true),
            s => s.HouseholdsInYears) { ReportOrder = 2 },
        new(new(YearlyCatalogue.YearToMonthRatio, "Households in the year per household in a month", "ratio", "Households during the year ÷ households in an average month (Stockholm 2017: 1.72, PUB).", false),
            s => CounterSums.Ratio(s.HouseholdsInYears, s[Counter.HouseholdMonths] / s.Months)) { ReportOrder = 3 },
        new(new(YearlyCatalogue.LongTermHouseholds, "Long-term households", "households", "Households on assistance in ≥ 10 of the year's 12 months (långvarigt biståndsmottagande, S003, S004); whole years only.", true),
            s => s.WholeYear ? s.LongTermHouseholds : double.NaN) { ReportOrder = 9 },
        new(new(YearlyCatalogue.LongTermMeanMonths, "Months of long-term households", "months", "Mean months on assistance in the year of the long-term households (10–12); whole years only.", false),
            s => OfWholeYear(s, s.LongTermMonths, s.LongTermHouseholds)) { ReportOrder = 10 },
    ];

    // A year's 10-of-12 figure needs the year's 12 months: NaN in a part year, and where no household was counted.
    // (The run pools its whole years, or counts a horizon shorter than a year with a scaled threshold, MonthlyCycle.)
    private static double OfWholeYear(in CounterSums s, double a, double b) => s.WholeYear ? CounterSums.Ratio(a, b) : double.NaN;

    /// <summary>Months on assistance in a calendar year from which a household is long-term (≥ 10 of 12, S003/S004).</summary>
    public const int LongTermMonths = 10;

    // Households an inflow change adds are numbered apart from the path's, so those keep their numbers and streams.
    private const int ExtraIds = 1 << 30;
    // A plain array (grown by doubling), not a list: read for every household of every krets at every month start
    // and end, and for every waiting application every working day.
    private Household?[] slots = new Household?[2048];
    private int used;
    private readonly Stack<int> freeSlots = new();
    private readonly RandomStreams streams;
    private readonly MetricsAccumulator metrics;
    private int nextId, extras;

    public Households(RandomStreams streams, MetricsAccumulator metrics, double benefit)
    {
        this.streams = streams;
        this.metrics = metrics;
        Benefit = benefit;
    }

    /// <summary>Benefit per household-month a spell is calculated at (the riksnorm-based level; a change may set it).</summary>
    public double Benefit { get; private set; }

    /// <summary>Households that existed at day 0: the stock, those waiting to return and the applications under way.</summary>
    public int Initial { get; private set; }

    public Household At(int slot) => slots[slot]!;

    /// <summary>Slots ever used (some free again): the bound for walking the register.</summary>
    private ReadOnlySpan<Household?> InUse => slots.AsSpan(0, used);

    /// <summary>A household of the path's inflow (or of the day-0 state), with the next number.</summary>
    public Household New() => Add(nextId++);

    /// <summary>One of the day-0 households: counted as the run's initial households.</summary>
    public Household NewInitial()
    {
        Initial++;
        return New();
    }

    /// <summary>An arrival the inflow level dropped: its number stays taken, so every later household keeps its own streams.</summary>
    public void SkipNumber() => nextId++;

    /// <summary>An extra arrival of an inflow change, numbered apart.</summary>
    public Household NewExtra() => Add(ExtraIds + extras++);

    private Household Add(int id)
    {
        var h = new Household(id, streams.GetInline("household", id)) { Benefit = Benefit };
        if (freeSlots.Count > 0)
        {
            h.Slot = freeSlots.Pop();
            slots[h.Slot] = h;
        }
        else
        {
            if (used == slots.Length) Array.Resize(ref slots, 2 * slots.Length);
            h.Slot = used++;
            slots[h.Slot] = h;
        }
        return h;
    }

    /// <summary>The household leaves for good: its months this year are counted and its slot is free.</summary>
    public void Release(Household h)
    {
        metrics.YearMonths(h.MonthsThisYear);
        slots[h.Slot] = null;
        freeSlots.Push(h.Slot);
    }

    /// <summary>A change of the benefit level: every household's benefit from now on, and every new spell's.</summary>
    public void SetBenefit(double benefit)
    {
        Benefit = benefit;
        foreach (var h in InUse)
            if (h is not null) h.Benefit = benefit;
    }

    /// <summary>Counts every household's months of the calendar year that ends (and starts the next from zero, if asked).</summary>
    public void CountYearMonths(bool reset)
    {
        foreach (var h in InUse)
        {
            if (h is null) continue;
            metrics.YearMonths(h.MonthsThisYear);
            if (reset) h.MonthsThisYear = 0;
        }
    }
}
