using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Meetings as time allows (MODEL.md §3.4; ODD §7.4, §7.8). Each household needs, in a month, client contact
/// by its weight class (S002: enkel at most one visit, medel about two, tung three to four), more in the first
/// months of a spell (a new plan) and after a change of caseworker. The unit's routine meetings
/// (<see cref="MeetingPlan"/>: one visit every few months) are booked and felt as load; the need beyond them
/// is held only from the hours a day has left when everything else is done, "i mån av tid" (S000), and is
/// what overload drops first. So more staff or fewer cases turn into more meetings, and the caseworker's
/// crowded-out share — which the exit hazard reads — is measured against the households' need, not against a
/// plan that already shrank to what there is time for. Hours of meetings held become households met at the
/// month end: the routine ones first, then, with the extra hours, households not yet met (each taking its
/// month's need), round the krets from a start that moves every month.
/// </summary>
internal sealed class ContactNeed : IDeclaresCoreMetrics
{
    // The core figures of no-shows (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.NoShowShare, "No-shows", "share", "Share of booked client meetings the household did not come to (S004).", false),
            s => CounterSums.RatioOrZero(s[Counter.NoShows], s[Counter.MeetingsBooked])) { ReportOrder = 34 },
    ];

    private const double Epsilon = 1e-9;
    private const int Phases = 4;
    private readonly ContactNeedParameters p;
    private readonly double[] needByClass;
    private readonly double handoverDays, documentationFactor, visitHours;
    // The phase factor for (new plan, recent handover) as flags 1 and 2, each entry the formula's own value, so the
    // month start reads a table instead of branching on two flags that differ from one household to the next.
    private readonly double[] phaseByFlags;
    // The month's need by weight class and phase flags, [class × 4 + flags]: each entry the class's need times the phase
    // factor, the same product the formula gives, made once instead of for every household every month.
    private readonly double[] needByClassAndFlags;
    private readonly Kernel.StreamRandom? noShows;

    /// <param name="noShows">The no-show draws' own stream (one per meeting booked at the month end); null: the steady start, which draws nothing.</param>
    public ContactNeed(ContactNeedParameters parameters, WorkParameters work, double documentationFactor, Kernel.StreamRandom? noShows = null)
    {
        this.noShows = noShows;
        p = parameters;
        needByClass = [p.NeedHoursEnkel, p.NeedHoursMedel, p.NeedHoursTung];
        handoverDays = p.HandoverMonths * Calendar.DaysPerMonth;
        this.documentationFactor = documentationFactor;
        visitHours = work.VisitHours;
        phaseByFlags = [1, p.NewPlanFactor, Math.Max(1, p.HandoverFactor), Math.Max(p.NewPlanFactor, p.HandoverFactor)];
        needByClassAndFlags = new double[needByClass.Length * Phases];
        for (int w = 0; w < needByClass.Length; w++)
            for (int f = 0; f < Phases; f++)
                needByClassAndFlags[w * Phases + f] = needByClass[w] * phaseByFlags[f];
    }

    /// <summary>Phase multiplier: a new plan in the spell's first months, or a new caseworker (the larger of the two).</summary>
    public double PhaseFactor(Household h, double now) => phaseByFlags[PhaseFlags(h, now)];

    // 1: a new plan (the spell's first months); 2: a recent handover.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int PhaseFlags(Household h, double now) =>
        (h.MonthsOnAssistance < p.NewPlanMonths ? 1 : 0) | (now - h.LastHandoverTime <= handoverDays ? 2 : 0);

    /// <summary>The need of a class before the phase (hours of visits a month).</summary>
    public double ClassNeed(WeightClass w) => needByClass[(int)w];

    /// <summary>
    /// At the month start, for one household of a krets: sets its need (<paramref name="need"/>) and returns the part
    /// of it beyond the routine hours booked with it this month (<paramref name="routineHours"/>, 0 if none is due).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double Plan(Household h, double now, double routineHours, out double need)
    {
        need = needByClassAndFlags[(int)h.Weight * Phases + PhaseFlags(h, now)];
        h.NeedHours = need;
        return Math.Max(0, need - routineHours);
    }

    /// <summary>
    /// The last step of a working day: hours left after all other work go to meetings beyond the routine, up to
    /// the need still open, each with its documentation done at once. Returns the hours used (meetings and
    /// their documentation). Not demand: a meeting beyond the routine that never fits is not felt as load.
    /// </summary>
    public double HoldExtra(Caseworker c, double left)
    {
        if (left <= Epsilon || c.ExtraNeedRemaining <= Epsilon) return 0;
        double meetings = Math.Min(left / documentationFactor, c.ExtraNeedRemaining);
        c.ExtraNeedRemaining -= meetings;
        c.MeetingDone += meetings;
        return meetings * documentationFactor;
    }

    /// <summary>
    /// The crowded-out share of the month's client work against need: 1 − (meetings and partner work done) ÷
    /// (the larger of the meetings planned and the need, plus the partner work planned).
    /// </summary>
    public static double CrowdedOut(Caseworker c)
    {
        double wanted = Math.Max(c.MeetingPlanned, c.NeedPlanned) + c.PartnerPlanned;
        return wanted > 0 ? Math.Clamp(1 - (c.MeetingDone + c.PartnerDone) / wanted, 0, 1) : 0;
    }

    /// <summary>
    /// Turns the month's meeting hours into households met: households with a routine meeting booked first, at its
    /// hours; then, with what is left, households not yet met, each at its month's need (in turn: the round stops at
    /// the first whose need no longer fits); hours left over from meetings not completed are not counted.
    /// Households decided this month were met at their nybesök.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public void MarkMet(Caseworker c, int month, Households households, MetricsAccumulator metrics, MeetingPlan plan)
    {
        var caseload = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(c.Caseload);
        int n = caseload.Length;
        if (n == 0) return;
        double budget = c.MeetingDone + Epsilon, visits = 0;
        // Meetings booked and no-shows are counted here and added once (whole numbers: the same sums as one by one).
        int booked = 0, noShowCount = 0;
        int start = MeetingPlan.RotationStart(month, c.Slot, n);
        for (int k = 0, i = start; k < n && budget > 1e-6; k++, i = i + 1 == n ? 0 : i + 1)
        {
            var h = households.At(caseload[i]);
            if (h.MetThisMonth || !h.MeetingPlanned) continue;
            double hours = plan.HoursWhenDue(h.Weight);
            if (hours > budget) continue;
            budget -= hours;
            booked++;
            if (NoShow())
            {
                noShowCount++;
                continue;
            }
            h.MetThisMonth = true;
            visits += plan.VisitsWhenMet(h.Weight);
        }
        for (int k = 0, i = start; k < n && budget > 1e-6; k++, i = i + 1 == n ? 0 : i + 1)
        {
            var h = households.At(caseload[i]);
            if (h.MetThisMonth || h.NeedHours <= 0) continue;
            double hours = h.NeedHours;
            if (hours > budget) break;
            budget -= hours;
            booked++;
            if (NoShow())
            {
                noShowCount++;
                continue;
            }
            h.MetThisMonth = true;
            visits += Math.Max(1, Math.Round(hours / visitHours, MidpointRounding.AwayFromZero));
        }
        metrics.Add(Counter.Visits, visits);
        metrics.Add(Counter.MeetingsBooked, booked);
        metrics.Add(Counter.NoShows, noShowCount);
    }

    /// <summary>One uniform per meeting booked: the household did not come (S004), the hours are spent all the same.</summary>
    private bool NoShow() => noShows is not null && !(noShows.NextDouble() >= p.NoShowShare);
}
