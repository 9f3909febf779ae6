using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Resignation (MODEL.md §3.9): a daily hazard, log-linear in strain between the base rate (strain 0)
/// and the high-strain rate (strain 1), times a multiplier when disengaged — Stahlschmidt's turnover
/// loop (PUB). The resigning caseworker works out the notice period; the post then stands vacant
/// until the recruitment lead time has passed.
/// </summary>
internal sealed class Turnover
{
    private readonly TurnoverParameters p;

    public Turnover(TurnoverParameters parameters) => p = parameters;

    public int NoticeDays => Math.Max(1, (int)Math.Round(p.NoticeMonths * Calendar.DaysPerMonth));
    public int LeadDays => Math.Max(1, (int)Math.Round(p.RecruitmentLeadMonths * Calendar.DaysPerMonth));

    public double RatePerYear(Caseworker c)
    {
        double low = p.BaseResignationPercentPerYear / 100, high = p.HighStrainResignationPercentPerYear / 100;
        double rate = low > 0 && high > 0 ? low * Math.Pow(high / low, c.Strain) : low + (high - low) * c.Strain;
        return c.Disengaged ? rate * p.DisengagedMultiplier : rate;
    }

    /// <summary>
    /// One uniform per filled post and working day, used or not (stream alignment). A design may scale
    /// the rate (mentored newcomers resign less); the baseline factor is exactly 1.
    /// </summary>
    public bool DrawResignation(Caseworker c, double factor = 1.0)
    {
        double u = c.Random.NextDouble();
        if (c.InNotice || c.IsCover) return false;
        return u < 1 - Math.Exp(-RatePerYear(c) * factor / Calendar.WorkingDaysPerYear);
    }
}
