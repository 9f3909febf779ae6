using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Designs;

/// <summary>
/// Designs say who decides a krets's re-applications before any is charged (ReapplicationRoute), and the monthly cycle
/// charges each part once, to the post that will work it: never the whole krets first and a refund after.
/// </summary>
[TestFixture]
public class ReapplicationRoutingTests
{
    private const double Years = 2;

    [Test]
    public void The_payment_side_wins_over_meetings_whatever_the_order_of_asking()
    {
        var handler = new Caseworker(9, 1.0, consultantPost: false, PostRole.Payment);
        var fasFirst = new ReapplicationRoute(50);
        fasFirst.BookInMeetings(40);
        fasFirst.ToPaymentSide(15, 0.75, handler);
        var splitFirst = new ReapplicationRoute(50);
        splitFirst.ToPaymentSide(15, 0.75, handler);
        splitFirst.BookInMeetings(40);
        foreach (var route in new[] { fasFirst, splitFirst })
        {
            Assert.That(route.InMeetings, Is.Zero, "a krets the payment side took books none into meetings");
            Assert.That(route.Manual, Is.EqualTo(35), "the rest of the krets, worked by hand");
            Assert.That(route.ManualTo, Is.SameAs(handler));
            Assert.That(route.CheckHours, Is.EqualTo(0.75));
        }

        var meetingsOnly = new ReapplicationRoute(30);
        meetingsOnly.BookInMeetings(20);
        meetingsOnly.BookInMeetings(25);
        Assert.That(meetingsOnly.InMeetings, Is.EqualTo(25), "two meeting designs book the larger count");
        meetingsOnly.BookInMeetings(40);
        Assert.That(meetingsOnly.InMeetings, Is.EqualTo(30), "never more than the krets");
        Assert.That(meetingsOnly.Manual, Is.Zero);
        Assert.That(meetingsOnly.ManualTo, Is.Null, "without a payment side the krets's own post works them");

        var twice = new ReapplicationRoute(10);
        twice.ToPaymentSide(3, 0, null);
        Assert.Throws<InvalidOperationException>(() => twice.ToPaymentSide(3, 0, null));
    }

    [Test]
    public void Without_designs_every_post_is_charged_its_whole_krets_once_and_the_counters_what_was_charged()
    {
        var p = UnitModelTestsSmall();
        var (sim, charges) = Run(p);
        double r = p.Work.ReapplicationHours, delta = sim.DocumentationFactor;
        Assert.That(charges, Is.Not.Empty);
        foreach (var ch in charges)
        {
            Assert.That(ch.Late, Is.False);
            Assert.That(ch.To, Is.SameAs(ch.Krets));
            Assert.That(ch.Hours, Is.EqualTo(ch.Households * r));
            Assert.That(ch.Demand, Is.EqualTo(ch.Households * r * delta).Within(1e-12));
        }
        var m = sim.Metrics;
        Assert.That(m.Total(Counter.ReapplicationsSeparate), Is.EqualTo(m.Total(Counter.Reapplications)));
        Assert.That(m.Total(Counter.ReapplicationHours), Is.EqualTo(charges.Sum(c => c.Hours)).Within(1e-9 * m.Total(Counter.ReapplicationHours)));
    }

    [TestCase(0.28)]
    [TestCase(0.60)]   // many leavers: vacant posts book none, households move mid-month
    public void A_fas_post_is_charged_at_the_month_start_only_the_reapplications_not_booked_into_meetings(double resignations)
    {
        // Under the old scheme every post was charged its whole krets (n × hours, and its demand) and FAS then took
        // the booked households' share back out: the month-start charge of a booking post would be n × hours.
        var fas = new FasParameters();
        var p = Small(new DesignParameters(fas), households: 300);
        p = p with { Turnover = p.Turnover with { BaseResignationPercentPerYear = 100 * resignations } };
        var (sim, charges) = Run(p);
        double r = p.Work.ReapplicationHours, delta = sim.DocumentationFactor;
        int booking = 0, partly = 0;
        foreach (var ch in charges.Where(c => !c.Late && c.Krets.HoldsCaseload))
        {
            Assert.That(ch.To, Is.SameAs(ch.Krets), "without a payment split the krets's own post works its re-applications");
            Assert.That(ch.Hours, Is.EqualTo((ch.Households - ch.ExpectedQuota) * r).Within(1e-9), $"month {ch.Month}, post {ch.Krets.Slot}");
            Assert.That(ch.Demand, Is.EqualTo(ch.Hours * delta).Within(1e-9), "demand: the hours with their documentation");
            if (ch.ExpectedQuota > 0) booking++;
            if (ch.ExpectedQuota > 0 && ch.ExpectedQuota < ch.Households) partly++;
        }
        Assert.That(booking, Is.GreaterThan(0), "posts booked households into meetings");
        Assert.That(partly, Is.GreaterThan(0), "and charged the rest of their krets");

        // The counters receive exactly what is charged: the ordinary re-applications (at the month start and late
        // ones at the month end) plus the calculations held in meetings; every re-application is decided once.
        var m = sim.Metrics;
        double ordinary = charges.Sum(c => c.Hours);
        Assert.That(m.Total(Counter.ReapplicationsSeparate) * r, Is.EqualTo(ordinary).Within(1e-9 * ordinary));
        Assert.That(m.Total(Counter.ReapplicationHours), Is.EqualTo(ordinary + m.Total(Counter.ReapplicationsInMeetings) * fas.CalculationMinutes / 60)
            .Within(1e-9 * ordinary));
        Assert.That(m.Total(Counter.ReapplicationsSeparate) + m.Total(Counter.ReapplicationsInMeetings), Is.EqualTo(m.Total(Counter.Reapplications)));
    }

    [Test]
    public void With_a_payment_split_and_fas_the_ekonomihandlaggare_are_charged_the_reapplications_and_the_meetings_are_conversations()
    {
        // The combining rule at the route: the payment side wins. Krets posts are charged none of their re-applications;
        // the ekonomihandläggare the manual ones and the checks; FAS plans every meeting as the conversation alone.
        var split = new PaymentSplitParameters { Ekonomihandlaggare = 2 };
        var fas = new FasParameters();
        var p = Steady(Small(new DesignParameters(fas, split), households: 300));
        var (sim, charges) = Run(p);
        double r = p.Work.ReapplicationHours;
        int checkedPosts = 0;
        foreach (var ch in charges.Where(c => c.Krets.HoldsCaseload && c.Households > 0))
        {
            Assert.That(ch.Late, Is.False, "nothing is booked, so nothing re-applies late");
            Assert.That(ch.To.Role, Is.EqualTo(PostRole.Payment), "the manual part goes to an ekonomihandläggare");
            double automated = ch.Households * split.AutomatedShare;
            double expected = ch.Households * r - automated * r + automated * split.AuditShare * split.AuditHours;
            Assert.That(ch.Hours, Is.EqualTo(expected).Within(1e-9));
            Assert.That(ch.MeetingPlanned, Is.EqualTo(ch.Households * fas.ConversationMinutes / 60 + ch.FollowUp).Within(1e-9),
                "every FAS meeting in the krets is the conversation alone");
            checkedPosts++;
        }
        Assert.That(checkedPosts, Is.GreaterThan(0));
        Assert.That(sim.Metrics.Total(Counter.ReapplicationsInMeetings), Is.Zero);
    }

    [Test]
    public void A_payment_split_without_ekonomihandlaggare_still_takes_the_reapplications_from_the_fas_meetings()
    {
        // The payment side wins even when it has no posts of its own: the automated share is decided automatically, the
        // manual rest and the checks stay with the caseworker, worked the ordinary way — none is decided in a FAS meeting.
        var split = new PaymentSplitParameters { Ekonomihandlaggare = 0 };
        var fas = new FasParameters();
        var p = Steady(Small(new DesignParameters(fas, split), households: 300));
        var (sim, charges) = Run(p);
        double r = p.Work.ReapplicationHours;
        var kretsar = charges.Where(c => c.Krets.HoldsCaseload && c.Households > 0).ToList();
        Assert.That(kretsar, Is.Not.Empty);
        foreach (var ch in kretsar)
        {
            Assert.That(ch.To, Is.SameAs(ch.Krets), "no ekonomihandläggare: the krets's own post works them");
            double automated = ch.Households * split.AutomatedShare;
            Assert.That(ch.Hours, Is.EqualTo(ch.Households * r - automated * r + automated * split.AuditShare * split.AuditHours).Within(1e-9));
            Assert.That(ch.MeetingPlanned, Is.EqualTo(ch.Households * fas.ConversationMinutes / 60 + ch.FollowUp).Within(1e-9));
        }
        Assert.That(sim.Metrics.Total(Counter.ReapplicationsInMeetings), Is.Zero);
        Assert.That(sim.Metrics.Total(Counter.ReapplicationsSeparate), Is.EqualTo(sim.Metrics.Total(Counter.Reapplications)));
    }

    [Test]
    public void Without_a_payment_split_the_quota_meetings_hold_the_calculation()
    {
        var fas = new FasParameters();
        var p = Steady(Small(new DesignParameters(fas), households: 300));
        var (_, charges) = Run(p);
        double full = (fas.CalculationMinutes + fas.ConversationMinutes) / 60, conversation = fas.ConversationMinutes / 60;
        var planned = charges.Where(c => c.Krets.HoldsCaseload && c.ExpectedQuota > 0).ToList();
        Assert.That(planned, Is.Not.Empty);
        foreach (var ch in planned)
            Assert.That(ch.MeetingPlanned, Is.EqualTo(ch.ExpectedQuota * full + (ch.Households - ch.ExpectedQuota) * conversation + ch.FollowUp).Within(1e-9));
    }

    [Test]
    public void Fas_plans_the_meetings_and_labour_market_officers_then_take_their_households_off_the_krets_need()
    {
        // Two designs at the meeting-plan hook, in their order: FAS's plan stands (its meetings, no need beyond it), and
        // the households the officers meet leave the krets's need. Read when the post is charged, just after its plan.
        var fas = new FasParameters();
        var p = Steady(Small(new DesignParameters(fas, new LabourMarketOfficersParameters { Officers = 1 }), households: 300));
        var sim = new UnitSimulation(p, new ModelRun(1, 99, 1));
        int posts = 0, referred = 0;
        sim.Reapplications.Charged = ch =>
        {
            var c = ch.Krets;
            if (ch.Late || !c.HoldsCaseload || c.Caseload.Count == 0) return;
            double need = 0, taken = 0;
            foreach (int slot in c.Caseload)
            {
                var h = sim.HouseholdAt(slot);
                need += h.NeedHours;
                // Every household of the krets was marked not met as the month was planned; only the officers' are met now.
                if (!h.MetThisMonth) continue;
                Assert.That(h.FarFromLabourMarket, Is.False, "officers take the job-seeking households");
                taken += h.NeedHours;
                referred++;
            }
            Assert.That(c.NeedPlanned, Is.EqualTo(Math.Max(0, need - taken)).Within(1e-9), "the officers' households leave the need");
            Assert.That(c.ExtraNeedRemaining, Is.Zero, "FAS leaves no need beyond its plan");
            Assert.That(c.MeetingPlanned, Is.GreaterThanOrEqualTo(c.Caseload.Count * fas.ConversationMinutes / 60 - 1e-9), "FAS's plan: a meeting with every household");
            posts++;
        };
        sim.Execute();
        Assert.That(posts, Is.GreaterThan(0));
        Assert.That(referred, Is.GreaterThan(0), "the officers met households");
    }

    private static UnitParameters UnitModelTestsSmall() => Planner.Simulation.Tests.Model.UnitModelTests.Small();

    /// <summary>A month-start or late charge, with what the test works out for its post independently of the designs.</summary>
    private sealed record Charge(int Month, Caseworker Krets, Caseworker To, double Hours, double Demand, bool Late,
        int Households, int ExpectedQuota, double MeetingPlanned, double FollowUp);

    private static (UnitSimulation Sim, List<Charge> Charges) Run(UnitParameters p)
    {
        var sim = new UnitSimulation(p, new ModelRun(Years, 99, 1));
        var charges = new List<Charge>();
        var fas = p.Designs?.Get<FasParameters>();
        sim.Reapplications.Charged = ch =>
        {
            var c = ch.Krets;
            int n = c.Caseload.Count;
            int quota = ch.Late || fas is null || p.Designs!.Get<PaymentSplitParameters>() is not null ? 0 : Quota(sim, c, ch.Month, fas);
            double followUp = 0;
            if (fas is not null)
                foreach (int slot in c.Caseload)
                    followUp += Math.Max(0, sim.MeetingHours(sim.HouseholdAt(slot).Weight) - (fas.CalculationMinutes + fas.ConversationMinutes) / 60);
            // At the month start the charge is made after the post's plan is set: its meeting plan is the month's.
            charges.Add(new Charge(ch.Month, c, ch.To, ch.Hours, ch.Demand, ch.Late, n, quota, c.MeetingPlanned, followUp));
        };
        sim.Execute();
        return (sim, charges);
    }

    /// <summary>
    /// The households FAS decides in its meetings, from its rule (docs/designs.md §2): the quota, round(meetings × FTE ×
    /// non-vacation working days ÷ working days), at most the krets; none for a vacant post or a holder on a long sick
    /// spell past the due day.
    /// </summary>
    private static int Quota(UnitSimulation sim, Caseworker c, int month, FasParameters fas)
    {
        var calendar = sim.Calendar;
        int first = calendar.MonthStart(month), last = calendar.MonthEnd(month);
        int due = calendar.AddWorkingDays(first - 1, sim.Parameters.Work.ReapplicationDueWorkingDays);
        if (!c.Filled || (c.Presence == Presence.SickLong && c.SickUntilDay > due)) return 0;
        int days = 0;
        for (int d = first; d <= last; d++)
        {
            if (!calendar.IsWorkingDay(d)) continue;
            var date = calendar.DateOf(d);
            if (!c.OnVacation(date.Year, date.DayOfYear - 1)) days++;
        }
        double quota = Math.Round(fas.MeetingsPerWorkerPerMonth * c.Fte * days / Math.Max(1, calendar.WorkingDaysInMonth(month)), MidpointRounding.AwayFromZero);
        return (int)Math.Min(quota, c.Caseload.Count);
    }
}
