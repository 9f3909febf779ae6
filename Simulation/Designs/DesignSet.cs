using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// The designs of one replication composed into the unit model's hook points. The unit calls this
/// object only; each hook fans out to the designs that act there, in a fixed order. With no designs
/// every hook gives its neutral answer, and the unit runs exactly as without designs.
/// </summary>
public sealed class DesignSet
{
    // Set anew when a change at a date switches designs (Switch); the hooks read them as they stand.
    private IDesign[] all = [];
    private IPostDesign[] posts = [];
    private IAllocationDesign[] allocation = [];
    private ICoverDesign[] covers = [];
    private IWorkOrderDesign[] workOrder = [];
    private IStaffDesign[] staff = [];
    private IMonthlyDesign[] monthly = [];
    private IDayEndDesign[] dayEnd = [];
    // Each design with the block that made it, so a switch keeps the designs whose block it does not change.
    private List<(object Block, IDesign Design)> made = [];
    private UnitParameters unit = null!;
    private DesignParameters? current;

    private DesignSet(IReadOnlyList<IDesign> designs, bool reportsMetrics)
    {
        ReportsMetrics = reportsMetrics;
        Assign(designs);
    }

    private void Assign(IReadOnlyList<IDesign> designs)
    {
        all = [.. designs];
        posts = [.. designs.OfType<IPostDesign>()];
        allocation = [.. designs.OfType<IAllocationDesign>()];
        covers = [.. designs.OfType<ICoverDesign>()];
        workOrder = [.. designs.OfType<IWorkOrderDesign>()];
        staff = [.. designs.OfType<IStaffDesign>()];
        monthly = [.. designs.OfType<IMonthlyDesign>()];
        dayEnd = [.. designs.OfType<IDayEndDesign>()];
        // Combining rule: the allocation rule of the latest design that has one wins (an allocation block's over the
        // intake unit's own, by capacity: it comes later in the order).
        Rule = allocation.Select(a => a.Rule).LastOrDefault(r => r is not null);
    }

    /// <summary>
    /// The designs a unit's parameters switch on, in their order. Order matters where designs meet at one hook: the
    /// absence covers act beredskapsteam → timvikarier → spreading, each taking what is left.
    /// </summary>
    public static DesignSet Create(UnitParameters unit)
    {
        var d = unit.Designs;
        // A design switched on at a date reports its figures over the whole run, so the months before count too.
        bool reports = d is not null || unit.Changes.Any(c => c.Designs is not null);
        var made = Make(d, unit, []);
        var designs = made.Select(m => m.Design).ToList();
        if (reports) designs.Add(new DesignMeasurements());
        return new DesignSet(designs, reports) { made = made, unit = unit, current = d };
    }

    /// <summary>Given designs composed in the given order, without measurements (tests of the combining rules).</summary>
    internal static DesignSet Of(params IDesign[] designs) => new(designs, false);

    /// <summary>The designs of a block in their order (<see cref="DesignAttribute.Order"/>), each kept from <paramref name="before"/> if its block is unchanged.</summary>
    private static List<(object Block, IDesign Design)> Make(DesignParameters? d, UnitParameters unit, List<(object Block, IDesign Design)> before)
    {
        var list = new List<(object, IDesign)>();
        foreach (var block in d?.On ?? [])
        {
            var kept = before.FirstOrDefault(m => m.Block.Equals(block)).Design;
            list.Add((block, kept ?? block.Create(unit)));
        }
        return list;
    }

    /// <summary>
    /// The designs from a change on (a month's first day, before the month is planned): designs whose block is
    /// unchanged keep their state, new or re-set ones start now, absent ones stop. The designs that shape the posts
    /// (<see cref="IPostDesign"/>: mottagning, payment split, beredskapsteam) stay as at day 0: posts are laid out before the run.
    /// </summary>
    internal void Switch(UnitSimulation simulation, DesignParameters next)
    {
        var merged = next;
        foreach (var design in DesignParameters.Registered.Where(r => r.ShapesPosts))
            merged = merged.With(design, current?.Get(design));
        var fresh = Make(merged, unit, made);
        var measurements = all.OfType<DesignMeasurements>().ToList();
        foreach (var (_, design) in fresh)
            if (!made.Any(m => ReferenceEquals(m.Design, design))) design.Attach(simulation);
        made = fresh;
        current = merged;
        Assign([.. fresh.Select(m => m.Design), .. measurements]);
    }

    /// <summary>The designs acting now, in their order (tests follow one design's own state through it).</summary>
    internal IReadOnlyList<IDesign> Active => all;

    /// <summary>True when the scenario has a designs block: the design metrics are then reported.</summary>
    public bool ReportsMetrics { get; }
    /// <summary>Some design puts work of its own into the working day (the FAS quota).</summary>
    public bool OrdersWork => workOrder.Length > 0;
    public PostRole NewCaseRole { get; private set; } = PostRole.Generalist;
    public IAllocationRule? Rule { get; private set; }

    internal void ShapePosts(PostPlan plan)
    {
        foreach (var d in posts) d.ShapePosts(plan);
        NewCaseRole = plan.NewCaseRole;
    }

    internal void Attach(UnitSimulation unit)
    {
        foreach (var d in all) d.Attach(unit);
    }

    // The hooks called per caseworker and day test for designs inline and loop elsewhere, so a unit without
    // designs pays a length check, not a call.

    /// <summary>Combining rule: a post takes new cases only if every design accepts (asked in order, the first refusal ends it).</summary>
    internal bool TakesNewCases(Caseworker c, int day) =>
        c.Role == NewCaseRole && (allocation.Length == 0 || AllAccept(c, day));

    private bool AllAccept(Caseworker c, int day)
    {
        foreach (var d in allocation)
            if (!d.TakesNewCases(c, day)) return false;
        return true;
    }

    /// <summary>Combining rule: absence covers act in the designs' order, each taking what the one before left.</summary>
    internal void CoverAbsences(UnitSimulation unit, int day)
    {
        foreach (var d in covers) d.CoverAbsences(unit, day);
    }

    /// <summary>
    /// Combining rule: priority work in the designs' order, each given the hours (and overtime) the one before left. The
    /// overtime they use is counted by the working day (WorkDay), which owns the overtime figure.
    /// </summary>
    internal double PriorityWork(Caseworker c, in WorkDayContext day, double hours, ref double overtimeLeft, ref double clientHours)
    {
        foreach (var d in workOrder) hours = d.PriorityWork(c, day, hours, ref overtimeLeft, ref clientHours);
        return hours;
    }

    internal void WithheldHours(Caseworker c, int day, ref double introduction, ref double other)
    {
        if (workOrder.Length > 0) Withhold(c, day, ref introduction, ref other);
    }

    private void Withhold(Caseworker c, int day, ref double introduction, ref double other)
    {
        foreach (var d in workOrder) d.WithheldHours(c, day, ref introduction, ref other);
    }

    internal void OnHire(Caseworker c, int day)
    {
        foreach (var d in staff) d.OnHire(c, day);
    }

    /// <summary>Combining rule: starting caseload shares chain in the designs' order, each given the share the one before made.</summary>
    internal double StartingCaseloadShare(Caseworker c, double share)
    {
        foreach (var d in staff) share = d.StartingCaseloadShare(c, share);
        return share;
    }

    /// <summary>Combining rule: strain shifts add.</summary>
    internal double StrainShift(Caseworker c, int day) => staff.Length == 0 ? 0 : SumStrainShift(c, day);

    private double SumStrainShift(Caseworker c, int day)
    {
        double shift = 0;
        foreach (var d in staff) shift += d.StrainShift(c, day);
        return shift;
    }

    /// <summary>Combining rule: resignation factors multiply.</summary>
    internal double ResignationFactor(Caseworker c) => staff.Length == 0 ? 1 : ProductOfFactors(c);

    private double ProductOfFactors(Caseworker c)
    {
        double factor = 1;
        foreach (var d in staff) factor *= d.ResignationFactor(c);
        return factor;
    }

    internal void BeginMonth(int month)
    {
        foreach (var d in monthly) d.BeginMonth(month);
    }

    /// <summary>
    /// Who decides a post's re-applications this month, asked of the designs before any is charged. Two act here: FAS
    /// books households into meetings that decide them, a payment split takes them to its payment side. The rule that
    /// combines them is the route's (<see cref="ReapplicationRoute"/>): the payment side wins, and FAS meetings in its
    /// kretsar are the conversation alone.
    /// </summary>
    internal ReapplicationRoute RouteReapplications(Caseworker c, int month)
    {
        var route = new ReapplicationRoute(c.Caseload.Count);
        foreach (var d in monthly) d.RouteReapplications(c, month, ref route);
        return route;
    }

    /// <summary>A post's meeting plan for the month: the routine one unless a design plans its own (FAS), after the route is settled.</summary>
    internal MonthMeetings PlanMeetings(Caseworker c, int month, in ReapplicationRoute route, MonthMeetings routine)
    {
        foreach (var d in monthly) d.PlanMeetings(c, month, route, ref routine);
        return routine;
    }

    /// <summary>Combining rule: the first design (in order) that marks a post's households met wins; the others are not asked.</summary>
    internal bool MarkMet(Caseworker c, int month)
    {
        foreach (var d in monthly)
            if (d.MarkMet(c, month)) return true;
        return false;
    }

    /// <summary>Combining rule: exit adjustments multiply (each design scales the hazard and refusal factor the one before left).</summary>
    internal void AdjustExit(Household h, ref double hazard, ref double refusalFactor)
    {
        if (monthly.Length > 0) Adjust(h, ref hazard, ref refusalFactor);
    }

    private void Adjust(Household h, ref double hazard, ref double refusalFactor)
    {
        foreach (var d in monthly) d.AdjustExit(h, ref hazard, ref refusalFactor);
    }

    internal void EndMonth(int month)
    {
        foreach (var d in monthly) d.EndMonth(month);
    }

    internal void WorkingDayDone(int day)
    {
        foreach (var d in dayEnd) d.WorkingDayDone(day);
    }
}
