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
    private readonly IDesign[] all;
    private readonly IPostDesign[] posts;
    private readonly IAllocationDesign[] allocation;
    private readonly ICoverDesign[] covers;
    private readonly IWorkOrderDesign[] workOrder;
    private readonly IStaffDesign[] staff;
    private readonly IMonthlyDesign[] monthly;
    private readonly IDayEndDesign[] dayEnd;
    private MetricsAccumulator metrics = null!;

    private DesignSet(IReadOnlyList<IDesign> designs, bool reportsMetrics)
    {
        all = [.. designs];
        posts = [.. designs.OfType<IPostDesign>()];
        allocation = [.. designs.OfType<IAllocationDesign>()];
        covers = [.. designs.OfType<ICoverDesign>()];
        workOrder = [.. designs.OfType<IWorkOrderDesign>()];
        staff = [.. designs.OfType<IStaffDesign>()];
        monthly = [.. designs.OfType<IMonthlyDesign>()];
        dayEnd = [.. designs.OfType<IDayEndDesign>()];
        ReportsMetrics = reportsMetrics;
        // An allocation block's rule wins over the intake unit's own (by capacity): it comes later in the list.
        Rule = allocation.Select(a => a.Rule).LastOrDefault(r => r is not null);
    }

    /// <summary>
    /// The designs a unit's parameters switch on. Order matters where designs meet at one hook: the
    /// absence covers act beredskapsteam → timvikarier → spreading, each taking what is left.
    /// </summary>
    public static DesignSet Create(UnitParameters unit)
    {
        var d = unit.Designs;
        var designs = new List<IDesign>();
        if (d?.IntakeUnit is { } intake) designs.Add(new IntakeUnit(intake, unit.Work));
        if (d?.Allocation is { } rule) designs.Add(new AllocationDesign(rule, unit.Work));
        if (d?.Introduction is { } programme) designs.Add(new IntroductionProgramme(programme));
        if (d?.Mentors is { } mentors) designs.Add(new Mentorship(mentors));
        if (d?.Fas is { } fas) designs.Add(new Fas(fas));
        if (d?.PaymentSplit is { } payment) designs.Add(new PaymentSplit(payment));
        if (d?.Beredskapsteam is { } team) designs.Add(new Beredskapsteam(team));
        if (d?.Timvikarier is { } substitutes) designs.Add(new Timvikarier(substitutes));
        if (d?.SpreadAbsentWork is { } spread) designs.Add(new SpreadAbsentWork(spread));
        if (d is not null) designs.Add(new DesignMeasurements());
        return new DesignSet(designs, d is not null);
    }

    /// <summary>True when the scenario has a designs block: the design metrics are then reported.</summary>
    public bool ReportsMetrics { get; }
    /// <summary>Some design puts work of its own into the working day (the FAS quota).</summary>
    public bool OrdersWork => workOrder.Length > 0;
    public PostRole NewCaseRole { get; private set; } = PostRole.Generalist;
    public IAllocationRule? Rule { get; }

    internal void ShapePosts(PostPlan plan)
    {
        foreach (var d in posts) d.ShapePosts(plan);
        NewCaseRole = plan.NewCaseRole;
    }

    internal void Attach(UnitSimulation unit)
    {
        metrics = unit.Metrics;
        foreach (var d in all) d.Attach(unit);
    }

    // The hooks called per caseworker and day test for designs inline and loop elsewhere, so a unit without
    // designs pays a length check, not a call.

    internal bool TakesNewCases(Caseworker c, int day) =>
        c.Role == NewCaseRole && (allocation.Length == 0 || AllAccept(c, day));

    private bool AllAccept(Caseworker c, int day)
    {
        foreach (var d in allocation)
            if (!d.TakesNewCases(c, day)) return false;
        return true;
    }

    /// <summary>Absence covers in order; each sees what the ones before left.</summary>
    internal void CoverAbsences(UnitSimulation unit, int day)
    {
        foreach (var d in covers) d.CoverAbsences(unit, day);
    }

    internal double PriorityWork(Caseworker c, in WorkDayContext day, double hours, ref double overtimeLeft, ref double clientHours)
    {
        double overtimeBefore = overtimeLeft;
        foreach (var d in workOrder) hours = d.PriorityWork(c, day, hours, ref overtimeLeft, ref clientHours);
        if (overtimeBefore > overtimeLeft) metrics.Add(Counter.OvertimeHours, overtimeBefore - overtimeLeft);
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

    internal double StartingCaseloadShare(Caseworker c, double share)
    {
        foreach (var d in staff) share = d.StartingCaseloadShare(c, share);
        return share;
    }

    internal double StrainShift(Caseworker c, int day) => staff.Length == 0 ? 0 : SumStrainShift(c, day);

    private double SumStrainShift(Caseworker c, int day)
    {
        double shift = 0;
        foreach (var d in staff) shift += d.StrainShift(c, day);
        return shift;
    }

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

    internal void MonthPlanned(int month)
    {
        foreach (var d in monthly) d.MonthPlanned(month);
    }

    internal bool MarkMet(Caseworker c, int month)
    {
        foreach (var d in monthly)
            if (d.MarkMet(c, month)) return true;
        return false;
    }

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
