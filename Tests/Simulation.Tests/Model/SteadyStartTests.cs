using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Tests.Model;

/// <summary>The run starts from the unit's steady state (ODD §5): the stock's mix, the pipeline, the returns, the staff.</summary>
[TestFixture]
public class SteadyStartTests
{
    /// <summary>Exits at a constant hazard h, nothing else acting on them.</summary>
    private static UnitParameters ConstantHazard(double h) =>
        UnitModelTests.Small() with
        {
            Exits = new ExitParameters
            {
                BaseHazardNear = h, BaseHazardFar = h, DurationDecay = 0, MeetingEffect = 0, OverloadPenalty = 0,
                HandoverPenalty = 0, RefusalHazard = 0,
            },
        };

    [Test]
    public void The_stock_at_a_constant_hazard_is_geometric_from_one_month()
    {
        // Survival through m month ends is (1 − h)^m: a spell carries Σ_{m≥1} (1 − h)^m = (1 − h)/h households over
        // a month end, and a household of the stock has a geometric number of months, m ≥ 1, with mean 1/h.
        const double h = 0.2;
        var p = ConstantHazard(h);
        var factors = Enumerable.Repeat(1.0, InitialStock.MaxMonths).ToArray();
        var stock = new InitialStock(p, _ => int.MaxValue, factors, heldWhenPlanned: 1, crowding: 1, handoversPerYear: 0);
        Assert.That(stock.CarriedMonthsPerSpell, Is.EqualTo((1 - h) / h).Within(1e-9));
        var streams = new RandomStreams(7, 1);
        var months = Enumerable.Range(0, 20_000).Select(i =>
        {
            var household = new Household(i, streams.GetInline("household", i));
            stock.Draw(household);
            return household.MonthsOnAssistance;
        }).ToArray();
        Assert.That(months.Min(), Is.EqualTo(1), "no household of the stock is in its decision month");
        double mean = months.Average(), sd = Math.Sqrt((1 - h) / (h * h));
        Assert.That(mean, Is.EqualTo(1 / h).Within(4 * sd / Math.Sqrt(months.Length)));
    }

    [Test]
    public void Without_a_mean_experience_the_day_0_staff_hold_the_novices_the_units_turnover_leaves()
    {
        // Twenty posts scaled from the quarter-size unit. Share of staff under 12 months' experience in the first month
        // (the day-0 holders) against its mean over eight years (what turnover leaves): with the steady mix they agree;
        // with an exponential experience of mean 36 months the first month holds 1 − e^(−1/3) ≈ 28 % novices.
        var unit = UnitModelTests.Small(posts: 20, inflowFactor: 4) with { InitialHouseholds = 1000 };
        static double Novices(UnitParameters p, double years, int replications) =>
            Enumerable.Range(1, replications).Average(r => UnitModel.Run(p, new ModelRun(years, 3, r)).Values[MetricCatalogue.ShareUnderOneYear]);
        double longRun = Novices(unit, 8, 6);
        double steadyStart = Novices(unit, 1.0 / 12, 60);
        var explicitMean = unit with { Staff = unit.Staff with { Caseworkers = [unit.Staff.Caseworkers[0] with { MeanExperienceMonths = 36 }] } };
        double explicitStart = Novices(explicitMean, 1.0 / 12, 60);

        // The first month's figure is taken at its end, a month on: about 2 % of the staff pass 12 months in it. And the
        // static balance's turnover is a little below the run's (ODD §5), so the steady start holds a little fewer.
        Assert.That(longRun, Is.InRange(0.10, 0.20), "the baseline's turnover leaves about 15 % novices");
        Assert.That(steadyStart, Is.EqualTo(longRun).Within(0.05));
        Assert.That(explicitStart, Is.EqualTo(1 - Math.Exp(-12.0 / 36)).Within(0.04));
        Assert.That(explicitStart - steadyStart, Is.GreaterThan(0.08), "the old start held far more novices than the run keeps");
        var steady = new SteadyStart(unit, new MeetingPlan(unit.Work), new Exits(unit.Exits), 1.0);
        Assert.That(steadyStart, Is.EqualTo(steady.NoviceShare).Within(0.03));
    }

    [Test]
    public void Classes_met_more_often_leave_sooner_and_are_fewer_in_the_stock()
    {
        // Tung households are planned a meeting every month, enkel ones never: with a meeting effect, the tung
        // share of the stock is below its share of the inflow.
        var p = ConstantHazard(0.2) with { Inflow = new InflowParameters { ShareEnkel = 0.5, ShareTung = 0.5 } };
        p = p with { Exits = p.Exits with { MeetingEffect = 1 } };
        var factors = Enumerable.Repeat(1.0, InitialStock.MaxMonths).ToArray();
        var stock = new InitialStock(p, c => c == WeightClass.Tung ? 1 : int.MaxValue, factors, heldWhenPlanned: 1, crowding: 1, handoversPerYear: 0);
        Assert.That(stock.StockShare[(int)WeightClass.Tung], Is.LessThan(0.5 - 0.1));
        Assert.That(stock.StockShare.Sum(), Is.EqualTo(1).Within(1e-12));
        Assert.That(stock.ShareDue(WeightClass.Tung), Is.EqualTo(1).Within(1e-12));
        Assert.That(stock.ShareDue(WeightClass.Enkel), Is.Zero);
        var everyOther = new InitialStock(p, _ => 2, factors, heldWhenPlanned: 1, crowding: 1, handoversPerYear: 0);
        Assert.That(everyOther.ShareDue(WeightClass.Enkel), Is.InRange(0.3, 0.5), "every other month from the decision");
    }

    [Test]
    public void The_first_months_look_like_the_later_ones()
    {
        // Before, the stock held households in their decision month (a wave of exits in month 0), nobody was
        // waiting to return (a year short of re-applications), no application was under way (a month short of
        // decisions) and strain began at the inherent level. Month 0 to 2 against the second year, 16 replications.
        var p = UnitModelTests.Small();
        var runs = Enumerable.Range(1, 16).Select(r => UnitModel.Run(p, new ModelRun(2, 31, r))).ToList();
        var columns = runs[0].Monthly.Columns.ToList();
        double Mean(string column, int from, int to) =>
            runs.Average(r => Enumerable.Range(from, to - from).Average(m => r.Monthly.Rows[m][columns.IndexOf(column)]));
        // January to March against January to March a year later: the same season.
        foreach (var column in new[] { "exits", "decisions", "new_applications", "households" })
        {
            double first = Mean(column, 0, 3), later = Mean(column, 12, 15);
            Assert.That(first / later, Is.InRange(0.9, 1.1), column);
        }
        // Strain: from the level the load implies, not from the inherent level (which left the first months
        // 0.05–0.1 below the later ones). The start is a little high, since the day-0 staff hold more novices and
        // more of the disengaged than the staff turnover later leaves: within 0.1 above, not below.
        double start = Mean("strain_mean", 0, 1), yearLater = Mean("strain_mean", 12, 13);
        Assert.That(start - yearLater, Is.InRange(-0.03, 0.1), "strain in January against January a year later");
    }

    [Test]
    public void The_initial_staff_carry_the_load_their_share_of_the_caseload_implies()
    {
        // After the first month (the shortest run) the smoothed hours and strain are those of a unit at work,
        // not of an empty one; and a unit with twice the caseload starts, and stays, more strained.
        var p = UnitModelTests.Small();
        var sim = new UnitSimulation(p, new ModelRun(1 / 12.0, 3, 1));
        sim.Execute();
        foreach (var c in sim.Posts.Where(c => c.Filled))
        {
            Assert.That(c.LoadRatio, Is.GreaterThan(0.7), "load ratio");
            Assert.That(c.Strain, Is.GreaterThan(p.Strain.Inherent), "strain above the inherent level at a load above the threshold");
        }
        var more = p with { InitialHouseholds = p.InitialHouseholds * 2 };
        var a = new SteadyStart(p, new MeetingPlan(p.Work), new Exits(p.Exits), 1);
        var b = new SteadyStart(more, new MeetingPlan(more.Work), new Exits(more.Exits), 1);
        Assert.That(b.LoadRatio, Is.GreaterThan(a.LoadRatio * 1.3));
        Assert.That(b.AtWorkStrain, Is.GreaterThan(a.AtWorkStrain + 0.1));
        Assert.That(b.DisengagedShare, Is.GreaterThan(a.DisengagedShare));
    }

    [Test]
    public void The_initial_state_does_not_depend_on_the_designs()
    {
        // Common random numbers: every design starts from the same households and the same staff, those of
        // the unit without designs. Designs that add posts (a beredskapsteam) do not change the unit's state.
        var p = UnitModelTests.Small();
        var with = p with
        {
            Designs = new DesignParameters(new FasParameters(), new BeredskapsteamParameters()),
        };
        var a = new SteadyStart(p, new MeetingPlan(p.Work), new Exits(p.Exits), 1);
        var b = new SteadyStart(with, new MeetingPlan(with.Work), new Exits(with.Exits), 1);
        Assert.That(b.SpellStartsPerMonth, Is.EqualTo(a.SpellStartsPerMonth));
        Assert.That(b.ApplicationsPerMonth, Is.EqualTo(a.ApplicationsPerMonth));
        Assert.That((b.Strain, b.DisengagedShare, b.LongSickShare, b.HandoversPerYear, b.ReentryPool),
            Is.EqualTo((a.Strain, a.DisengagedShare, a.LongSickShare, a.HandoversPerYear, a.ReentryPool)));
        Assert.That(b.Stock.StockShare, Is.EqualTo(a.Stock.StockShare));
        var ra = UnitModel.Run(p, new ModelRun(1 / 12.0, 3, 1));
        var rb = UnitModel.Run(with, new ModelRun(1 / 12.0, 3, 1));
        Assert.That(rb.Conservation.HouseholdsInitial, Is.EqualTo(ra.Conservation.HouseholdsInitial));
    }
}
