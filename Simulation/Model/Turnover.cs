using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Resignation (MODEL.md §3.9): a daily hazard, log-linear in strain between the base rate (strain 0)
/// and the high-strain rate (strain 1), times a multiplier when disengaged — Stahlschmidt's turnover
/// loop (PUB) — plus a part that does not depend on strain: the region's pull and early-career moves (<see cref="CareerMoves"/>). The resigning caseworker works out the notice period; the post then stands vacant
/// until the recruitment lead time has passed.
/// </summary>
internal sealed class Turnover
{
    private readonly TurnoverParameters p;
    private readonly CareerMoves careerMoves;
    private readonly double dailyProbabilityBound;

    public Turnover(TurnoverParameters parameters)
    {
        p = parameters;
        careerMoves = new CareerMoves(parameters);
        // No holder with strain in [0, 1] resigns with a higher daily probability than this; the margin
        // is far above rounding, so skipping the evaluation above it never changes a draw's outcome.
        double highest = Math.Max(p.BaseResignationPercentPerYear, p.HighStrainResignationPercentPerYear) / 100
                         * Math.Max(1, p.DisengagedMultiplier) + careerMoves.MaxRatePerYear;
        dailyProbabilityBound = 1 - Math.Exp(-highest / Calendar.WorkingDaysPerYear) + 1e-12;
    }

    public int NoticeDays => Math.Max(1, (int)Math.Round(p.NoticeMonths * Calendar.DaysPerMonth));
    public int LeadDays => Math.Max(1, (int)Math.Round(p.RecruitmentLeadMonths * Calendar.DaysPerMonth));

    /// <summary>The strain-driven rate (×the disengaged multiplier) plus the strain-independent one (<see cref="CareerMoves"/>).</summary>
    public double RatePerYear(Caseworker c, int day)
    {
        double low = p.BaseResignationPercentPerYear / 100, high = p.HighStrainResignationPercentPerYear / 100;
        double rate = low > 0 && high > 0 ? low * Math.Pow(high / low, c.Strain) : low + (high - low) * c.Strain;
        if (c.Disengaged) rate *= p.DisengagedMultiplier;
        return rate + careerMoves.RatePerYear(c.ExperienceMonths(day));
    }

    /// <summary>
    /// One uniform per filled post and working day, used or not (stream alignment). A design may scale
    /// the rate (mentored newcomers resign less); the baseline factor is exactly 1.
    /// </summary>
    public bool DrawResignation(Caseworker c, int day, double factor = 1.0)
    {
        double u = c.Random.NextDouble();
        if (c.InNotice || c.IsCover) return false;
        // Hot path: on almost every day the uniform is above any possible probability, and pow/exp cost
        // most. The bound holds for design factors up to 1 (designs only lower the rate).
        if (factor <= 1 && u >= dailyProbabilityBound && c.Strain is >= 0 and <= 1) return false;
        return u < 1 - Math.Exp(-RatePerYear(c, day) * factor / Calendar.WorkingDaysPerYear);
    }
}
