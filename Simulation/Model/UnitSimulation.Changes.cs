using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Changes at a date (UnitParameters.Changes): each acts from the first moment of its day (at the end of the day
/// before, or after the initial state for day 0), before any of the day's applications arrive and its work, on
/// the run's own state — the unit as the run has made it, not a new steady state. Posts a change adds exist
/// from construction (after every other post, so every other post keeps its slot and random streams) but are
/// not in use before their day and draw nothing: a run with a change is the run without it up to that day,
/// number for number (common random numbers). Households keep their caseworker unless the change moves them.
/// </summary>
public sealed partial class UnitSimulation
{
    /// <summary>A change and the day it acts on; with the first slot of the posts it adds, per post entry.</summary>
    private sealed record DatedChange(int Day, UnitChange Change, int[] FirstSlots);

    private DatedChange[] changes = [];
    private int nextChange;
    private InflowLevel? inflowLevel;
    private bool consultantCover;

    /// <summary>The day a change acts from: its date's day, or its month's first day.</summary>
    public static int DayOf(UnitChange change, Calendar calendar) =>
        change.Date is { } date ? date.DayNumber - calendar.Start.DayNumber
        : change.Month is { } m && m >= calendar.Months ? calendar.Days
        : calendar.MonthStart(change.Month ?? 0);

    /// <summary>Lays out the changes in day order (stable) and adds the posts they will establish to the plan.</summary>
    private void PlanChanges(Designs.PostPlan plan)
    {
        consultantCover = Parameters.Turnover.ConsultantCoverForVacancies;
        var dated = Parameters.Changes
            .Select((c, i) => (Day: DayOf(c, Calendar), Index: i, Change: c))
            .Where(c => c.Day >= 0 && c.Day < Calendar.Days)
            .OrderBy(c => c.Day).ThenBy(c => c.Index)
            .ToList();
        changes = new DatedChange[dated.Count];
        for (int k = 0; k < dated.Count; k++)
        {
            var c = dated[k].Change;
            var slots = new int[c.Posts.Count];
            for (int j = 0; j < c.Posts.Count; j++)
            {
                var post = c.Posts[j];
                slots[j] = post.Add > 0 ? plan.AddLater(post.Add, post.Fte, post.Contract == "consultant") : -1;
            }
            changes[k] = new DatedChange(dated[k].Day, c, slots);
        }
        foreach (var d in changes)
        {
            if (d.Change.Inflow is not { } flow) continue;
            inflowLevel ??= new InflowLevel(inflow, Calendar, Streams);
            inflowLevel.Add(d.Day, flow.Factor, flow.Months);
        }
    }

    /// <summary>Applies the changes of <paramref name="day"/> (and any before it not yet applied).</summary>
    private void ApplyChanges(int day)
    {
        while (nextChange < changes.Length && changes[nextChange].Day <= day)
        {
            var d = changes[nextChange++];
            int at = d.Day;
            var c = d.Change;
            for (int j = 0; j < c.Posts.Count; j++)
            {
                var post = c.Posts[j];
                if (post.Add > 0) OpenPosts(d.FirstSlots[j], post, at);
                if (post.Remove > 0) ClosePosts(post.Remove, at);
            }
            if (c.ConsultantCover is { } cover) consultantCover = cover;
            if (c.Designs is { } next)
            {
                designs.Switch(this, next);
                allocation = designs.Rule ?? roundRobin;
            }
            if (c.Inflow is { } flow) inflow.SetMix(flow.ShareEnkel, flow.ShareTung, flow.ShareFarFromLabourMarket);
            if (c.BenefitPerHouseholdMonth is { } benefit)
                households.SetBenefit(benefit);
            if (c.SalaryPerMonth is { } salary) costs.SetSalary(salary);
        }
    }

    /// <summary>New posts: in use from today, vacant until the recruit starts after the lead time, then on the introduction ramp.</summary>
    private void OpenPosts(int firstSlot, PostChange post, int day)
    {
        for (int k = 0; k < post.Add; k++)
        {
            var c = posts[firstSlot + k];
            c.InUse = true;
            c.HireGraduate = post.Experience switch { "newGraduate" => true, "experienced" => false, _ => null };
            int lead = c.ConsultantPost ? (int)Math.Round(Parameters.Turnover.ConsultantStartDays) : turnover.LeadDays;
            c.PendingHireDay = day + Math.Max(1, lead);
            Scheduler.ScheduleAt(c.PendingHireDay + StartOffset, onHire, c.Slot);
        }
    }

    /// <summary>
    /// Removes the last generalist posts in use: a holder leaves today (redeployed, not a resignation), the krets and
    /// waiting work go round the colleagues; a vacant post simply closes and its pending hire is called off.
    /// </summary>
    private void ClosePosts(int count, int day)
    {
        for (int i = posts.Length - 1; i >= 0 && count > 0; i--)
        {
            var c = posts[i];
            if (!c.InUse || c.Role != PostRole.Generalist) continue;
            count--;
            if (c.Filled)
            {
                c.Filled = false;
                c.InNotice = false;
                c.Presence = Presence.Vacant;
                c.SickUntilDay = 0;
                c.Disengaged = false;
                staffLeft++;
            }
            c.PendingHireDay = -1;
            caseloads.Spread(c);
            c.InUse = false;
        }
    }

    /// <summary>The path's arrival now, unless an inflow factor below 1 drops it.</summary>
    private bool ArrivalDropped() => inflowLevel is { } level && level.Drops(Now);

    private void ScheduleNextExtraArrival()
    {
        if (inflowLevel is not { } level) return;
        double t = level.NextExtraArrival(Now);
        if (t < Calendar.Days) Scheduler.ScheduleAt(t, onExtraArrival);
    }

    private void OnExtraArrival(int unused)
    {
        // Numbered apart from the path's households, so those keep their numbers and streams.
        var h = households.NewExtra();
        inflow.DrawAttributes(h, inflow.PathAtTime(Now));
        Apply(h);
        ScheduleNextExtraArrival();
    }
}
