using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// The households on assistance at day 0: those carried over from the month before, each with at least
/// one month on assistance behind it (the month's new decisions arrive during month 0 as applications).
/// Their distance and durations are drawn from the stock's own mix: in a steady state the stock holds a
/// household of class w, distance d and duration m in proportion to inflow share(d) × survival_{w,d}(m),
/// so the far and long spells are over-represented just as in a real unit. Survival follows the exit
/// hazard month by month as the run applies it: the base hazard and duration decay; the meeting effect
/// in the decision month (the nybesök) and in the months the class's meetings are planned, times the share
/// of planned meetings held; the crowding-out and handovers of a typical month (<see cref="SteadyStart"/>);
/// and the refusal hazard.
/// </summary>
internal sealed class InitialStock
{
    // A century: far from the labour market, spells are long and their tail is a real part of the stock
    // (cut at 20 years, the stock missed about 8 % of its far households and then grew for two decades).
    internal const int MaxMonths = 1200;
    private const int Classes = 3;
    private readonly double[][] cumulative = new double[Classes][];   // per class, over (far, months 1..MaxMonths)
    private readonly double[] classShare = new double[Classes];
    private readonly double[] carried = new double[Classes];
    private readonly double[] dueShare = new double[Classes];
    private readonly double[] youngShare = new double[Classes];

    /// <param name="p">The unit.</param>
    /// <param name="interval">Months between planned meetings, by class (<see cref="MeetingPlan.Interval"/>).</param>
    /// <param name="durationFactor">exp(−decay × m) for m = 0 … MaxMonths − 1.</param>
    /// <param name="heldWhenPlanned">Share of planned meetings held.</param>
    /// <param name="crowding">1 − overload penalty × the typical crowded-out share.</param>
    /// <param name="handoversPerYear">Caseworker changes per household and year.</param>
    /// <param name="metOtherwise">Chance of being met in a month without a routine meeting (the contact need held as time allows, <see cref="ContactNeed"/>).</param>
    /// <param name="forDrawing">Keep the distributions to draw from (only the sums otherwise: the fixed-point rounds before the last).</param>
    public InitialStock(UnitParameters p, Func<WeightClass, int> interval, double[] durationFactor,
        double heldWhenPlanned, double crowding, double handoversPerYear, double metOtherwise = 0, bool forDrawing = true)
    {
        var e = p.Exits;
        // Handovers in the last 12 months grow with the months on assistance, up to a year's worth.
        Span<double> handoverFactor = stackalloc double[13];
        for (int m = 0; m <= 12; m++) handoverFactor[m] = Math.Max(0, 1 - e.HandoverPenalty * handoversPerYear * m / 12.0);
        double refusalSurvival = 1 - e.RefusalHazard;
        double metFactor = 1 + e.MeetingEffect * (heldWhenPlanned + (1 - heldWhenPlanned) * metOtherwise);
        double otherFactor = 1 + e.MeetingEffect * metOtherwise;
        int newPlanMonths = p.ContactNeed.NewPlanMonths;
        classShare[(int)WeightClass.Enkel] = p.Inflow.ShareEnkel;
        classShare[(int)WeightClass.Tung] = p.Inflow.ShareTung;
        classShare[(int)WeightClass.Medel] = Math.Max(0, 1 - p.Inflow.ShareEnkel - p.Inflow.ShareTung);
        for (int c = 0; c < Classes; c++)
        {
            int k = interval((WeightClass)c);
            var cum = cumulative[c] = forDrawing ? new double[2 * MaxMonths] : [];
            double sum = 0, due = 0, young = 0;
            for (int far = 0; far < 2; far++)
            {
                double share = far == 1 ? p.Inflow.ShareFarFromLabourMarket : 1 - p.Inflow.ShareFarFromLabourMarket;
                double baseHazard = (far == 1 ? e.BaseHazardFar : e.BaseHazardNear) * crowding;
                double survival = 1;
                int m = 0, untilPlanned = k;   // months to the next planned meeting, counted from the decision (month 0)
                for (; m < MaxMonths && survival > 1e-12; m++)
                {
                    // Survival through the month end of month m of the spell: the household starts month m + 1. The
                    // decision month's nybesök is a meeting; after it, the class's planned ones, held or not.
                    bool planned = m > 0 && untilPlanned == 0;
                    if (planned) untilPlanned = k;
                    double met = m == 0 ? 1 + e.MeetingEffect : planned ? metFactor : otherFactor;
                    double h = Math.Min(1, baseHazard * durationFactor[m] * met * handoverFactor[Math.Min(12, m)]);
                    survival *= (1 - h) * refusalSurvival;
                    double weight = share * survival;
                    sum += weight;
                    if (forDrawing) cum[far * MaxMonths + m] = sum;
                    // Months on assistance m + 1: planned in the coming month if a multiple of k.
                    if (--untilPlanned == 0) due += weight;
                    if (m + 1 < newPlanMonths) young += weight;
                }
                if (forDrawing) for (; m < MaxMonths; m++) cum[far * MaxMonths + m] = sum;
            }
            carried[c] = sum;
            dueShare[c] = sum > 0 ? due / sum : 0;
            youngShare[c] = sum > 0 ? young / sum : 0;
            for (int i = 0; i < cum.Length; i++) cum[i] = sum > 0 ? cum[i] / sum : 1;
        }
        for (int c = 0; c < Classes; c++) CarriedMonthsPerSpell += classShare[c] * carried[c];
        for (int c = 0; c < Classes; c++) StockShare[c] = CarriedMonthsPerSpell > 0 ? classShare[c] * carried[c] / CarriedMonthsPerSpell : 0;
    }

    /// <summary>
    /// Households carried over a month end per spell started a month: in a steady state the day-0 stock is
    /// this × the spells starting each month.
    /// </summary>
    public double CarriedMonthsPerSpell { get; }

    /// <summary>Share of the stock in each weight class (a class met more often leaves sooner).</summary>
    public double[] StockShare { get; } = new double[Classes];

    /// <summary>
    /// Share of the class's stock with a meeting planned in the first month: those whose months on assistance
    /// are a multiple of the class's interval (the meeting falls every that many months from the decision).
    /// </summary>
    public double ShareDue(WeightClass c) => dueShare[(int)c];

    /// <summary>Share of the class's stock still in the first months of its spell, when a new plan raises the contact need.</summary>
    public double ShareNewPlan(WeightClass c) => youngShare[(int)c];

    /// <summary>
    /// Sets the class, distance and months on assistance (at least 1): one uniform for the class (by the
    /// stock's class shares) and one for the rest, from the household's stream.
    /// </summary>
    public void Draw(Household h)
    {
        ref var r = ref h.Random;
        double uClass = r.NextDouble(), u = r.NextDouble();
        var c = uClass < StockShare[0] ? WeightClass.Enkel : uClass < StockShare[0] + StockShare[1] ? WeightClass.Medel : WeightClass.Tung;
        var cum = cumulative[(int)c];
        int i = Array.BinarySearch(cum, u);
        if (i < 0) i = ~i;
        i = Math.Min(i, cum.Length - 1);
        h.Weight = c;
        h.FarFromLabourMarket = i >= MaxMonths;
        h.MonthsOnAssistance = i % MaxMonths + 1;
    }
}
