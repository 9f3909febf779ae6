using Planner.Simulation.Designs;
using Planner.Simulation.Kernel;
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
internal sealed class ChangesAtDates
{
    /// <summary>A change and the day it acts on; with the first slot of the posts it adds, per post entry.</summary>
    private sealed record DatedChange(int Day, UnitChange Change, int[] FirstSlots);

    private readonly DatedChange[] changes;
    private int next;
    private UnitSimulation unit = null!;
    private Staffing staffing = null!;
    private Intake intake = null!;
    private Households households = null!;
    private Costs costs = null!;
    private DesignSet designs = null!;
    private Inflow inflow = null!;

    /// <summary>Lays out the changes in day order (stable), adds the posts they will establish to the plan and the inflow level they set.</summary>
    public ChangesAtDates(IReadOnlyList<UnitChange> planned, Calendar calendar, PostPlan plan, Inflow inflow, RandomStreams streams)
    {
        var dated = planned
            .Select((c, i) => (Day: DayOf(c, calendar), Index: i, Change: c))
            .Where(c => c.Day >= 0 && c.Day < calendar.Days)
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
            InflowLevel ??= new InflowLevel(inflow, calendar, streams);
            InflowLevel.Add(d.Day, flow.Factor, flow.Months);
        }
    }

    /// <summary>The inflow level the changes set (null: none changes the inflow).</summary>
    public InflowLevel? InflowLevel { get; }

    /// <summary>Whether a change is still to come.</summary>
    public bool Pending => next < changes.Length;

    /// <summary>The day a change acts from: its date's day, or its month's first day.</summary>
    public static int DayOf(UnitChange change, Calendar calendar) =>
        change.Date is { } date ? date.DayNumber - calendar.Start.DayNumber
        : change.Month is { } m && m >= calendar.Months ? calendar.Days
        : calendar.MonthStart(change.Month ?? 0);

    /// <summary>The mechanisms the changes act on, once they exist.</summary>
    public void Connect(UnitSimulation unit, Staffing staffing, Intake intake, Households households, Costs costs, DesignSet designs, Inflow inflow)
    {
        this.unit = unit;
        this.staffing = staffing;
        this.intake = intake;
        this.households = households;
        this.costs = costs;
        this.designs = designs;
        this.inflow = inflow;
    }

    /// <summary>Applies the changes of <paramref name="day"/> (and any before it not yet applied).</summary>
    public void Apply(int day)
    {
        while (next < changes.Length && changes[next].Day <= day)
        {
            var d = changes[next++];
            var c = d.Change;
            for (int j = 0; j < c.Posts.Count; j++)
            {
                var post = c.Posts[j];
                if (post.Add > 0) staffing.OpenPosts(d.FirstSlots[j], post, d.Day);
                if (post.Remove > 0) staffing.ClosePosts(post.Remove);
            }
            if (c.ConsultantCover is { } cover) staffing.ConsultantCover = cover;
            if (c.Designs is { } set)
            {
                designs.Switch(unit, set);
                intake.DesignsChanged();
            }
            if (c.Inflow is { } flow) inflow.SetMix(flow.ShareEnkel, flow.ShareTung, flow.ShareFarFromLabourMarket);
            if (c.BenefitPerHouseholdMonth is { } benefit) households.SetBenefit(benefit);
            if (c.SalaryPerMonth is { } salary) costs.SetSalary(salary);
        }
    }
}
