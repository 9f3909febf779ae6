using Planner.Simulation.Model;

namespace Planner.Simulation.Metrics;

/// <summary>
/// The counters of the core mechanisms (Simulation/Model), one slot each, summed per month, per year and over the run:
/// an int index, so the hot loops add without a lookup. The figures made of them are declared by the mechanisms
/// (<see cref="IDeclaresCoreMetrics"/>); a design's own counters are <see cref="CounterKey"/>s declared next to it.
/// Each group names the mechanism that adds it.
/// </summary>
public enum Counter
{
    // Intake: applications (re-entries included) and decisions. ExitsAndReentry: spell ends, refusals, returns.
    NewApplications, Decisions, Exits, ExitsSelfSufficiency, Refusals, ReentriesWithin12Months,
    // Staffing (turnover and recruitment).
    Resignations, Hires,
    // WorkDay: hours demanded, available, overtime and the deadline backlog, and the working days counted.
    DemandHours, AvailableHours, OvertimeHours, BacklogHours, WorkingDays,
    // Strain; Absence (sick leave).
    StrainSum, StrainCount, SickFteDays, SickSpells,
    // Staffing: posts empty, consultant cover, posts and FTE filled.
    VacantPostDays, ConsultantFteDays, FilledFteDays, FilledPostDays,
    // MonthlyCycle: household-months; Meetings: households met; Intake, ContactNeed (and FAS): visits; WorkDay: partner
    // work; Caseloads: handovers.
    HouseholdMonths, HouseholdsMet, Visits, PartnerHours, Handovers,
    // Intake: days from application to decision.
    DecisionDaysSum, DecisionsOver8, DecisionsOver14,
    // The chief (Manager), receipt audits and eligibility changes (Audits), no-shows (ContactNeed).
    ManagerAwayDays, ManagerChanges, DecisionsAwaitingSignature, Audits, AuditHours, EligibilityChanges, NoShows, MeetingsBooked,
    // Intake: from the nybesök (first visit) to the decision, as Kolada counts the wait (S001).
    FirstVisitDaysSum, FirstVisitOver14,
    // MonthlyCycle: households per FTE at each month end. Staffing: the staff's experience and disengagement.
    CasesPerFteMonthly, WeightedCasesPerFteMonthly, CasesPerFteMonths,
    StaffUnderOneYearShare, DisengagedShare, StaffShareMonths,
    // Costs (MonthlyCycle: benefits paid at the month start).
    BenefitCost, StaffCost, ConsultantCost, RecruitmentCost, IntroductionCost, SickPay,
    // ReapplicationWork: re-applications (återansökan): those due at the month start, those worked the ordinary way
    // (or by the payment side), those decided in a FAS meeting, and the hours charged for them.
    Reapplications, ReapplicationsSeparate, ReapplicationsInMeetings, ReapplicationHours,
    // The designs' running cost (timvikarier, automation, a deputy chief's hours) is a component of the total cost,
    // whichever design adds to it; FTE-days in posts with a krets (Staffing) are the denominator of meetings per
    // worker. A design's own counters are its own (CounterKey, declared next to the design), not slots here.
    DesignCost, KretsFteDays,
    // Strain: filled post-days by strain band [b/10, (b+1)/10), b = 0…9 (the top band includes 1): the spread over posts.
    StrainBand0, StrainBand1, StrainBand2, StrainBand3, StrainBand4, StrainBand5, StrainBand6, StrainBand7, StrainBand8, StrainBand9,
    Count,
}

/// <summary>
/// Monthly aggregates and run totals, accumulated as the run goes (no event log): memory is one
/// row per month plus a fixed number of sums. Turns the sums into the catalogue's values at the end.
/// </summary>
public sealed class MetricsAccumulator
{
    // The monthly series' columns after the month's number, declared by the mechanisms (IDeclaresMonthlyColumns).
    private static readonly MonthlyColumn[] MonthlyFigures =
    [
        .. typeof(MetricsAccumulator).Assembly.GetTypes()
            .Where(t => !t.IsInterface && t.GetInterfaces().Contains(typeof(IDeclaresMonthlyColumns)))
            .SelectMany(t => (IReadOnlyList<MonthlyColumn>)t.GetProperty(nameof(IDeclaresMonthlyColumns.MonthlyColumns))!.GetValue(null)!)
            .OrderBy(c => c.Order),
    ];

    /// <summary>
    /// The monthly series' columns in order: the month's number, then those the mechanisms declare — the counts and
    /// means of the month and, for the charts, posts filled (turnover's denominator), the cost by component (adding up
    /// to cost_sek) and the strain distribution over posts.
    /// </summary>
    public static readonly IReadOnlyList<string> Columns = ["month", .. MonthlyFigures.Select(c => c.Name)];

    public const int StrainBands = 10;

    /// <summary>A strain value's band: [b/10, (b+1)/10) for b = 0…9, the top band including 1.</summary>
    public static Counter StrainBand(double strain) =>
        Counter.StrainBand0 + Math.Clamp((int)(strain * StrainBands), 0, StrainBands - 1);

    // Sized by the enum and grown by the counters a design declares for itself (DeclareCounter).
    private double[] month = new double[(int)Counter.Count];
    private double[] total = new double[(int)Counter.Count];
    private readonly Dictionary<CounterKey, int> declared = [];
    private readonly List<double[]> rows = new();

    // Completed spells that started inside the run. The initial stock's spells began before day 0 and
    // are length-biased (a stock holds the long spells), so they are left out of the spell length.
    public long RunSpellsCompleted { get; private set; }
    public double RunSpellMonthsSum { get; private set; }
    public double RunSpellMonthsSumSquares { get; private set; }

    // Long-term share: households by months on assistance in one calendar year (0..12).
    private readonly long[] yearHistogram = new long[13];
    private long longTermHouseholds, householdsInYears, monthsInYears;
    public int YearsTallied { get; private set; }

    // The calendar year in progress: its months' counters summed, and the closed years (YearlyCatalogue).
    private double[] yearSums = new double[(int)Counter.Count];
    private int yearMonths;
    private readonly List<YearTally> closedYears = new();

    private sealed record YearTally(int Year, int Months, bool Whole, double[] Sums, long[] Histogram);

    /// <summary>
    /// Whether the design metrics are reported: on when the scenario has a designs block (even an empty
    /// one), so a unit without designs reports exactly what it reported before designs existed.
    /// </summary>
    public bool ReportDesignMetrics { get; set; }

    public void Add(Counter c, double value) => month[(int)c] += value;

    /// <summary>
    /// The slot of a counter a design keeps for itself (<see cref="CounterKey"/>), given on first use: summed per month,
    /// per year and over the run like every other. A mechanism on a hot path takes the slot once, when it is attached,
    /// and adds with <see cref="Add(int, double)"/>; the same key always gets the same slot.
    /// </summary>
    public int DeclareCounter(CounterKey key)
    {
        if (declared.TryGetValue(key, out int known)) return known;
        int index = month.Length;
        Array.Resize(ref month, index + 1);
        Array.Resize(ref total, index + 1);
        Array.Resize(ref yearSums, index + 1);
        declared[key] = index;
        return index;
    }

    public void Add(int declaredCounter, double value) => month[declaredCounter] += value;
    public void Increment(int declaredCounter) => month[declaredCounter] += 1;
    // The slot first: declaring it may grow (replace) the month's array.
    public void Add(CounterKey key, double value)
    {
        int slot = DeclareCounter(key);
        month[slot] += value;
    }

    public void Increment(CounterKey key) => Add(key, 1);
    public double Total(CounterKey key) => declared.TryGetValue(key, out int i) ? total[i] : 0;

    public void Increment(Counter c) => month[(int)c] += 1;
    public double Total(Counter c) => total[(int)c];

    public void SpellCompleted(int months, bool startedInRun)
    {
        if (!startedInRun) return;
        RunSpellsCompleted++;
        RunSpellMonthsSum += months;
        RunSpellMonthsSumSquares += (double)months * months;
    }

    /// <summary>One household's months on assistance in the calendar year being tallied.</summary>
    public void YearMonths(int months)
    {
        if (months > 0) yearHistogram[Math.Min(12, months)]++;
    }

    /// <summary>
    /// Closes a calendar year after its last month (or the run's): the year's sums and its households by
    /// months on assistance are kept for <see cref="Yearly"/>. With <paramref name="runThreshold"/> the year also
    /// counts towards the run's pooled long-term share: long-term = assistance in ≥ threshold months (10 of 12, S003).
    /// </summary>
    public void CloseYear(int calendarYear, bool whole, int? runThreshold)
    {
        if (yearMonths > 0)
            closedYears.Add(new YearTally(calendarYear, yearMonths, whole, (double[])yearSums.Clone(), (long[])yearHistogram.Clone()));
        if (runThreshold is int threshold)
        {
            var t = Tally(yearHistogram, threshold);
            householdsInYears += t.During;
            monthsInYears += t.Months;
            longTermHouseholds += t.LongTerm;
            YearsTallied++;
        }
        Array.Clear(yearHistogram);
        Array.Clear(yearSums);
        yearMonths = 0;
    }

    /// <summary>Ends a month: its row of the monthly series, from the month's counters, which then go into the totals.</summary>
    public void CloseMonth(int monthIndex)
    {
        double[] m = month;
        var row = new double[Columns.Count];
        row[0] = monthIndex;
        var sums = new CounterSums(m, declared, 0, 1);
        for (int i = 0; i < MonthlyFigures.Length; i++)
            row[i + 1] = MonthlyFigures[i].Value(sums);
        rows.Add(row);
        for (int k = 0; k < m.Length; k++) { total[k] += m[k]; yearSums[k] += m[k]; m[k] = 0; }
        yearMonths++;
    }

    public MonthlySeries Series() => new(Columns, rows.ToArray());

    /// <summary>
    /// Every catalogue key, averaged over the whole horizon. The first simulated year counts too: the run
    /// starts from the unit's computed steady state (ODD §5), so no warm-up is cut (the warm-up line only reports).
    /// </summary>
    public Dictionary<string, double> Values(double years, int population) =>
        ValuesOf(Sums(total, rows.Count, years, population) with
        {
            HouseholdsInYears = householdsInYears, LongTermHouseholds = longTermHouseholds, MonthsInYears = monthsInYears,
            SpellsCompleted = RunSpellsCompleted, SpellMonthsSum = RunSpellMonthsSum,
        });

    // A year's households by months on assistance (histogram[m], m = 1 … 12): how many there were, their months, and those
    // with at least threshold months (the long-term households) and their months.
    private static (long During, long Months, long LongTerm, long LongTermMonths) Tally(long[] histogram, int threshold)
    {
        long during = 0, months = 0, longTerm = 0, longTermMonths = 0;
        for (int m = 1; m <= 12; m++)
        {
            during += histogram[m];
            months += m * histogram[m];
            if (m >= threshold) { longTerm += histogram[m]; longTermMonths += m * histogram[m]; }
        }
        return (during, months, longTerm, longTermMonths);
    }

    /// <summary>
    /// Every figure of <see cref="YearlyCatalogue"/> for each calendar year closed so far, in order: the run figures'
    /// formulas applied to the year's sums (one formula in one place), then the figures only a year has — all declared
    /// by the mechanisms that produce them.
    /// </summary>
    public IReadOnlyList<YearValues> Yearly(int population)
    {
        var list = new List<YearValues>(closedYears.Count);
        foreach (var y in closedYears)
        {
            var t = Tally(y.Histogram, Households.LongTermMonths);
            var sums = Sums(y.Sums, y.Months, y.Months / 12.0, population) with
            {
                HouseholdsInYears = t.During, LongTermHouseholds = t.LongTerm, MonthsInYears = t.Months, LongTermMonths = t.LongTermMonths,
                SpellsCompleted = RunSpellsCompleted, SpellMonthsSum = RunSpellMonthsSum, IsYear = true, WholeYear = y.Whole,
            };
            // The yearly keys only, each by the figure the run's values would take it from (a design's declared
            // figure after the core's, as in ValuesOf), without building the whole catalogue for every year.
            var figures = ReportDesignMetrics ? YearlyFigures.WithDesigns : YearlyFigures.CoreOnly;
            var v = new Dictionary<string, double>(YearlyCatalogue.All.Count);
            foreach (var (key, figure) in figures) v[key] = figure.Value(sums);
            foreach (var figure in YearlyCatalogue.OwnFigures)
                v[figure.Definition.Key] = figure.Value(sums);
            list.Add(new YearValues(y.Year, v));
        }
        return list;
    }

    // Every reported figure from summed counters: the core figures always, the designs' with a designs block. Each
    // figure's formula is declared by its mechanism or design (MetricCatalogue.Core, .Declared), so a year's sums go
    // through the same formulas as the run's.
    private Dictionary<string, double> ValuesOf(CounterSums sums)
    {
        var v = new Dictionary<string, double>(MetricCatalogue.All.Count);
        foreach (var figure in MetricCatalogue.CoreFigures)
            v[figure.Definition.Key] = figure.Value(sums);
        if (ReportDesignMetrics)
            foreach (var figure in MetricCatalogue.DeclaredFigures)
                v[figure.Definition.Key] = figure.Value(sums);
        return v;
    }

    /// <summary>For each key of <see cref="YearlyCatalogue.All"/>, in its order, the figure <see cref="ValuesOf"/> would give it (if any).</summary>
    private static class YearlyFigures
    {
        public static readonly (string Key, DeclaredMetric Figure)[] CoreOnly = Select(MetricCatalogue.CoreFigures);
        public static readonly (string Key, DeclaredMetric Figure)[] WithDesigns = Select([.. MetricCatalogue.CoreFigures, .. MetricCatalogue.DeclaredFigures]);

        private static (string, DeclaredMetric)[] Select(IEnumerable<DeclaredMetric> figures)
        {
            var last = new Dictionary<string, DeclaredMetric>();
            foreach (var f in figures) last[f.Definition.Key] = f;
            return [.. YearlyCatalogue.All.Where(d => last.ContainsKey(d.Key)).Select(d => (d.Key, last[d.Key]))];
        }
    }

    private CounterSums Sums(double[] sums, int monthCount, double years, int population) =>
        new(sums, declared, years, monthCount) { Population = population };
}
