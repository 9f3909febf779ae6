using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// Allocation of new applications (S002 Ale, S000). Among the posts at work that take new cases, caps
/// come first — a post at its nybesök cap for the month, then one at its cap of tung households per
/// FTE (for a tung case), then (if matching) a novice for a tung case, each only if someone else is
/// free of it; inflow cannot be refused (S001), so when every post is over a cap the one least over
/// the nybesök cap gets the case. Then the rule: round-robin (in turn) or weighted (the lightest
/// case-weighted krets plus queued applications per unit of capacity). No random draws.
/// </summary>
internal sealed class AllocationDesign(AllocationParameters p, WorkParameters work) : IAllocationDesign, IAllocationRule
{
    private readonly RoundRobinAllocation fallback = new();
    private readonly bool weighted = p.Rule == "weighted";
    private double[] received = [];
    private int month = -1, next;

    public IAllocationRule Rule => this;

    public void Attach(UnitSimulation unit) => received = new double[unit.Posts.Count];

    public int Choose(UnitSimulation unit, Household household)
    {
        int day = (int)unit.Now;
        int m = unit.Calendar.MonthOf(Math.Min(day, unit.Calendar.Days - 1));
        if (m != month) { month = m; Array.Clear(received); }

        var posts = unit.Posts;
        int n = posts.Count, best = -1;
        (int Tier, double Over, double Key) bestRank = (int.MaxValue, 0, 0);
        for (int k = 0; k < n; k++)
        {
            int i = (next + k) % n;
            var c = posts[i];
            if (!c.IsPresent || !unit.TakesNewCases(c)) continue;
            var rank = Rank(c, household, day, k, unit.Now);
            if (best < 0 || rank.CompareTo(bestRank) < 0) { best = i; bestRank = rank; }
        }
        if (best < 0) best = fallback.Choose(unit, household);
        else next = best + 1;
        received[best] += 1;
        return best;
    }

    private (int Tier, double Over, double Key) Rank(Caseworker c, Household h, int day, int turn, double now)
    {
        double perFte = received[c.Slot] / c.Fte;
        bool overNybesok = p.NybesokPerMonth is { } cap && perFte >= cap;
        bool tung = h.Weight == WeightClass.Tung;
        bool overHeavy = tung && p.HeavyCasesPerFte is { } heavy && c.HeavyCount / c.Fte >= heavy;
        bool mismatch = tung && p.MatchExperience && c.ExperienceMonths(day) < p.ExperiencedMonths;
        int tier = (overNybesok ? 4 : 0) + (overHeavy ? 2 : 0) + (mismatch ? 1 : 0);
        double over = overNybesok ? perFte : 0;
        double key = weighted ? Load(c, now) : turn;
        return (tier, over, key);
    }

    /// <summary>
    /// Case-weighted krets plus the applications waiting in the post's queue, per unit of capacity
    /// (FTE × where the holder is on the introduction ramp): a newcomer's small krets is not spare room.
    /// </summary>
    private double Load(Caseworker c, double now) =>
        (c.WeightedCaseload + c.Intake.Count * work.WeightMedel) / c.Capacity(now);
}
