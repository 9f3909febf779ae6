using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// The households on assistance at day 0. Their durations are drawn from the stock's own mix: in a
/// steady state the stock holds a household of distance d and duration m in proportion to
/// inflow share(d) × survival_d(m), so the far and long spells are over-represented just as in a real
/// unit. Drawing all durations as 0 would start the run with a wave of early exits (the first-month
/// hazard is the highest); this mix starts exits near their steady-state rate. Survival uses the base
/// hazard with the meeting effect at a typical met share of 0.8 and the refusal hazard, ignoring handovers and overload — an
/// approximation, good enough that the first year shows no artificial wave.
/// </summary>
internal sealed class InitialStock
{
    private const int MaxMonths = 240;
    private const double AssumedMetShare = 0.8;
    private readonly double[] cumulative;   // over (far, months): index far * MaxMonths + m

    public InitialStock(UnitParameters p)
    {
        var e = p.Exits;
        cumulative = new double[2 * MaxMonths];
        double sum = 0;
        for (int far = 0; far < 2; far++)
        {
            double share = far == 1 ? p.Inflow.ShareFarFromLabourMarket : 1 - p.Inflow.ShareFarFromLabourMarket;
            double baseHazard = far == 1 ? e.BaseHazardFar : e.BaseHazardNear;
            double survival = 1;
            for (int m = 0; m < MaxMonths; m++)
            {
                sum += share * survival;
                cumulative[far * MaxMonths + m] = sum;
                double h = Math.Min(1, baseHazard * Math.Exp(-e.DurationDecay * m) * (1 + AssumedMetShare * e.MeetingEffect));
                survival *= (1 - h) * (1 - e.RefusalHazard);
            }
        }
        for (int i = 0; i < cumulative.Length; i++) cumulative[i] /= sum;
    }

    /// <summary>Sets distance and months on assistance; one uniform from the household's stream.</summary>
    public void Draw(Household h)
    {
        double u = h.Random.NextDouble();
        int i = Array.BinarySearch(cumulative, u);
        if (i < 0) i = ~i;
        i = Math.Min(i, cumulative.Length - 1);
        h.FarFromLabourMarket = i >= MaxMonths;
        h.MonthsOnAssistance = i % MaxMonths;
    }
}
