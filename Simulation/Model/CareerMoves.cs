using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// The part of the resignation hazard that does not depend on strain (MODEL.md §3.9): the regional labour
/// market's pull — neighbouring employers competing for socionomer, pay (S003) — and career moves in the first
/// years (S003: most socionomer start in the social services and many leave during their career, especially
/// the parts with myndighetsutövning; there is rarely a career path). Added to the strain-driven rate of
/// <see cref="Turnover"/>, so a unit at low strain in a strong labour market still loses staff (S000: Stockholm
/// units at 40–45 cases per worker replace 30–50 % a year).
/// </summary>
internal sealed class CareerMoves
{
    private readonly double pull, early, earlyMonths;

    public CareerMoves(TurnoverParameters p)
    {
        pull = PullPercentPerYear(p) / 100;
        early = p.EarlyCareerPercentPerYear / 100;
        earlyMonths = p.EarlyCareerMonths;
    }

    /// <summary>The region's pull in %/year: the user's figure, or the region's documented default.</summary>
    public static double PullPercentPerYear(TurnoverParameters p) => p.LabourMarketPullPercentPerYear ?? p.Region switch
    {
        // S000: Stockholm units at 40–45 cases per worker replace 30–50 % of staff a year, where the strain-driven
        // rate alone gives about 17 %: 18 points a year ASSUMED for a metropolitan labour market.
        "metropolitan" => 18,
        _ => 0,   // "national": the national figures (SSR/SCB 27–34 %) are what the base rates were set to
    };

    /// <summary>Strain-independent resignations per year of a holder with this much experience (months).</summary>
    public double RatePerYear(double experienceMonths) => pull + (experienceMonths < earlyMonths ? early : 0);

    /// <summary>The largest strain-independent rate any holder has.</summary>
    public double MaxRatePerYear => pull + early;

    /// <summary>
    /// In a steady state: the rate averaged over the staff, the early-career share being the holders hired within the
    /// early-career window at <paramref name="turnoverPerYear"/> — new graduates for earlyCareerMonths, experienced
    /// hires (24 months at hire) for what is left of the window.
    /// </summary>
    public double SteadyRatePerYear(double turnoverPerYear, double newGraduateShare)
    {
        double g = newGraduateShare, t = turnoverPerYear;
        double share = g * (1 - Math.Exp(-t * earlyMonths / 12)) + (1 - g) * (1 - Math.Exp(-t * Math.Max(0, earlyMonths - 24) / 12));
        return pull + early * share;
    }
}
