using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// Mottagning (Partille, S002; Stockholm's Mottagningen, S000): the first Posts of the unit form an
/// intake group that receives every new application and keeps the case in its krets; at the start of
/// each month cases on assistance HoldMonths or longer are handed to the generalist with the lightest
/// case-weighted krets per unit of capacity. Cases that end sooner never change hands. Each handover counts (the
/// household's exit hazard carries the model's handover penalty) and costs the receiver HandoverHours
/// of reading up: lost case knowledge. New applications go to the mottagning post with the least
/// case-weighted load per unit of capacity (FTE × where the holder is on the introduction ramp): a
/// newcomer gets new cases in proportion to what they can carry (S000: the krets is fitted to the worker's
/// ability, and inexperienced workers are not given too hard cases). An allocation block overrides this
/// (`round-robin` deals them in turn whatever the load).
/// </summary>
internal sealed class IntakeUnit(IntakeUnitParameters p, WorkParameters work) : IPostDesign, IMonthlyDesign, IAllocationDesign
{
    private UnitSimulation unit = null!;
    private readonly List<Caseworker> generalists = [];
    private readonly AllocationDesign byCapacity = new(new AllocationParameters { Rule = "weighted", HeavyCasesPerFte = null }, work);

    public IAllocationRule Rule => byCapacity;

    public void ShapePosts(PostPlan plan)
    {
        for (int slot = 0; slot < Math.Min(p.Posts, plan.UnitPosts); slot++)
            plan.SetRole(slot, PostRole.Intake);
        plan.NewCaseRole = PostRole.Intake;
    }

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        byCapacity.Attach(unit);
    }

    public void BeginMonth(int month)
    {
        generalists.Clear();
        foreach (var c in unit.Posts)
            if (c.Filled && c.Role == PostRole.Generalist) generalists.Add(c);
        if (generalists.Count == 0) return;

        foreach (var from in unit.Posts)
        {
            if (from.Role != PostRole.Intake) continue;
            var caseload = from.Caseload;
            // Downwards: a removal swaps the last (already seen) household into the freed place.
            for (int i = caseload.Count - 1; i >= 0; i--)
            {
                var h = unit.HouseholdAt(caseload[i]);
                if (h.MonthsOnAssistance < p.HoldMonths) continue;
                var to = Lightest(unit.Now);
                unit.Move(h, from, to);
                to.DocumentationOwed += p.HandoverHours;
                to.DemandToday += p.HandoverHours;
                unit.Metrics.Increment(Counter.IntakeHandovers);
                unit.Metrics.Add(Counter.HandoverHours, p.HandoverHours);
            }
        }
    }

    /// <summary>The generalist with the lightest case-weighted krets per unit of capacity (a newcomer's ramp counts).</summary>
    private Caseworker Lightest(double now)
    {
        static double Load(Caseworker c, double now) => c.WeightedCaseload / c.Capacity(now);
        var best = generalists[0];
        foreach (var c in generalists)
            if (Load(c, now) < Load(best, now)) best = c;
        return best;
    }
}
