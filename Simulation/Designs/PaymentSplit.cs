using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Payment split and automation (Trelleborg, S003; Stockholm's payment-only handläggare, S000). At each
/// month start, AutomatedShare of every krets's new re-applications is decided automatically (a share
/// of those checked by hand); the rest goes to the ekonomihandläggare at work-ready posts, evenly by
/// how much each already holds. Caseworkers keep meetings and labour-market work. Without
/// ekonomihandläggare the manual part and the checks stay with the caseworker. Cost: the added posts
/// and the automation's running cost.
/// </summary>
internal sealed class PaymentSplit(PaymentSplitParameters p) : IPostDesign, IMonthlyDesign, IDayEndDesign
{
    private UnitSimulation unit = null!;
    private readonly List<Caseworker> handlers = [];
    private double automationPerDay;

    public void ShapePosts(PostPlan plan)
    {
        if (p.Ekonomihandlaggare > 0) plan.Add(PostRole.Payment, p.Ekonomihandlaggare, 1.0, 36);
    }

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        automationPerDay = p.AutomatedShare > 0 ? p.AutomationCostPerYear / Calendar.WorkingDaysPerYear : 0;
    }

    public void BeginMonth(int month)
    {
        handlers.Clear();
        foreach (var c in unit.Posts)
            if (c.Filled && c.Role == PostRole.Payment) handlers.Add(c);
    }

    /// <summary>
    /// A krets's re-applications go to the payment side before any is charged: the automated share costs no staff hours,
    /// the checks on it do; the manual rest and the checks go to the ekonomihandläggare holding least, or stay with the
    /// caseworker when there is none. FAS meetings in the krets are then the conversation alone (the route's rule).
    /// </summary>
    public void RouteReapplications(Caseworker c, int month, ref ReapplicationRoute route)
    {
        if (!c.HoldsCaseload || c.Caseload.Count == 0) return;
        int n = c.Caseload.Count;
        double audits = n * p.AutomatedShare * p.AuditShare * p.AuditHours;
        route.ToPaymentSide(n * p.AutomatedShare, audits, handlers.Count == 0 ? null : LeastHeld());
    }

    public void WorkingDayDone(int day) => unit.Metrics.Add(Counter.DesignCost, automationPerDay);

    private Caseworker LeastHeld()
    {
        var best = handlers[0];
        foreach (var c in handlers)
            if (c.ReapplicationOutstanding / c.Fte < best.ReapplicationOutstanding / best.Fte) best = c;
        return best;
    }
}
