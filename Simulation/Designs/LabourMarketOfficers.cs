using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Labour-market officers without a krets (Ale, S002: two of the unit's fifteen, to whom "i stort alla personer utan jobb
/// remitteras"). The officers hold no caseload; at each month start, their hours for the month — their non-vacation
/// working days × a day's hours × the share spent with clients — are spent on households near the labour market (the
/// job-seeking), taken round the unit from a point that moves every month, HoursPerClientPerMonth each. Those households
/// are met this month (the meeting effect on exits, ODD §7.10), and their contact need leaves their krets holder's
/// month (the officer holds it), so the krets caseworker's hours go to the others. Sick days are not foreseen: the
/// month's meetings are taken as held (a simplification).
/// </summary>
internal sealed class LabourMarketOfficers(LabourMarketOfficersParameters p) : IPostDesign, IMonthlyDesign
{
    private UnitSimulation unit = null!;
    private Caseworker[] officers = [];

    public void ShapePosts(PostPlan plan) => plan.Add(PostRole.LabourMarket, p.Officers, 1.0, p.MeanExperienceMonths);

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        officers = [.. unit.Posts.Where(c => c.Role == PostRole.LabourMarket)];
    }

    public void MonthPlanned(int month)
    {
        var calendar = unit.Calendar;
        var s = unit.Parameters.Staff;
        int first = calendar.MonthStart(month), last = calendar.MonthEnd(month);
        double hours = 0;
        foreach (var o in officers)
        {
            if (!o.Filled) continue;
            int days = 0;
            for (int d = first; d <= last; d++)
            {
                if (!calendar.IsWorkingDay(d)) continue;
                var date = calendar.DateOf(d);
                if (!o.OnVacation(date.Year, date.DayOfYear - 1)) days++;
            }
            hours += days * unit.WorkDay.AvailableHours(o, first) * p.ClientTimeShare / (1 + s.DocumentationPerClientHour);
        }
        int clients = (int)Math.Floor(hours / p.HoursPerClientPerMonth);
        if (clients <= 0) return;
        var posts = unit.Posts;
        int n = posts.Count, start = (int)((long)month * 7919 % n);
        // Round the krets posts, a household at a time from each, so the referrals spread over the unit.
        for (int round = 0; clients > 0 && round < 10_000; round++)
        {
            bool any = false;
            for (int k = 0; k < n && clients > 0; k++)
            {
                var c = posts[(start + k) % n];
                if (!c.HoldsCaseload || round >= c.CaseloadCount) continue;
                any = true;
                var h = unit.HouseholdAt(c.Caseload[(MeetingPlan.RotationStart(month, c.Slot, c.CaseloadCount) + round) % c.CaseloadCount]);
                if (h.FarFromLabourMarket || h.MetThisMonth) continue;
                h.MetThisMonth = true;
                c.NeedPlanned = Math.Max(0, c.NeedPlanned - h.NeedHours);
                c.ExtraNeedRemaining = Math.Max(0, c.ExtraNeedRemaining - h.NeedHours);
                clients--;
            }
            if (!any) break;
        }
    }
}
