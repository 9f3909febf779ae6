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
        double rate = StrainRatePerYear(p, c.Strain);
        if (c.Disengaged) rate *= p.DisengagedMultiplier;
        return rate + careerMoves.RatePerYear(c.ExperienceMonths(day));
    }

    /// <summary>
    /// Resignations per year driven by strain: log-linear from the base rate (strain 0) to the high-strain rate
    /// (strain 1), linear where either is 0. With <paramref name="spread"/> &gt; 0 it is the mean over a strain
    /// spread normally with that standard deviation around <paramref name="strain"/> (the steady start's typical
    /// caseworker, <see cref="SteadyStart"/>): the log-linear rate's mean lies exp(k²σ²/2) above its value at the
    /// mean, added to the exponent; the linear rate's mean is its value at the mean.
    /// </summary>
    public static double StrainRatePerYear(TurnoverParameters p, double strain, double spread = 0)
    {
        double low = p.BaseResignationPercentPerYear / 100, high = p.HighStrainResignationPercentPerYear / 100;
        if (!(low > 0 && high > 0)) return low + (high - low) * strain;
        // The run's rate is low × (high/low)^strain, as the model has always computed it (pow and exp(k × strain) can
        // differ in the last bit); the steady start's mean over a spread needs the exponent form.
        if (!(spread > 0)) return low * Math.Pow(high / low, strain);
        double k = Math.Log(high / low);
        return low * Math.Exp(k * strain + k * k * spread * spread / 2);
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
