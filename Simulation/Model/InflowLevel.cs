using Planner.Simulation.Kernel;

namespace Planner.Simulation.Model;

/// <summary>
/// The inflow level that changes at dates set (a recession's +20 %, a settlement wave over some months):
/// a factor on the path's arrivals, piecewise constant in time. The path's own arrivals stay exactly as
/// without changes (common random numbers): a factor above 1 adds a second Poisson stream of the excess,
/// drawn by thinning from its own stream; a factor below 1 drops each of the path's arrivals with
/// probability 1 − factor, one uniform from a third stream. So a change alters no arrival before its day.
/// </summary>
internal sealed class InflowLevel
{
    /// <summary>A factor from a day on; with an end, it holds until then and the one before it returns.</summary>
    internal readonly record struct Step(double FromDay, double Factor, double UntilDay);

    private readonly List<Step> steps = new();
    private readonly Inflow inflow;
    private readonly Calendar calendar;
    private readonly StreamRandom extra, thin;
    private double maxExcess;

    public InflowLevel(Inflow inflow, Calendar calendar, RandomStreams streams)
    {
        this.inflow = inflow;
        this.calendar = calendar;
        extra = streams.Get("inflow.extra");
        thin = streams.Get("inflow.thin");
    }

    public bool Changes => steps.Count > 0;

    public void Add(double fromDay, double factor, double? months)
    {
        double until = months is { } m ? fromDay + m * Calendar.DaysPerMonth : double.PositiveInfinity;
        steps.Add(new Step(fromDay, factor, until));
        maxExcess = Math.Max(maxExcess, factor - 1);
    }

    /// <summary>
    /// The factor at a time: the latest step begun and not ended; a step with an end that is over gives way to
    /// the latest one begun before it that still holds. 1 before any step.
    /// </summary>
    public double FactorAt(double time)
    {
        for (int i = steps.Count - 1; i >= 0; i--)
        {
            var s = steps[i];
            if (s.FromDay <= time && time < s.UntilDay) return s.Factor;
        }
        return 1.0;
    }

    /// <summary>Whether one of the path's arrivals at <paramref name="time"/> is dropped by a factor below 1.</summary>
    public bool Drops(double time)
    {
        double f = FactorAt(time);
        return f < 1 && thin.NextDouble() >= f;
    }

    /// <summary>The next arrival of the excess stream after <paramref name="now"/> (+∞ if no factor is above 1).</summary>
    public double NextExtraArrival(double now)
    {
        double rate = inflow.MaxRatePerDay * maxExcess;
        if (rate <= 0) return double.PositiveInfinity;
        double t = now, ceiling = inflow.MaxMultiplier * maxExcess;
        while (true)
        {
            t += extra.Exponential(1.0 / rate);
            if (t >= calendar.Days) return t;
            double excess = Math.Max(0, FactorAt(t) - 1) * inflow.PathAtTime(t);
            if (extra.NextDouble() * ceiling < excess) return t;
        }
    }
}
