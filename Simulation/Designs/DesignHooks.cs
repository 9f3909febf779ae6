using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// An organisational design: a small policy the unit model consults at fixed points. A design
/// implements <see cref="IDesign"/> and the hook interfaces of the points it acts at; the unit model
/// calls the composed <see cref="DesignSet"/>, never a particular design. Every hook has a neutral
/// answer (0 hours, factor 1, "not handled"), which is what a unit without designs gets.
/// </summary>
public interface IDesign
{
    /// <summary>Once, after the posts exist and before the run: per-post state, own random streams.</summary>
    void Attach(UnitSimulation unit) { }
}

/// <summary>Posts: a design may re-label the unit's own posts (mottagning) or add posts (beredskapsteam, ekonomihandläggare).</summary>
public interface IPostDesign : IDesign
{
    void ShapePosts(PostPlan plan);
}

/// <summary>Allocation of new applications: the rule, and who may receive one today.</summary>
public interface IAllocationDesign : IDesign
{
    /// <summary>The rule that picks a post among those that take new cases; null keeps round-robin.</summary>
    IAllocationRule? Rule => null;

    /// <summary>False to keep new applications from this post today (a protected newcomer).</summary>
    bool TakesNewCases(Caseworker c, int day) => true;
}

/// <summary>
/// Absence cover (a beredskapsteam, timvikarier, spreading to colleagues; S000), each working day once
/// presence is known and before any work is done. Without one, absent caseworkers' applications and
/// re-applications wait for their return (S000: the pile on return).
/// </summary>
public interface ICoverDesign : IDesign
{
    void CoverAbsences(UnitSimulation unit, int day);
}

/// <summary>The daily work order of a present caseworker.</summary>
public interface IWorkOrderDesign : IDesign
{
    /// <summary>
    /// Work that goes after deadline work (new applications, due re-applications, their overtime) and
    /// before ordinary meetings, change work and documentation (the FAS quota). Returns the hours left.
    /// </summary>
    double PriorityWork(Caseworker c, in WorkDayContext day, double hours, ref double overtimeLeft, ref double clientHours) => hours;

    /// <summary>Hours taken from casework today: introduction hours (costed as introduction) and other duties.</summary>
    void WithheldHours(Caseworker c, int day, ref double introduction, ref double other) { }
}

/// <summary>Staff: hiring and introduction, strain, resignation.</summary>
public interface IStaffDesign : IDesign
{
    /// <summary>A new holder has just started in the post (recruited or consultant cover).</summary>
    void OnHire(Caseworker c, int day) { }

    /// <summary>A new holder's starting krets relative to the unit's households per FTE; the default is its starting capacity.</summary>
    double StartingCaseloadShare(Caseworker c, double share) => share;

    /// <summary>Change of the strain target today: positive adds strain (end-of-month crunch), negative relieves (a mentor).</summary>
    double StrainShift(Caseworker c, int day) => 0;

    /// <summary>Multiplier of the resignation rate.</summary>
    double ResignationFactor(Caseworker c) => 1;
}

/// <summary>The monthly cycle: planning at the month start, meetings and exits at the month end.</summary>
public interface IMonthlyDesign : IDesign
{
    /// <summary>Before the month's work is planned (cases handed over from the mottagning).</summary>
    void BeginMonth(int month) { }

    /// <summary>After every post's month plan is made: re-plan meetings (FAS), move payment work (payment split).</summary>
    void MonthPlanned(int month) { }

    /// <summary>Marks which households were met this month; true if the design did it (FAS counts meetings, not hours).</summary>
    bool MarkMet(Caseworker c, int month) => false;

    /// <summary>Scales one household's exit hazard and refusal hazard this month.</summary>
    void AdjustExit(Household h, ref double hazard, ref double refusalFactor) { }

    /// <summary>At the month end, before the month's figures are closed.</summary>
    void EndMonth(int month) { }
}

/// <summary>At the end of each working day, after all work: daily costs and measurements.</summary>
public interface IDayEndDesign : IDesign
{
    void WorkingDayDone(int day);
}

/// <summary>Where a present caseworker stands in the working day and month.</summary>
public readonly record struct WorkDayContext(int Day, int WorkingDayOfMonth, int RemainingWorkingDays, int WorkingDaysInMonth);
