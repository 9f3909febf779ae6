using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Tests.Model;

/// <summary>Changes at a date: they act from their day on the run's own state, and leave every number before it alone.</summary>
[TestFixture]
public class ChangeTests
{
    private static ReplicationResult Run(UnitParameters p, double years, int replication, ulong seed = 41) =>
        UnitModel.Run(p, new ModelRun(years, seed, replication));

    private static UnitParameters With(UnitParameters p, params UnitChange[] changes) => p with { Changes = changes };

    private static int Column(ReplicationResult r, string name) => r.Monthly.Columns.ToList().IndexOf(name);

    private static double Mean(ReplicationResult r, string column, int fromMonth) =>
        r.Monthly.Rows.Skip(fromMonth).Average(m => m[Column(r, column)]);

    [Test]
    public void Two_posts_from_month_13_leave_months_0_to_12_identical_and_then_lower_strain_and_cases_per_fte()
    {
        var unit = UnitModelTests.Small();
        var changed = With(unit, new UnitChange { Month = 13, Posts = [new PostChange { Add = 2 }] });
        const int replications = 8;
        var strain = new List<double>();
        var cases = new List<double>();
        for (int r = 1; r <= replications; r++)
        {
            var a = Run(unit, 3, r);
            var b = Run(changed, 3, r);
            for (int m = 0; m <= 12; m++)
                Assert.That(b.Monthly.Rows[m], Is.EqualTo(a.Monthly.Rows[m]), $"replication {r}, month {m}");
            Assert.That(b.Monthly.Rows[14], Is.Not.EqualTo(a.Monthly.Rows[14]), "from month 13 the unit has more posts");
            // From month 17 on (the recruits have started after the three months' lead time).
            strain.Add(Mean(b, "strain_mean", 17) - Mean(a, "strain_mean", 17));
            cases.Add(Mean(b, "cases_per_fte", 17) - Mean(a, "cases_per_fte", 17));
        }
        AssertBelowZero(strain, "strain");
        AssertBelowZero(cases, "cases per FTE");
        // Five posts become seven: cases per FTE fall by about two sevenths (less while the newcomers' krets is reduced,
        // a little more as the extra hours turn into meetings and exits: ContactNeed).
        double level = Mean(Run(unit, 3, 1), "cases_per_fte", 17);
        Assert.That(cases.Average() / level, Is.LessThan(-0.15).And.GreaterThan(-2.0 / 7 - 0.08));
    }

    /// <summary>The paired differences' 95 % CI lies below 0.</summary>
    private static void AssertBelowZero(List<double> differences, string what)
    {
        double mean = differences.Average();
        double sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (differences.Count - 1));
        double half = 2.365 * sd / Math.Sqrt(differences.Count);   // t(0.975, 7)
        Assert.That(mean + half, Is.LessThan(0), $"{what}: mean {mean}, half-width {half}");
    }

    [Test]
    public void The_added_posts_are_recruited_after_the_lead_time_and_start_their_introduction()
    {
        var unit = UnitModelTests.Small();
        var changed = With(unit, new UnitChange { Month = 6, Posts = [new PostChange { Add = 2, Experience = "newGraduate" }] });
        var sim = new UnitSimulation(changed, new ModelRun(1.5, 41, 1));
        var r = sim.Execute();
        var added = sim.Posts.Skip(5).Take(2).ToList();
        Assert.That(added, Has.Count.EqualTo(2));
        int monthSix = sim.Calendar.MonthStart(6);
        int lead = (int)Math.Round(unit.Turnover.RecruitmentLeadMonths * Calendar.DaysPerMonth);
        foreach (var c in added)
        {
            Assert.That(c.InUse, Is.True);
            if (c.Generation == 1)
            {
                Assert.That(c.StartDay, Is.EqualTo(monthSix + lead), "the recruit starts after the lead time");
                Assert.That(c.ExperienceAtStart, Is.EqualTo(0), "a new graduate, as the change said");
            }
        }
        // Vacant from month 6 until the recruits start: the vacancy shows in those months only.
        int vacant = Column(r, "vacant_posts");
        Assert.That(r.Monthly.Rows[7][vacant], Is.GreaterThanOrEqualTo(1.9), "two new posts wait for their recruits");
        var c0 = new UnitSimulation(unit, new ModelRun(1.5, 41, 1)).Execute();
        for (int m = 0; m < 6; m++) Assert.That(r.Monthly.Rows[m], Is.EqualTo(c0.Monthly.Rows[m]));
        Assert.That(r.Conservation.StaffInitial + r.Conservation.StaffHired,
            Is.EqualTo(r.Conservation.StaffEmployedAtEnd + r.Conservation.StaffLeft));
    }

    [Test]
    public void Removed_posts_hand_their_krets_to_colleagues_and_raise_cases_per_fte()
    {
        var unit = UnitModelTests.Small();
        var changed = With(unit, new UnitChange { Month = 6, Posts = [new PostChange { Remove = 1 }] });
        var sim = new UnitSimulation(changed, new ModelRun(1, 41, 1));
        var r = sim.Execute();
        var a = Run(unit, 1, 1);
        for (int m = 0; m < 6; m++) Assert.That(r.Monthly.Rows[m], Is.EqualTo(a.Monthly.Rows[m]));
        Assert.That(sim.Posts[4].InUse, Is.False);
        Assert.That(sim.Posts[4].Caseload, Is.Empty, "the krets went round the colleagues");
        Assert.That(Mean(r, "cases_per_fte", 6), Is.GreaterThan(Mean(a, "cases_per_fte", 6) * 1.15));
        var k = r.Conservation;
        Assert.That(k.HouseholdsInitial + k.HouseholdsArrived, Is.EqualTo(k.HouseholdsActiveAtEnd + k.HouseholdsInIntakeAtEnd + k.HouseholdsExited));
        Assert.That(k.StaffInitial + k.StaffHired, Is.EqualTo(k.StaffEmployedAtEnd + k.StaffLeft));
    }

    [Test]
    public void A_design_switched_on_at_a_date_acts_only_from_that_date()
    {
        // The reference reports the design figures too (an empty designs block), so both have the same counters.
        var unit = UnitModelTests.Small() with { Designs = new DesignParameters() };
        var fas = new FasParameters();
        var changed = With(unit, new UnitChange { Month = 12, Designs = new DesignParameters(fas) });
        var fromStart = unit with { Designs = new DesignParameters(fas) };
        for (int r = 1; r <= 3; r++)
        {
            var a = Run(unit, 2, r);
            var b = Run(changed, 2, r);
            for (int m = 0; m < 12; m++) Assert.That(b.Monthly.Rows[m], Is.EqualTo(a.Monthly.Rows[m]), $"replication {r}, month {m}");
            // From month 12 the unit meets its households as FAS does: far more meetings than without, as many as FAS from day 0.
            double without = Mean(a, "meetings", 13), with = Mean(b, "meetings", 13), always = Mean(Run(fromStart, 2, r), "meetings", 13);
            Assert.That(with, Is.GreaterThan(without * 1.3), $"replication {r}");
            Assert.That(with, Is.EqualTo(always).Within(0.15 * always), $"replication {r}");
            Assert.That(b.Values[Fas.QuotaAttainment], Is.GreaterThan(0));
        }
        // Switched off again at month 18: the meetings fall back.
        var offAgain = With(unit, new UnitChange { Month = 12, Designs = new DesignParameters(fas) },
            new UnitChange { Month = 18, Designs = new DesignParameters() });
        var o = Run(offAgain, 2, 1);
        var plain = Run(unit, 2, 1);
        double late = o.Monthly.Rows.Skip(19).Average(m => m[Column(o, "meetings")]);
        double fasMonths = o.Monthly.Rows.Skip(13).Take(5).Average(m => m[Column(o, "meetings")]);
        Assert.That(late, Is.LessThan(fasMonths * 0.8));
        Assert.That(late, Is.EqualTo(Mean(plain, "meetings", 19)).Within(0.3 * Mean(plain, "meetings", 19)));
    }

    [Test]
    public void Inflow_changes_keep_the_arrivals_before_their_day_and_scale_those_after()
    {
        var unit = UnitModelTests.Small();
        var up = With(unit, new UnitChange { Month = 12, Inflow = new InflowChange { Factor = 1.5 } });
        var down = With(unit, new UnitChange { Month = 12, Inflow = new InflowChange { Factor = 0.5 } });
        var wave = With(unit, new UnitChange { Month = 12, Inflow = new InflowChange { Factor = 2, Months = 3 } });
        double sumA = 0, sumUp = 0, sumDown = 0, waveIn = 0, waveAfter = 0, baseIn = 0, baseAfter = 0;
        for (int r = 1; r <= 4; r++)
        {
            var a = Run(unit, 2, r);
            var u = Run(up, 2, r);
            var d = Run(down, 2, r);
            var w = Run(wave, 2, r);
            for (int m = 0; m < 12; m++)
            {
                Assert.That(u.Monthly.Rows[m], Is.EqualTo(a.Monthly.Rows[m]));
                Assert.That(d.Monthly.Rows[m], Is.EqualTo(a.Monthly.Rows[m]));
            }
            int col = Column(a, "new_applications");
            sumA += a.Monthly.Rows.Skip(12).Sum(m => m[col]);
            sumUp += u.Monthly.Rows.Skip(12).Sum(m => m[col]);
            sumDown += d.Monthly.Rows.Skip(12).Sum(m => m[col]);
            waveIn += w.Monthly.Rows.Skip(12).Take(3).Sum(m => m[col]);
            baseIn += a.Monthly.Rows.Skip(12).Take(3).Sum(m => m[col]);
            waveAfter += w.Monthly.Rows.Skip(18).Sum(m => m[col]);
            baseAfter += a.Monthly.Rows.Skip(18).Sum(m => m[col]);
        }
        // New applications include re-entries, which follow the stock: the first applications (≈ 2/3) scale.
        Assert.That(sumUp / sumA, Is.GreaterThan(1.2));
        Assert.That(sumDown / sumA, Is.LessThan(0.8));
        Assert.That(waveIn / baseIn, Is.GreaterThan(1.4), "the wave doubles first applications for three months");
        Assert.That(waveAfter / baseAfter, Is.LessThan(1.25), "and then the inflow goes back");
    }

    [Test]
    public void A_new_case_mix_holds_for_the_households_that_arrive_from_its_day()
    {
        var unit = UnitModelTests.Small();
        var changed = With(unit, new UnitChange { Month = 6, Inflow = new InflowChange { ShareEnkel = 0, ShareTung = 1 } });
        var sim = new UnitSimulation(changed, new ModelRun(1, 41, 1));
        var firstMonth = new Dictionary<int, (int Month, WeightClass Weight)>();
        sim.HouseholdMonthCounted = (month, h) => firstMonth.TryAdd(h.Id, (month, h.Weight));
        sim.Execute();
        // Households are numbered as they arrive: those first on the books before the change set the mark.
        int lastBefore = firstMonth.Where(f => f.Value.Month < 6).Max(f => f.Key);
        int lastOfMonthZero = firstMonth.Where(f => f.Value.Month == 0).Max(f => f.Key);
        var before = firstMonth.Where(f => f.Value.Month is >= 1 and < 6 && f.Key > lastOfMonthZero).Select(f => f.Value.Weight).ToList();
        var after = firstMonth.Where(f => f.Key > lastBefore && f.Value.Month >= 7).Select(f => f.Value.Weight).ToList();
        Assert.That(before, Has.Count.GreaterThan(20));
        Assert.That(before.Count(w => w != WeightClass.Tung), Is.GreaterThan(before.Count / 2), "the file's mix before the change");
        Assert.That(after, Is.Not.Empty.And.All.EqualTo(WeightClass.Tung), "every household arriving from month 6 is tung");
    }

    [Test]
    public void Benefit_pay_and_consultant_cover_change_from_their_day()
    {
        var unit = UnitModelTests.Small();
        var changed = With(unit, new UnitChange
        {
            Month = 6, BenefitPerHouseholdMonth = unit.Costs.BenefitPerHouseholdMonth * 1.1, SalaryPerMonth = unit.Costs.SalaryPerMonth * 1.2,
        });
        var a = Run(unit, 1, 1);
        var b = Run(changed, 1, 1);
        for (int m = 0; m < 6; m++) Assert.That(b.Monthly.Rows[m], Is.EqualTo(a.Monthly.Rows[m]));
        var y = b.Yearly[0].Values;
        Assert.That(y[YearlyCatalogue.BenefitPerHouseholdMonth], Is.GreaterThan(unit.Costs.BenefitPerHouseholdMonth * 1.03)
            .And.LessThan(unit.Costs.BenefitPerHouseholdMonth * 1.07), "half the year at +10 %");
        Assert.That(b.Values[MetricCatalogue.StaffCostPerYear], Is.GreaterThan(a.Values[MetricCatalogue.StaffCostPerYear] * 1.05));

        // A design's own posts are paid at the changed pay too.
        var team = unit with { Designs = new Planner.Simulation.Designs.DesignParameters(new Planner.Simulation.Designs.BeredskapsteamParameters { Members = 1 }) };
        var teamChanged = With(team, new UnitChange { Month = 0, SalaryPerMonth = unit.Costs.SalaryPerMonth * 1.2 });
        double posts = Run(team, 1, 1).Values[Planner.Simulation.Designs.DesignMeasurements.DesignPostsCostPerYear];
        double postsChanged = Run(teamChanged, 1, 1).Values[Planner.Simulation.Designs.DesignMeasurements.DesignPostsCostPerYear];
        Assert.That(posts, Is.GreaterThan(0));
        Assert.That(postsChanged, Is.EqualTo(posts * 1.2).Within(0.001 * posts), "the team's cost at the pay from day 0");

        var covered = With(unit with { Turnover = unit.Turnover with { BaseResignationPercentPerYear = 60 } },
            new UnitChange { Month = 6, ConsultantCover = true });
        var cr = Run(covered, 2, 2);
        int consultants = Column(cr, "consultant_fte");
        Assert.That(cr.Monthly.Rows.Take(6).Sum(m => m[consultants]), Is.EqualTo(0), "no cover before the change");
        Assert.That(cr.Monthly.Rows.Skip(6).Sum(m => m[consultants]), Is.GreaterThan(0));
    }
}
