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
internal sealed class IntakeUnit(IntakeUnitParameters p, WorkParameters work) : IDeclaresMetrics, IPostDesign, IMonthlyDesign, IAllocationDesign
{
    public const string IntakeHandoversPerYear = "intake_handovers_per_year";
    public const string HandoverHoursPerYear = "handover_hours_per_year";

    private static readonly CounterKey Handovers = new("intake.handovers"), HandoverHours = new("intake.handover_hours");

    public static IReadOnlyList<DeclaredMetric> Metrics { get; } =
    [
        new(new(IntakeHandoversPerYear, "Handovers from mottagning", "per year", "Cases handed from the intake group to a krets (S002).", false) { Swedish = "Överlämningar från mottagningen", Better = Better.Neither },
            s => s[Handovers] / s.Years) { ReportOrder = 6 },
        new(new(HandoverHoursPerYear, "Handover work", "h/year", "Hours spent reading up handed-over cases: lost case knowledge.", false) { Swedish = "Överlämningsarbete", Better = Better.Lower },
            s => s[HandoverHours] / s.Years) { ReportOrder = 6 },
    ];

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
                unit.Metrics.Increment(Handovers);
                unit.Metrics.Add(HandoverHours, p.HandoverHours);
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
