namespace Planner.Simulation.Metrics;

/// <summary>Running sums the model adds to while it runs; one slot per counter, summed per month and over the run.</summary>
public enum Counter
{
    NewApplications, Decisions, Exits, ExitsSelfSufficiency, Refusals, ReentriesWithin12Months,
    Resignations, Hires,
    DemandHours, AvailableHours, OvertimeHours, BacklogHours, WorkingDays,
    StrainSum, StrainCount, SickFteDays, SickSpells,
    VacantPostDays, ConsultantFteDays, FilledFteDays, FilledPostDays,
    HouseholdMonths, HouseholdsMet, Visits, PartnerHours, Handovers,
    DecisionDaysSum, DecisionsOver8, DecisionsOver14,
    // The chief (Manager), receipt audits and eligibility changes (Audits), no-shows (ContactNeed).
    ManagerAwayDays, ManagerChanges, DecisionsAwaitingSignature, Audits, AuditHours, EligibilityChanges, NoShows, MeetingsBooked,
    // From the nybesök (first visit) to the decision, as Kolada counts the wait (S001).
    FirstVisitDaysSum, FirstVisitOver14,
    CasesPerFteMonthly, WeightedCasesPerFteMonthly, CasesPerFteMonths,
    StaffUnderOneYearShare, DisengagedShare, StaffShareMonths,
    BenefitCost, StaffCost, ConsultantCost, RecruitmentCost, IntroductionCost, SickPay,
    // Re-applications (återansökan): those due at the month start, those worked the ordinary way (or by the
    // payment side), those decided in a FAS meeting, and the hours charged for them.
    Reapplications, ReapplicationsSeparate, ReapplicationsInMeetings, ReapplicationHours,
    // The designs' running cost (timvikarier, automation, a deputy chief's hours) is a component of the total cost,
    // whichever design adds to it; FTE-days in posts with a krets are the denominator of meetings per worker. A
    // design's own counters are its own (CounterKey, declared next to the design), not slots here.
    DesignCost, KretsFteDays,
    // Filled post-days by strain band [b/10, (b+1)/10), b = 0…9 (the top band includes 1): the spread over posts.
    StrainBand0, StrainBand1, StrainBand2, StrainBand3, StrainBand4, StrainBand5, StrainBand6, StrainBand7, StrainBand8, StrainBand9,
    Count,
}

/// <summary>
/// Monthly aggregates and run totals, accumulated as the run goes (no event log): memory is one
/// row per month plus a fixed number of sums. Turns the sums into the catalogue's values at the end.
/// </summary>
public sealed class MetricsAccumulator
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "month", "households", "new_applications", "decisions", "exits", "exits_self_sufficiency", "refusals",
        "cases_per_fte", "weighted_cases_per_fte", "utilisation", "strain_mean", "sick_pct", "resignations", "hires",
        "vacant_posts", "consultant_fte", "backlog_hours", "overtime_hours", "share_met", "meetings",
        "days_to_decision", "cost_sek",
        // For the charts: posts filled (turnover's denominator), the cost by component (they add up to cost_sek)
        // and the strain distribution over posts.
        "filled_posts", "benefit_cost_sek", "staff_cost_sek", "consultant_cost_sek", "recruitment_cost_sek",
        "introduction_cost_sek", "sick_pay_sek", "design_cost_sek",
        "strain_band_0", "strain_band_1", "strain_band_2", "strain_band_3", "strain_band_4",
        "strain_band_5", "strain_band_6", "strain_band_7", "strain_band_8", "strain_band_9",
    ];

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
            for (int m = 1; m <= 12; m++)
            {
                householdsInYears += yearHistogram[m];
                monthsInYears += m * yearHistogram[m];
                if (m >= threshold) longTermHouseholds += yearHistogram[m];
            }
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
        double Get(Counter c) => m[(int)c];
        static double Ratio(double a, double b) => b > 0 ? a / b : 0;
        var row = new double[Columns.Count];
        int i = 0;
        row[i++] = monthIndex;
        row[i++] = Get(Counter.HouseholdMonths);
        row[i++] = Get(Counter.NewApplications);
        row[i++] = Get(Counter.Decisions);
        row[i++] = Get(Counter.Exits);
        row[i++] = Get(Counter.ExitsSelfSufficiency);
        row[i++] = Get(Counter.Refusals);
        row[i++] = Get(Counter.CasesPerFteMonthly);
        row[i++] = Get(Counter.WeightedCasesPerFteMonthly);
        row[i++] = Ratio(Get(Counter.DemandHours), Get(Counter.AvailableHours));
        row[i++] = Ratio(Get(Counter.StrainSum), Get(Counter.StrainCount));
        row[i++] = 100 * Ratio(Get(Counter.SickFteDays), Get(Counter.FilledFteDays));
        row[i++] = Get(Counter.Resignations);
        row[i++] = Get(Counter.Hires);
        row[i++] = Ratio(Get(Counter.VacantPostDays), Get(Counter.WorkingDays));
        row[i++] = Ratio(Get(Counter.ConsultantFteDays), Get(Counter.WorkingDays));
        row[i++] = Ratio(Get(Counter.BacklogHours), Get(Counter.WorkingDays));
        row[i++] = Get(Counter.OvertimeHours);
        row[i++] = Ratio(Get(Counter.HouseholdsMet), Get(Counter.HouseholdMonths));
        row[i++] = Get(Counter.Visits);
        row[i++] = Ratio(Get(Counter.DecisionDaysSum), Get(Counter.Decisions));
        row[i++] = Cost(m);
        row[i++] = Ratio(Get(Counter.FilledPostDays), Get(Counter.WorkingDays));
        row[i++] = Get(Counter.BenefitCost);
        row[i++] = Get(Counter.StaffCost);
        row[i++] = Get(Counter.ConsultantCost);
        row[i++] = Get(Counter.RecruitmentCost);
        row[i++] = Get(Counter.IntroductionCost);
        row[i++] = Get(Counter.SickPay);
        row[i++] = Get(Counter.DesignCost);
        for (int b = 0; b < StrainBands; b++)
            row[i++] = Ratio(Get(Counter.StrainBand0 + b), Get(Counter.StrainCount));
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
        ValuesOf(total, rows.Count, years, population, householdsInYears, longTermHouseholds, monthsInYears);

    /// <summary>
    /// Every figure of <see cref="YearlyCatalogue"/> for each calendar year closed so far, in order: the catalogue's
    /// formulas applied to the year's sums (one formula in one place), and the statistics' own figures.
    /// </summary>
    public IReadOnlyList<YearValues> Yearly(int population)
    {
        var list = new List<YearValues>(closedYears.Count);
        foreach (var y in closedYears)
        {
            long during = 0, longTerm = 0, longTermMonths = 0, months = 0;
            for (int m = 1; m <= 12; m++)
            {
                during += y.Histogram[m];
                months += m * y.Histogram[m];
                if (m >= 10) { longTerm += y.Histogram[m]; longTermMonths += m * y.Histogram[m]; }
            }
            var all = ValuesOf(y.Sums, y.Months, y.Months / 12.0, population, during, longTerm, months);
            var v = new Dictionary<string, double>(YearlyCatalogue.All.Count);
            foreach (var d in YearlyCatalogue.All)
                if (all.TryGetValue(d.Key, out var value)) v[d.Key] = value;
            double S(Counter c) => y.Sums[(int)c];
            static double Ratio(double a, double b) => b > 0 ? a / b : double.NaN;
            double householdMonths = S(Counter.HouseholdMonths), cost = Cost(y.Sums);
            v[YearlyCatalogue.MonthsInYear] = y.Months;
            v[YearlyCatalogue.HouseholdsDuringYear] = during;
            v[YearlyCatalogue.YearToMonthRatio] = Ratio(during, householdMonths / y.Months);
            v[YearlyCatalogue.HouseholdMonths] = householdMonths;
            v[YearlyCatalogue.Exits] = S(Counter.Exits);
            v[YearlyCatalogue.CostSek] = cost;
            v[YearlyCatalogue.CostPerHouseholdMonth] = Ratio(cost, householdMonths);
            v[YearlyCatalogue.BenefitPerHouseholdMonth] = Ratio(S(Counter.BenefitCost), householdMonths);
            // The 10-of-12 rule needs the year's 12 months.
            v[YearlyCatalogue.LongTermHouseholds] = y.Whole ? longTerm : double.NaN;
            v[MetricCatalogue.LongTermShare] = y.Whole ? Ratio(longTerm, during) : double.NaN;
            v[MetricCatalogue.MonthsPerHouseholdYear] = y.Whole ? Ratio(months, during) : double.NaN;
            v[YearlyCatalogue.LongTermMeanMonths] = y.Whole ? Ratio(longTermMonths, longTerm) : double.NaN;
            list.Add(new YearValues(y.Year, v));
        }
        return list;
    }

    private Dictionary<string, double> ValuesOf(double[] sums, int monthCount, double years, int population,
        long ltAll, long ltLong, long ltMonths)
    {
        double T(Counter c) => sums[(int)c];
        static double Ratio(double a, double b) => b > 0 ? a / b : 0;
        double months = monthCount;
        double meanFilledFte = Ratio(T(Counter.FilledFteDays), T(Counter.WorkingDays));
        double fteYears = meanFilledFte * years;
        double fteMonths = meanFilledFte * months;
        // Meetings are held by the posts with a krets; a design's other posts (beredskapsteam) hold none.
        double kretsFteMonths = Ratio(T(Counter.KretsFteDays), T(Counter.WorkingDays)) * months;
        double cost = Cost(sums);

        var v = new Dictionary<string, double>(MetricCatalogue.All.Count)
        {
            [MetricCatalogue.CasesPerFte] = Ratio(T(Counter.CasesPerFteMonthly), T(Counter.CasesPerFteMonths)),
            [MetricCatalogue.WeightedCasesPerFte] = Ratio(T(Counter.WeightedCasesPerFteMonthly), T(Counter.CasesPerFteMonths)),
            [MetricCatalogue.Utilisation] = Ratio(T(Counter.DemandHours), T(Counter.AvailableHours)),
            [MetricCatalogue.StrainIndex] = Ratio(T(Counter.StrainSum), T(Counter.StrainCount)),
            [MetricCatalogue.SickLeavePercent] = 100 * Ratio(T(Counter.SickFteDays), T(Counter.FilledFteDays)),
            [MetricCatalogue.TurnoverPercentPerYear] = 100 * Ratio(T(Counter.Resignations) / years, Ratio(T(Counter.FilledPostDays), T(Counter.WorkingDays))),
            [MetricCatalogue.DaysToDecision] = Ratio(T(Counter.DecisionDaysSum), T(Counter.Decisions)),
            [MetricCatalogue.ShareDecisionOver8Days] = Ratio(T(Counter.DecisionsOver8), T(Counter.Decisions)),
            [MetricCatalogue.ShareDecisionOver14Days] = Ratio(T(Counter.DecisionsOver14), T(Counter.Decisions)),
            [MetricCatalogue.DaysFirstVisitToDecision] = Ratio(T(Counter.FirstVisitDaysSum), T(Counter.Decisions)),
            [MetricCatalogue.ShareFirstVisitOver14Days] = Ratio(T(Counter.FirstVisitOver14), T(Counter.Decisions)),
            [MetricCatalogue.ShareMetInMonth] = Ratio(T(Counter.HouseholdsMet), T(Counter.HouseholdMonths)),
            [MetricCatalogue.ExitsPer100PerMonth] = 100 * Ratio(T(Counter.ExitsSelfSufficiency), T(Counter.HouseholdMonths)),
            [MetricCatalogue.LongTermShare] = Ratio(ltLong, ltAll),
            [MetricCatalogue.MonthsPerHouseholdYear] = Ratio(ltMonths, ltAll),
            [MetricCatalogue.TotalCostPerYear] = cost / years,
            [MetricCatalogue.CostPerInhabitant] = cost / years / population,
            [MetricCatalogue.HouseholdsActive] = Ratio(T(Counter.HouseholdMonths), months),
            [MetricCatalogue.BacklogHours] = Ratio(T(Counter.BacklogHours), T(Counter.WorkingDays)),
            [MetricCatalogue.OvertimeHoursPerFteMonth] = Ratio(T(Counter.OvertimeHours), fteMonths),
            [MetricCatalogue.SickSpellsPerFteYear] = Ratio(T(Counter.SickSpells), fteYears),
            [MetricCatalogue.ResignationsPerYear] = T(Counter.Resignations) / years,
            [MetricCatalogue.VacantPosts] = Ratio(T(Counter.VacantPostDays), T(Counter.WorkingDays)),
            [MetricCatalogue.ConsultantFte] = Ratio(T(Counter.ConsultantFteDays), T(Counter.WorkingDays)),
            [MetricCatalogue.ShareUnderOneYear] = Ratio(T(Counter.StaffUnderOneYearShare), T(Counter.StaffShareMonths)),
            [MetricCatalogue.DisengagedShare] = Ratio(T(Counter.DisengagedShare), T(Counter.StaffShareMonths)),
            [MetricCatalogue.MeetingsPerWorkerMonth] = Ratio(T(Counter.Visits), kretsFteMonths),
            [MetricCatalogue.PartnerHoursPerHouseholdMonth] = Ratio(T(Counter.PartnerHours), T(Counter.HouseholdMonths)),
            [MetricCatalogue.ReapplicationHoursPerHouseholdMonth] = Ratio(T(Counter.ReapplicationHours), T(Counter.HouseholdMonths)),
            [MetricCatalogue.MeanSpellMonths] = RunSpellsCompleted > 0 ? RunSpellMonthsSum / RunSpellsCompleted : 0,
            [MetricCatalogue.RefusalsPerYear] = T(Counter.Refusals) / years,
            [MetricCatalogue.ManagerAwayShare] = Ratio(T(Counter.ManagerAwayDays), T(Counter.WorkingDays)),
            [MetricCatalogue.EligibilityChangesPerYear] = T(Counter.EligibilityChanges) / years,
            [MetricCatalogue.NoShowShare] = Ratio(T(Counter.NoShows), T(Counter.MeetingsBooked)),
            [MetricCatalogue.ReentryWithin12Months] = Ratio(T(Counter.ReentriesWithin12Months), T(Counter.Exits)),
            [MetricCatalogue.HandoversPerHousehold] = Ratio(T(Counter.Handovers), T(Counter.HouseholdMonths) / 12),
            [MetricCatalogue.BenefitCostPerYear] = T(Counter.BenefitCost) / years,
            [MetricCatalogue.StaffCostPerYear] = T(Counter.StaffCost) / years,
            [MetricCatalogue.ConsultantCostPerYear] = T(Counter.ConsultantCost) / years,
            [MetricCatalogue.RecruitmentCostPerYear] = T(Counter.RecruitmentCost) / years,
            [MetricCatalogue.IntroductionCostPerYear] = T(Counter.IntroductionCost) / years,
            [MetricCatalogue.SickPayPerYear] = T(Counter.SickPay) / years,
        };
        // The designs' figures, declared next to them (MetricCatalogue.Declared), whichever designs are on.
        if (ReportDesignMetrics)
        {
            var counted = new CounterSums(sums, declared, years, months);
            foreach (var figure in MetricCatalogue.DeclaredFigures)
                v[figure.Definition.Key] = figure.Value(counted);
        }
        return v;
    }

    /// <summary>Total cost in sums of the counters (a month's or the run's): benefits, staff, consultants, recruitment, introduction, sick pay, designs.</summary>
    private static double Cost(double[] sums) =>
        sums[(int)Counter.BenefitCost] + sums[(int)Counter.StaffCost] + sums[(int)Counter.ConsultantCost]
        + sums[(int)Counter.RecruitmentCost] + sums[(int)Counter.IntroductionCost] + sums[(int)Counter.SickPay]
        + sums[(int)Counter.DesignCost];
}
