using Planner.Simulation.Kernel;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// New applications: a non-homogeneous Poisson process (S003 §2: unemployment, refugee settlement,
/// season drive it), drawn by thinning so the arrival stream depends only on the "inflow" stream and
/// the path — never on what the unit does. Inflow cannot be refused (S001).
/// </summary>
internal sealed class Inflow
{
    private readonly InflowParameters p;
    private readonly Calendar calendar;
    private readonly StreamRandom random;
    private readonly double maxMultiplier, maxRatePerDay;
    // The case mix of new households; a change at a date may set it (UnitChanges).
    private double shareEnkel, shareTung, shareFar;

    public Inflow(InflowParameters parameters, Calendar calendar, StreamRandom random)
    {
        p = parameters;
        this.calendar = calendar;
        this.random = random;
        double max = 0;
        foreach (var point in p.Path) max = Math.Max(max, point.Multiplier);
        maxMultiplier = p.Path.Count == 0 ? 1.0 : max;
        maxRatePerDay = p.ApplicationsPerMonth * maxMultiplier / Calendar.DaysPerMonth;
        shareEnkel = p.ShareEnkel;
        shareTung = p.ShareTung;
        shareFar = p.ShareFarFromLabourMarket;
    }

    /// <summary>The highest rate of the path's arrivals (per day) and the path's highest multiplier: what thinning draws against.</summary>
    internal double MaxRatePerDay => maxRatePerDay;
    internal double MaxMultiplier => maxMultiplier;

    /// <summary>The case mix of new households from now on; null leaves a share as it is.</summary>
    internal void SetMix(double? enkel, double? tung, double? far)
    {
        shareEnkel = enkel ?? shareEnkel;
        shareTung = tung ?? shareTung;
        shareFar = far ?? shareFar;
    }

    /// <summary>External path multiplier at a (fractional) month: linear between points, flat outside, 1.0 if none.</summary>
    public double PathAt(double month)
    {
        var path = p.Path;
        if (path.Count == 0) return 1.0;
        if (month <= path[0].Month) return path[0].Multiplier;
        for (int i = 1; i < path.Count; i++)
        {
            if (month <= path[i].Month)
            {
                var a = path[i - 1];
                var b = path[i];
                double span = b.Month - a.Month;
                return span <= 0 ? b.Multiplier : a.Multiplier + (b.Multiplier - a.Multiplier) * (month - a.Month) / span;
            }
        }
        return path[^1].Multiplier;
    }

    public double PathAtTime(double time) => PathAt(calendar.FractionalMonth(time));

    /// <summary>Time of the next application after <paramref name="now"/>, or +∞ if the rate is zero.</summary>
    public double NextArrival(double now)
    {
        if (maxRatePerDay <= 0) return double.PositiveInfinity;
        double t = now;
        while (true)
        {
            t += random.Exponential(1.0 / maxRatePerDay);
            if (t >= calendar.Days) return t;
            if (random.NextDouble() * maxMultiplier < PathAtTime(t)) return t;
        }
    }

    /// <summary>Far share of the case mix: rises when the path is below 1 (boom: those left are far from work, S000, S002).</summary>
    public double FarShare(double path) => Math.Clamp(shareFar + p.FarShareShiftPerPath * (1 - path), 0, 1);

    /// <summary>Case mix of a new household, drawn from its own stream.</summary>
    public void DrawAttributes(Household h, double path)
    {
        double u = h.Random.NextDouble();
        h.Weight = u < shareEnkel ? WeightClass.Enkel : u < 1 - shareTung ? WeightClass.Medel : WeightClass.Tung;
        h.FarFromLabourMarket = h.Random.NextDouble() < FarShare(path);
    }
}
