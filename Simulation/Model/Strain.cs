using System.Runtime.CompilerServices;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Strain index 0–1 (S000 §2): it follows a target with time constant RecoveryDays. At work the
/// target is inherent strain + overload (demanded ÷ available hours above a threshold) + novice
/// uncertainty − manager support; away (vacation, short sick leave) it falls towards the inherent
/// level; during a long sick spell it is frozen and cut on return (<see cref="Absence"/>).
/// Strain above a threshold may tip a caseworker into disengagement ("mental exit", S000).
/// </summary>
internal sealed class Strain : IDeclaresCoreMetrics, IDeclaresMonthlyColumns
{
    // The core figures of the caseworkers' strain (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.StrainIndex, "Strain index", "index 0–1", "Mean strain over caseworkers and days (0 none, 1 extreme).", true),
            s => CounterSums.RatioOrZero(s[Counter.StrainSum], s[Counter.StrainCount])) { ReportOrder = 4 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("strain_mean", 10, s => CounterSums.RatioOrZero(s[Counter.StrainSum], s[Counter.StrainCount])),
        new("strain_band_0", 30, s => CounterSums.RatioOrZero(s[Counter.StrainBand0], s[Counter.StrainCount])),
        new("strain_band_1", 31, s => CounterSums.RatioOrZero(s[Counter.StrainBand1], s[Counter.StrainCount])),
        new("strain_band_2", 32, s => CounterSums.RatioOrZero(s[Counter.StrainBand2], s[Counter.StrainCount])),
        new("strain_band_3", 33, s => CounterSums.RatioOrZero(s[Counter.StrainBand3], s[Counter.StrainCount])),
        new("strain_band_4", 34, s => CounterSums.RatioOrZero(s[Counter.StrainBand4], s[Counter.StrainCount])),
        new("strain_band_5", 35, s => CounterSums.RatioOrZero(s[Counter.StrainBand5], s[Counter.StrainCount])),
        new("strain_band_6", 36, s => CounterSums.RatioOrZero(s[Counter.StrainBand6], s[Counter.StrainCount])),
        new("strain_band_7", 37, s => CounterSums.RatioOrZero(s[Counter.StrainBand7], s[Counter.StrainCount])),
        new("strain_band_8", 38, s => CounterSums.RatioOrZero(s[Counter.StrainBand8], s[Counter.StrainCount])),
        new("strain_band_9", 39, s => CounterSums.RatioOrZero(s[Counter.StrainBand9], s[Counter.StrainCount])),
    ];

    private readonly StrainParameters p;
    private readonly double loadSmoothing;
    private readonly double[] alphaByGap = new double[32];  // 1 − exp(−dt / RecoveryDays): updates are days apart

    private readonly MetricsAccumulator? metrics;

    /// <param name="metrics">Where the day's strain figures go (<see cref="CountDay"/>).</param>
    public Strain(StrainParameters parameters, MetricsAccumulator? metrics = null)
    {
        p = parameters;
        this.metrics = metrics;
        loadSmoothing = 1.0 / p.LoadAveragingDays;
        for (int dt = 1; dt < alphaByGap.Length; dt++) alphaByGap[dt] = Alpha(dt);
    }

    private double Alpha(int dt) => 1 - Math.Exp(-dt / p.RecoveryDays);

    /// <summary>Smooths demanded and available hours over recent working days at work; the load ratio is their quotient.</summary>
    public void RecordLoad(Caseworker c, double demanded, double available)
    {
        c.DemandSmoothed += loadSmoothing * (demanded - c.DemandSmoothed);
        c.AvailableSmoothed += loadSmoothing * (available - c.AvailableSmoothed);
    }

    /// <summary>Relief from manager support: full at one support hour per filled post and week.</summary>
    public static double Relief(StrainParameters p, double supportHoursPerWeek, int filledPosts) =>
        filledPosts == 0 ? 0 : p.SupportRelief * Math.Min(1, supportHoursPerWeek / filledPosts);

    /// <summary>
    /// The strain a day at work tends to: inherent strain + overload (the load ratio above the threshold) − the
    /// chief's support, + a novice's uncertainty. <paramref name="novice"/> is 1 for a holder under 12 months'
    /// experience and 0 otherwise, or the novices' share for the steady start's typical caseworker.
    /// </summary>
    public static double Target(StrainParameters p, double loadRatio, double novice, double relief) =>
        Math.Clamp(p.Inherent + p.OverloadSensitivity * Math.Max(0, loadRatio - p.OverloadThreshold) - relief + p.NoviceStrain * novice, 0, 1);

    /// <summary>Away (vacation, short sick leave) strain tends to the inherent level, less the chief's support.</summary>
    public static double AwayTarget(StrainParameters p, double relief) => Math.Clamp(p.Inherent - relief, 0, 1);

    public void Update(Caseworker c, int day, double relief)
    {
        int dt = day - c.LastStrainDay;
        c.LastStrainDay = day;
        if (c.Presence == Presence.SickLong || dt <= 0) return;
        double target = c.Presence == Presence.Present
            ? Target(p, c.LoadRatio, c.ExperienceMonths(day) < 12 ? 1 : 0, relief)
            : AwayTarget(p, relief);
        double alpha = dt < alphaByGap.Length ? alphaByGap[dt] : Alpha(dt);
        c.Strain = Math.Clamp(c.Strain + alpha * (target - c.Strain), 0, 1);
    }

    /// <summary>A filled post's strain figures of a working day: the index, its count and its band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CountDay(Caseworker c)
    {
        metrics!.Add(Counter.StrainSum, c.Strain);
        metrics.Increment(Counter.StrainCount);
        metrics.Increment(MetricsAccumulator.StrainBand(c.Strain));
    }

    /// <summary>The month end: each filled post's disengagement draw, in post order.</summary>
    public void EndOfMonth(Caseworker[] posts)
    {
        foreach (var c in posts)
            if (c.Filled) MaybeDisengage(c);
    }

    /// <summary>Monthly draw: one uniform per filled post and month, used or not.</summary>
    public void MaybeDisengage(Caseworker c)
    {
        double u = c.Random.NextDouble();
        if (!c.Disengaged && c.Strain > p.DisengagementThreshold && u < p.DisengagementHazard) c.Disengaged = true;
    }

    /// <summary>Capacity lost by disengagement.</summary>
    public double EngagementFactor(Caseworker c) => c.Disengaged ? 1 - p.DisengagedProductivityLoss : 1;
}
