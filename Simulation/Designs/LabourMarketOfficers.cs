using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Labour-market officers without a krets (Ale, S002: two of the unit's fifteen, to whom "i stort alla personer utan jobb
/// remitteras"). The officers hold no caseload; at each month start, their hours for the month — their non-vacation
/// working days × a day's hours × the share spent with clients — are spent on households near the labour market (the
/// job-seeking), taken round the unit from a point that moves every month, HoursPerClientPerMonth each, chosen before
/// the month is planned. Those households are met this month (the meeting effect on exits, ODD §7.10), and their
/// contact need leaves their krets holder's plan as it is made (the officer holds it), so the krets caseworker's hours
/// go to the others. Sick days are not foreseen: the
/// month's meetings are taken as held (a simplification).
/// </summary>
internal sealed class LabourMarketOfficers(LabourMarketOfficersParameters p) : IPostDesign, IMonthlyDesign
{
    private UnitSimulation unit = null!;
    private Caseworker[] officers = [];
    // By post: the households of its krets referred to the officers this month, in the order they were taken.
    private List<int>[] referred = [];
    private int referredMonth = -1;

    public void ShapePosts(PostPlan plan) => plan.Add(PostRole.LabourMarket, p.Officers, 1.0, p.MeanExperienceMonths);

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        officers = [.. unit.Posts.Where(c => c.Role == PostRole.LabourMarket)];
        referred = [.. unit.Posts.Select(_ => new List<int>())];
    }

    /// <summary>
    /// The month's referrals, chosen once, when the first post's plan is made: after every design's month start (the
    /// mottagning's handovers), so the kretsar are those the month plans, whatever the designs' order.
    /// </summary>
    private void Refer(int month)
    {
        referredMonth = month;
        foreach (var list in referred) list.Clear();
        var calendar = unit.Calendar;
        var s = unit.Parameters.Staff;
        int first = calendar.MonthStart(month), last = calendar.MonthEnd(month);
        double hours = 0;
        foreach (var o in officers)
        {
            if (!o.Filled) continue;
            int days = Vacation.WorkingDaysNotOnVacation(o, calendar, first, last);
            hours += days * unit.WorkDay.AvailableHours(o, first) * p.ClientTimeShare / (1 + s.DocumentationPerClientHour);
        }
        int clients = (int)Math.Floor(hours / p.HoursPerClientPerMonth);
        if (clients <= 0) return;
        var posts = unit.Posts;
        int n = posts.Count, start = (int)((long)month * 7919 % n);
        // Round the krets posts, a household at a time from each, so the referrals spread over the unit; each round
        // takes a household of the krets not yet taken.
        for (int round = 0; clients > 0 && round < 10_000; round++)
        {
            bool any = false;
            for (int k = 0; k < n && clients > 0; k++)
            {
                var c = posts[(start + k) % n];
                if (!c.HoldsCaseload || round >= c.CaseloadCount) continue;
                any = true;
                int slot = c.Caseload[(MeetingPlan.RotationStart(month, c.Slot, c.CaseloadCount) + round) % c.CaseloadCount];
                if (unit.HouseholdAt(slot).FarFromLabourMarket) continue;
                referred[c.Slot].Add(slot);
                clients--;
            }
            if (!any) break;
        }
    }

    /// <summary>The households referred from this krets are the officers' this month: met, and their need leaves the krets's plan.</summary>
    public void PlanMeetings(Caseworker c, int month, in ReapplicationRoute route, ref MonthMeetings plan)
    {
        if (referredMonth != month) Refer(month);
        foreach (int slot in referred[c.Slot])
        {
            var h = unit.HouseholdAt(slot);
            h.MetThisMonth = true;
            plan = plan with
            {
                Need = Math.Max(0, plan.Need - h.NeedHours),
                ExtraNeed = Math.Max(0, plan.ExtraNeed - h.NeedHours),
            };
        }
    }
}
