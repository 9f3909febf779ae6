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

    /// <summary>
    /// At the month start, for each post, before any of its re-applications is charged: who decides them (FAS books
    /// households into meetings that decide them; a payment split decides a share automatically and gives the rest to an
    /// ekonomihandläggare). Each design sees the route as the ones before it left it; the combining rule is the route's
    /// own (<see cref="ReapplicationRoute"/>), so it does not depend on their order.
    /// </summary>
    void RouteReapplications(Caseworker c, int month, ref ReapplicationRoute route) { }

    /// <summary>
    /// At the month start, for each post, after its route is settled and before its plan is set: the post's meeting
    /// plan, which comes in as the routine one (<see cref="MeetingPlan"/>, <see cref="ContactNeed"/>). FAS plans every
    /// household's meeting itself; labour-market officers take the households they meet off the krets's need. Designs
    /// act in their order, each on the plan the one before left: with both, FAS plans and the officers' households then
    /// leave its need (FAS leaves no need beyond its plan, so the extra need stays 0).
    /// </summary>
    void PlanMeetings(Caseworker c, int month, in ReapplicationRoute route, ref MonthMeetings plan) { }

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

/// <summary>
/// Who decides one post's re-applications (återansökan) this month, settled at the month start before any is
/// charged. Every household of the krets re-applies; without a design the post works them all the ordinary way.
/// A meeting design (FAS) books some into meetings that decide them (<see cref="BookInMeetings"/>); a payment side
/// (payment split) decides a share automatically and gives the rest, with the checks on the automated ones, to a post
/// of its own (<see cref="ToPaymentSide"/>). The monthly cycle then charges the manual part and the checks once, to
/// the post that will do them; the ones decided in meetings are the meeting's calculation (FAS counts them there).
/// Combining rule, whatever the order of asking: the payment side wins. A krets whose re-applications a payment side
/// has taken books none into meetings, and its FAS meetings are the conversation alone (Trelleborg, S003: the
/// ekonomihandläggare decide the payment, the caseworker meets the client). Two meeting designs book the larger count
/// (the same households, in the month's rotation); a krets has at most one payment side.
/// </summary>
public struct ReapplicationRoute
{
    private int meetingsAsked;

    public ReapplicationRoute(int households) => Households = households;

    /// <summary>Households of the krets re-applying this month (its krets at the month start).</summary>
    public int Households { get; }

    /// <summary>A payment side has taken the krets's re-applications.</summary>
    public bool PaymentSide { get; private set; }

    /// <summary>Households decided automatically: no staff hours (may be a fraction: a share of the krets).</summary>
    public double Automated { get; private set; }

    /// <summary>Hours of checks by hand on the automated decisions, done with the manual ones.</summary>
    public double CheckHours { get; private set; }

    /// <summary>The post that works the manual re-applications and the checks; null: the krets's own post.</summary>
    public Caseworker? ManualTo { get; private set; }

    /// <summary>Households whose re-application is decided in a meeting this month.</summary>
    public readonly int InMeetings => PaymentSide ? 0 : meetingsAsked;

    /// <summary>Households whose re-application is worked the ordinary way, by the due working day.</summary>
    public readonly double Manual => Households - InMeetings - Automated;

    /// <summary>A meeting design asks for <paramref name="count"/> households to be decided in its meetings.</summary>
    public void BookInMeetings(int count) => meetingsAsked = Math.Max(meetingsAsked, Math.Clamp(count, 0, Households));

    /// <summary>A payment side takes the krets's re-applications: <paramref name="automated"/> households decided automatically, the rest and the checks to <paramref name="to"/> (null: they stay with the krets's post).</summary>
    public void ToPaymentSide(double automated, double checkHours, Caseworker? to)
    {
        if (PaymentSide) throw new InvalidOperationException("A krets's re-applications go to one payment side.");
        PaymentSide = true;
        Automated = Math.Clamp(automated, 0, Households);
        CheckHours = Math.Max(0, checkHours);
        ManualTo = to;
    }
}

/// <summary>
/// One post's meeting plan for the month, set once at the month start: the routine plan comes in, a design may make
/// its own (FAS) or take households off it (labour-market officers). <paramref name="Planned"/>: hours of client
/// meetings planned, the month's planned client work (demand per working day, the crowded-out share);
/// <paramref name="Ordinary"/>: of those, the hours held in the ordinary meeting step "i mån av tid" (the rest a design
/// holds in its own step, the FAS quota); <paramref name="Need"/>: the krets's contact need (hours of visits);
/// <paramref name="ExtraNeed"/>: the need beyond the plan, held with what a day has left; <paramref name="Partner"/>:
/// partner and change work.
/// </summary>
public record struct MonthMeetings(double Planned, double Ordinary, double Need, double ExtraNeed, double Partner);
