using Planner.Simulation.Designs;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;

namespace Planner.Simulation.Model;

/// <summary>
/// The kretsar: which post holds which household (MODEL.md §3.6), and the changes of hands that turnover and the
/// designs bring (S000: lost case knowledge, clients retell their story). A household joins a krets at its decision,
/// leaves it at the end of its spell, and moves — counted as a handover — when a leaver's krets goes round the
/// colleagues, when a newcomer takes a share, or when a design moves it. The households on assistance are exactly
/// those in a krets.
/// </summary>
internal sealed class Caseloads : IDeclaresCoreMetrics
{
    // The core figures of caseworker changes (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.HandoversPerHousehold, "Handovers", "per household-year", "Caseworker changes per household-year on assistance.", false),
            s => CounterSums.RatioOrZero(s[Counter.Handovers], s[Counter.HouseholdMonths] / 12)) { ReportOrder = 36 },
    ];

    private readonly Caseworker[] posts;
    private readonly Households households;
    private readonly DesignSet designs;
    private readonly Scheduler clock;
    private readonly MetricsAccumulator metrics;
    // By weight class (enkel, medel, tung): read for every household at every month end.
    private readonly double[] caseWeights;
    private readonly double applicationDemand, documentationFactor;
    private int spreadCursor;

    public Caseloads(Caseworker[] posts, Households households, DesignSet designs, Scheduler clock, MetricsAccumulator metrics,
        Parameters.WorkParameters work, double applicationDemand, double documentationFactor)
    {
        this.posts = posts;
        this.households = households;
        this.designs = designs;
        this.clock = clock;
        this.metrics = metrics;
        caseWeights = [1, work.WeightMedel, work.WeightTung];
        this.applicationDemand = applicationDemand;
        this.documentationFactor = documentationFactor;
    }

    /// <summary>Households on assistance: those in a krets.</summary>
    public int Active { get; private set; }

    public double CaseWeight(WeightClass w) => caseWeights[(int)w];

    /// <summary>
    /// The day-0 households on assistance (the steady state's stock, <see cref="InitialStock"/>), dealt out to the
    /// least loaded kretsar by capacity: each with its months on assistance, its months this calendar year, its
    /// meeting plan, and — one uniform from its stream — a caseworker change in the last year at the steady rate,
    /// over the months it has been on assistance (at most 12).
    /// </summary>
    public void DealStock(SteadyStart steady, int count, Meetings meetings, int startMonthOfYear)
    {
        var stock = steady.Stock;
        for (int i = 0; i < count; i++)
        {
            var h = households.NewInitial();
            stock.Draw(h);
            h.State = HouseholdState.Active;
            h.SpellStartedInRun = false;
            h.SpellStartDay = -(int)Math.Round(h.MonthsOnAssistance * Calendar.DaysPerMonth);
            h.MonthsThisYear = Math.Min(h.MonthsOnAssistance, startMonthOfYear - 1);
            meetings.Carried(h);
            double uHandover = h.Random.NextDouble(), handoverChance = steady.HandoversPerYear * Math.Min(12, h.MonthsOnAssistance) / 12.0;
            if (uHandover < handoverChance) h.RecordHandover(-Calendar.DaysPerYear * uHandover / steady.HandoversPerYear);
            var c = LeastLoadedByCapacity() ?? posts[i % posts.Length];
            Add(c, h);
        }
    }

    public void Add(Caseworker c, Household h)
    {
        h.Caseworker = c.Slot;
        h.CaseloadIndex = c.Caseload.Count;
        c.Caseload.Add(h.Slot);
        Active++;
        // Kept for the designs (the weighted allocation and the mottagning's handovers, the heavy-case cap and the
        // heavy-case spread); the model itself does not read them.
        c.WeightedCaseload += CaseWeight(h.Weight);
        if (h.Weight == WeightClass.Tung) c.HeavyCount++;
    }

    public void Remove(Caseworker c, Household h)
    {
        var list = c.Caseload;
        int i = h.CaseloadIndex, last = list.Count - 1;
        if (i != last)
        {
            int moved = list[last];
            list[i] = moved;
            households.At(moved).CaseloadIndex = i;
        }
        list.RemoveAt(last);
        Active--;
        h.CaseloadIndex = -1;
        h.Caseworker = -1;
        c.WeightedCaseload -= CaseWeight(h.Weight);
        if (h.Weight == WeightClass.Tung) c.HeavyCount--;
    }

    /// <summary>A household changes krets (counted as a handover).</summary>
    public void Move(Household h, Caseworker from, Caseworker to)
    {
        Remove(from, h);
        Add(to, h);
        Handover(h);
    }

    public void Handover(Household h)
    {
        h.RecordHandover(clock.Now);
        metrics.Increment(Counter.Handovers);
    }

    /// <summary>Whatever work stayed in the post changes hands to its new holder.</summary>
    public void HandOverOwnWork(Caseworker c)
    {
        foreach (int slot in c.Caseload) Handover(households.At(slot));
        foreach (int slot in c.Intake) Handover(households.At(slot));
    }

    /// <summary>
    /// A newcomer takes a reduced krets from the most loaded colleagues in the same role: their starting
    /// capacity (or an introduction programme's share) × the role's households per FTE (Stockholm:
    /// newcomers start at about half a caseload, S000). Posts without a krets take none.
    /// </summary>
    public void TakeShare(Caseworker c)
    {
        if (!c.HoldsCaseload) return;
        double fte = 0;
        int inRole = 0;
        foreach (var p in posts)
        {
            if (p.Role != c.Role) continue;
            inRole += p.Caseload.Count;
            if (p.Filled) fte += p.Fte;
        }
        if (fte <= 0) return;
        int target = (int)Math.Round(designs.StartingCaseloadShare(c, c.RampStart) * inRole / fte * c.Fte);
        while (c.Caseload.Count < target)
        {
            Caseworker? donor = null;
            double most = (c.Caseload.Count + 1) / c.Fte;
            foreach (var p in posts)
            {
                if (!p.Filled || p == c || p.Role != c.Role || p.Caseload.Count == 0) continue;
                double load = p.Caseload.Count / p.Fte;
                if (load > most) { most = load; donor = p; }
            }
            if (donor is null) break;
            Move(households.At(donor.Caseload[^1]), donor, c);
        }
    }

    /// <summary>
    /// A leaver's krets, waiting applications and undone re-applications go round the colleagues in the
    /// same role (all of them when none is left in it). Applications a post without a krets held on a
    /// colleague's behalf stay that colleague's.
    /// </summary>
    public void Spread(Caseworker from)
    {
        // Colleagues in the same role first; when there are none, any post that holds a krets.
        bool anyRole = false;
        int receivers = 0;
        foreach (var p in posts) if (IsReceiver(p, from, anyRole)) receivers++;
        if (receivers == 0)
        {
            anyRole = true;
            foreach (var p in posts) if (IsReceiver(p, from, anyRole)) receivers++;
        }
        if (receivers == 0) return;
        for (int i = from.Caseload.Count - 1; i >= 0; i--)
            Move(households.At(from.Caseload[i]), from, NextReceiver(from, anyRole));
        while (from.Intake.Count > 0)
        {
            var h = households.At(from.Intake.Dequeue());
            var to = NextReceiver(from, anyRole);
            to.Intake.Enqueue(h.Slot);
            if (from.HoldsCaseload) h.Caseworker = to.Slot;
            to.DemandToday += applicationDemand;
            Handover(h);
        }
        from.IntakeHeadHoursDone = 0;
        double share = from.ReapplicationOutstanding / receivers;
        foreach (var p in posts)
        {
            if (!IsReceiver(p, from, anyRole)) continue;
            p.AddReapplicationWork(share, documentationFactor);
        }
        from.ReapplicationOutstanding = 0;
        from.DocumentationOwed = 0;   // the leaver's undocumented knowledge is simply lost
        from.DemandToday = 0;
        from.MeetingRemaining = 0;
        from.ExtraNeedRemaining = 0;
        from.PartnerRemaining = 0;
    }

    private Caseworker NextReceiver(Caseworker from, bool anyRole)
    {
        for (int k = 0; k < posts.Length; k++)
        {
            var p = posts[spreadCursor++ % posts.Length];
            if (IsReceiver(p, from, anyRole)) return p;
        }
        throw new InvalidOperationException("No colleague to receive work.");
    }

    private static bool IsReceiver(Caseworker p, Caseworker from, bool anyRole) =>
        p.Filled && p != from && (anyRole ? p.HoldsCaseload || !from.HoldsCaseload : p.Role == from.Role);

    /// <summary>
    /// The filled generalist post with the fewest households per unit of capacity (FTE × where the holder is on
    /// the introduction ramp): how the day-0 stock is dealt out, so a holder still on the ramp, who would have
    /// started with a reduced krets, holds a smaller one.
    /// </summary>
    public Caseworker? LeastLoadedByCapacity() => LeastLoadedGeneralist(byCapacity: true);

    /// <summary>The filled generalist post with the fewest households per FTE.</summary>
    public Caseworker? LeastLoadedFilledPost() => LeastLoadedGeneralist(byCapacity: false);

    private Caseworker? LeastLoadedGeneralist(bool byCapacity)
    {
        Caseworker? best = null;
        double least = double.PositiveInfinity;
        foreach (var p in posts)
        {
            if (!p.Filled || p.Role != PostRole.Generalist) continue;
            double load = p.Caseload.Count / (byCapacity ? p.Capacity(0) : p.Fte);
            if (load < least) { least = load; best = p; }
        }
        return best;
    }
}
