using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// The unit's chief (S001): away in spells (a daily hazard, exponential length) and leaving now and then (the post
/// then empty for a few months). While the chief is away or the post empty, the manager support that eases
/// strain is not there, and a decision that needs the chief's signature — a fixed share of households, chosen by
/// household number so that it does not draw on any stream — waits until the chief is back or, after at most
/// MaxSignatureWaitWorkingDays, a deputy signs it. Owns the chief's state and the decisions waiting for a signature.
/// Draws come from its own stream ("manager"), one or two per working day whatever happens, so the unit's other
/// streams are untouched.
/// </summary>
internal sealed class Manager : IDeclaresCoreMetrics
{
    // The core figures of the chief's absence (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.ManagerAwayShare, "Chief away", "share", "Share of working days the unit's chief is away or the post empty (S001).", false),
            s => CounterSums.RatioOrZero(s[Counter.ManagerAwayDays], s[Counter.WorkingDays])) { ReportOrder = 32 },
    ];

    private readonly ManagerParameters p;
    private readonly StreamRandom random;
    private readonly Calendar calendar;
    private readonly double spellProbability, leaveProbability;
    private readonly int vacancyDays;
    private readonly uint signatureThreshold;
    // Decisions waiting for a signature: household slot, deciding post, last working day to wait.
    private readonly List<(int Slot, int Post, int Until)> waiting = new(32);
    private int awayUntil = -1, vacantUntil = -1;

    public Manager(ManagerParameters parameters, RandomStreams streams, Calendar calendar)
    {
        p = parameters;
        random = streams.Get("manager");
        this.calendar = calendar;
        spellProbability = 1 - Math.Exp(-p.AbsenceSpellsPerYear / Calendar.WorkingDaysPerYear);
        leaveProbability = 1 - Math.Exp(-p.ResignationPercentPerYear / 100 / Calendar.WorkingDaysPerYear);
        vacancyDays = (int)Math.Round(p.VacancyMonths * Calendar.DaysPerMonth);
        signatureThreshold = (uint)Math.Round(Math.Clamp(p.SignatureShare, 0, 1) * uint.MaxValue);
    }

    /// <summary>
    /// The long-run share of working days the chief is away or the post empty: spells of the mean length, and vacancies
    /// at the leaving rate (for the steady start, which takes the support relief as present that share less).
    /// </summary>
    public static double ExpectedAwayShare(ManagerParameters p)
    {
        double spells = p.AbsenceSpellsPerYear * p.AbsenceSpellWorkingDays / Calendar.WorkingDaysPerYear;
        double vacancy = p.ResignationPercentPerYear / 100 * p.VacancyMonths / 12;
        return Math.Clamp((spells + vacancy) / (1 + spells + vacancy), 0, 1);
    }

    /// <summary>Whether the chief is at work today (set by <see cref="StartDay"/>).</summary>
    public bool Present { get; private set; } = true;

    /// <summary>Decisions waiting for the chief's signature now.</summary>
    public int Waiting => waiting.Count;

    /// <summary>
    /// Each working day, before the work: two uniforms, used or not. The chief may leave (the post empty for
    /// vacancyDays) or start a spell away; otherwise is present once the spell or vacancy is over.
    /// </summary>
    public void StartDay(int day, MetricsAccumulator metrics)
    {
        double uLeave = random.NextDouble(), uSpell = random.NextDouble();
        if (day > vacantUntil && day > awayUntil)
        {
            if (uLeave < leaveProbability)
            {
                vacantUntil = day + Math.Max(1, vacancyDays);
                metrics.Increment(Counter.ManagerChanges);
            }
            else if (uSpell < spellProbability)
            {
                // Exponential length in working days (at least one), from the same uniform's upper part.
                double u = uSpell / spellProbability;
                int length = Math.Max(1, (int)Math.Ceiling(-p.AbsenceSpellWorkingDays * Math.Log(1 - u * 0.999999)));
                awayUntil = calendar.AddWorkingDays(day, length - 1);
            }
        }
        Present = day > vacantUntil && day > awayUntil;
        if (!Present) metrics.Increment(Counter.ManagerAwayDays);
    }

    /// <summary>Whether the decision on this household needs the chief's signature: a fixed share, by household number (Fibonacci hashing).</summary>
    public bool NeedsSignature(Household h) => unchecked((uint)h.Id * 2654435769u) < signatureThreshold;

    /// <summary>Holds a decision for the chief's signature: it waits at most MaxSignatureWaitWorkingDays working days.</summary>
    public void Hold(int slot, int post, int day) =>
        waiting.Add((slot, post, calendar.AddWorkingDays(day, p.MaxSignatureWaitWorkingDays)));

    /// <summary>Each working day, after <see cref="StartDay"/>: signs what waits if the chief is back, or what has waited long enough.</summary>
    public void Sign(int day, Action<int, int, int> complete)
    {
        if (waiting.Count == 0) return;
        int kept = 0;
        for (int i = 0; i < waiting.Count; i++)
        {
            var w = waiting[i];
            if (Present || day >= w.Until) complete(w.Slot, w.Post, day);
            else waiting[kept++] = w;
        }
        waiting.RemoveRange(kept, waiting.Count - kept);
    }
}
