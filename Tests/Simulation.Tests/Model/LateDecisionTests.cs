using NUnit.Framework;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Model;

/// <summary>
/// Late decisions under overload (DeadlineWork, Overtime; S002: Ale 1999 at about 118 cases per worker had delayed
/// decisions): deadline work that does not fit in the day and the overtime allowed waits, applications included.
/// </summary>
[TestFixture]
public class LateDecisionTests
{
    /// <summary>Five posts of long experience at <paramref name="casesPerWorker"/> households each, the inflow scaled to keep the caseload.</summary>
    private static UnitParameters AtCaseload(double casesPerWorker)
    {
        var p = UnitModelTests.Small();
        double scale = casesPerWorker * 5 / 250;
        return p with
        {
            InitialHouseholds = (int)Math.Round(casesPerWorker * 5 * 0.9),
            Inflow = p.Inflow with { ApplicationsPerMonth = p.Inflow.ApplicationsPerMonth * scale },
            Staff = p.Staff with { Caseworkers = [new StaffGroup { Count = 5, MeanExperienceMonths = 96 }] },
        };
    }

    [Test]
    public void Decisions_come_later_with_load_and_at_118_cases_the_share_over_8_days_is_several_times_that_at_40()
    {
        const int reps = 6;
        const double years = 2;
        var over8 = new Dictionary<double, double[]>();
        var days = new Dictionary<double, double[]>();
        foreach (double load in new[] { 40.0, 80.0, 118.0 })
        {
            over8[load] = Values(AtCaseload(load), MetricCatalogue.ShareDecisionOver8Days, reps, years, 5);
            days[load] = Values(AtCaseload(load), MetricCatalogue.DaysToDecision, reps, years, 5);
            TestContext.Out.WriteLine($"{load} cases: {days[load].Average():F2} days, {over8[load].Average():P1} over 8 days");
        }
        Assert.That(ClearlyAbove(days[40], days[80]), Is.True, "later at 80 than at 40");
        Assert.That(ClearlyAbove(days[80], days[118]), Is.True, "later at 118 than at 80");
        Assert.That(ClearlyAbove(over8[40], over8[118]), Is.True);
        Assert.That(over8[118].Average(), Is.GreaterThan(3 * over8[40].Average()), "several times the share over 8 days");
    }

    [Test]
    public void Overtime_stays_within_the_monthly_limit_and_less_of_it_makes_decisions_later()
    {
        // A heavy unit with room for 4 h a day: the monthly limit is what binds.
        var heavy = AtCaseload(118);
        var generous = heavy with { Staff = heavy.Staff with { MaxOvertimeHoursPerDay = 4, MaxOvertimeHoursPerMonth = 50 } };
        var tight = heavy with { Staff = heavy.Staff with { MaxOvertimeHoursPerDay = 4, MaxOvertimeHoursPerMonth = 5 } };
        // Totals against the posts' limits (per FTE the vacancies would shrink the denominator).
        static double Overtime(UnitParameters p, int rep)
        {
            var sim = new UnitSimulation(p, new ModelRun(1, 3, rep));
            sim.Execute();
            return sim.Metrics.Total(Counter.OvertimeHours);
        }
        for (int r = 1; r <= 3; r++)
        {
            Assert.That(Overtime(generous, r), Is.GreaterThan(10 * 5 * 12), "the heavy unit would work more than the tight limit");
            Assert.That(Overtime(tight, r), Is.LessThanOrEqualTo(5 * 5 * 12 + 1e-6), "at most 5 h a post and month");
            var yearly = generous with { Staff = generous.Staff with { MaxOvertimeHoursPerYear = 30 } };
            Assert.That(Overtime(yearly, r), Is.LessThanOrEqualTo(30 * 5 + 1e-6), "at most 30 h a post in the calendar year");
        }
        Assert.That(ClearlyAbove(Values(generous, MetricCatalogue.DaysToDecision, 4, 1, 3), Values(tight, MetricCatalogue.DaysToDecision, 4, 1, 3)),
            Is.True, "what does not fit waits");
    }
}
