using NUnit.Framework;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Tests.Model;

/// <summary>
/// The formulas a mechanism and the steady start share (each lives once, in its mechanism): the steady start's mean
/// over the strain spread is the mechanism's own rate averaged over a normal spread, and the daily strain update
/// settles at the target the steady start uses.
/// </summary>
[TestFixture]
public class SharedFormulaTests
{
    /// <summary>E[f(s + σZ)] for a standard normal Z, by the trapezoid rule over ±10 σ.</summary>
    private static double MeanOverSpread(Func<double, double> f, double s, double sigma)
    {
        const int n = 20_000;
        double lo = -10, h = 20.0 / n, sum = 0;
        for (int i = 0; i <= n; i++)
        {
            double z = lo + i * h, w = i == 0 || i == n ? 0.5 : 1;
            sum += w * f(s + sigma * z) * Math.Exp(-z * z / 2);
        }
        return sum * h / Math.Sqrt(2 * Math.PI);
    }

    [TestCase(0.2, 0.19)]
    [TestCase(0.5, 0.3)]
    public void Resignation_rate_with_a_spread_is_the_daily_rate_averaged_over_it(double strain, double sigma)
    {
        // Set here, not read from the defaults: the log-linear case (both rates above 0) is the one with a spread term.
        var p = new TurnoverParameters { BaseResignationPercentPerYear = 12, HighStrainResignationPercentPerYear = 45 };
        double atMean = Turnover.StrainRatePerYear(p, strain);
        double averaged = MeanOverSpread(s => Turnover.StrainRatePerYear(p, s), strain, sigma);
        Assert.That(Turnover.StrainRatePerYear(p, strain, sigma), Is.EqualTo(averaged).Within(1e-9).Percent);
        // Log-linear: the mean over the spread lies above the value at the mean.
        Assert.That(averaged, Is.GreaterThan(atMean * 1.001));
    }

    [Test]
    public void A_linear_resignation_rate_averages_to_its_value_at_the_mean()
    {
        var p = new TurnoverParameters { BaseResignationPercentPerYear = 0, HighStrainResignationPercentPerYear = 40 };
        Assert.That(Turnover.StrainRatePerYear(p, 0.3), Is.EqualTo(0.4 * 0.3).Within(1e-12));
        Assert.That(Turnover.StrainRatePerYear(p, 0.3, 0.19), Is.EqualTo(MeanOverSpread(s => Turnover.StrainRatePerYear(p, s), 0.3, 0.19)).Within(1e-9));
    }

    [TestCase(0.2, 0.19)]
    [TestCase(0.6, 0.3)]
    public void Long_sick_spell_rate_with_a_spread_is_the_daily_rate_averaged_over_it(double strain, double sigma)
    {
        // Set here, not read from the defaults: with no strain effect the spread term would be 0 and the check empty.
        var p = new AbsenceParameters { LongSpellStrainEffect = 1.2 };
        double averaged = MeanOverSpread(s => Absence.LongSpellsPerYear(p, s), strain, sigma);
        Assert.That(Absence.LongSpellsPerYear(p, strain, sigma), Is.EqualTo(averaged).Within(1e-9).Percent);
        Assert.That(averaged, Is.GreaterThan(Absence.LongSpellsPerYear(p, strain) * 1.001));
    }

    [TestCase(1.3, false)]
    [TestCase(1.3, true)]
    [TestCase(0.5, false)]
    public void Daily_strain_settles_at_the_target_the_steady_start_uses(double loadRatio, bool novice)
    {
        var p = new StrainParameters();
        var strain = new Strain(p);
        var c = new Caseworker(0, 1.0, consultantPost: false)
        {
            Presence = Presence.Present,
            ExperienceAtStart = novice ? 0 : 60,
            StartDay = 0,
            DemandSmoothed = loadRatio,
            AvailableSmoothed = 1,
        };
        const double relief = 0.03;
        // Updates a day apart for 330 days (over seven recovery times; a novice stays one, under 12 months, throughout).
        for (int day = 1; day <= 330; day++) strain.Update(c, day, relief);
        double target = Strain.Target(p, loadRatio, novice ? 1 : 0, relief);
        Assert.That(c.Strain, Is.EqualTo(target).Within(1e-3));
        if (novice) Assert.That(target, Is.EqualTo(Strain.Target(p, loadRatio, 0, relief) + p.NoviceStrain).Within(1e-12));
        // Away, strain falls to the inherent level less the relief.
        c.Presence = Presence.Vacation;
        for (int day = 331; day <= 800; day++) strain.Update(c, day, relief);
        Assert.That(c.Strain, Is.EqualTo(Strain.AwayTarget(p, relief)).Within(1e-3));
    }

    [Test]
    public void A_full_time_engaged_holder_past_the_ramp_has_the_steady_starts_hours()
    {
        var unit = new UnitParameters();
        var steady = new SteadyStart(unit, new MeetingPlan(unit.Work), new Exits(unit.Exits), 1.0);
        foreach (double fte in new[] { 1.0, 0.75 })
            Assert.That(WorkDay.AvailableHours(unit.Staff, fte, 1, 1), Is.EqualTo(steady.HoursPerDay(fte)).Within(1e-12));
        Assert.That(WorkDay.AvailableHours(unit.Staff, 1, 1, 1), Is.EqualTo(unit.Staff.HoursPerWeek / 5 * (1 - unit.Staff.FixedMeetingShare)).Within(1e-12));
    }
}
