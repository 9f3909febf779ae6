using System.Runtime.CompilerServices;
using Planner.Simulation.Designs;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;

namespace Planner.Simulation.Model;

/// <summary>
/// Exits and re-entry (MODEL.md §3.5): at each month end every household on assistance faces the exit hazard
/// (<see cref="Exits"/>: its distance to the labour market and months on assistance, the labour market, the month's
/// meetings and its caseworker changes; a design may adjust it), and a household that leaves may re-apply later
/// (återaktualisering, S001: 71 % of adults not back within a year) — as a new application to the intake. Owns the
/// count of spells ended (conservation) and the exit figures; starts the run with the steady state's households who
/// left before day 0 and will return.
/// </summary>
internal sealed class ExitsAndReentry : IDeclaresCoreMetrics, IDeclaresYearlyMetrics, IDeclaresMonthlyColumns
{
    // The core figures of spell ends, refusals and returns (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.ExitsPer100PerMonth, "Exits to self-sufficiency", "per 100 households/month", "Exits to work or studies per 100 active households per month.", true),
            s => 100 * CounterSums.RatioOrZero(s[Counter.ExitsSelfSufficiency], s[Counter.HouseholdMonths])) { ReportOrder = 13 },
        new(new(MetricCatalogue.MeanSpellMonths, "Spell length", "months", "Mean length of the assistance spells that started and ended inside the run (the initial stock's spells are left out: a stock over-represents long spells; spells still running at the end are not counted, so short horizons lean short).", false),
            s => s.SpellsCompleted > 0 ? s.SpellMonthsSum / s.SpellsCompleted : 0) { ReportOrder = 29 },
        new(new(MetricCatalogue.RefusalsPerYear, "Refusals", "per year", "Refusals (avslag) for broken planning per year.", false),
            s => s[Counter.Refusals] / s.Years) { ReportOrder = 31 },
        new(new(MetricCatalogue.ReentryWithin12Months, "Re-entry within 12 months", "share", "Share of exits that re-apply within 12 months (S001).", false),
            s => CounterSums.RatioOrZero(s[Counter.ReentriesWithin12Months], s[Counter.Exits])) { ReportOrder = 35 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("exits", 4, s => s[Counter.Exits]),
        new("exits_self_sufficiency", 5, s => s[Counter.ExitsSelfSufficiency]),
        new("refusals", 6, s => s[Counter.Refusals]),
    ];

    // The figures only a calendar year has, of spell ends (YearlyCatalogue.Own), from a year's sums.
    public static IReadOnlyList<DeclaredMetric> YearlyMetrics { get; } =
    [
        new(new(YearlyCatalogue.Exits, "Spell ends", "per year", "Spells ended in the year, refusals included.", false),
            s => s[Counter.Exits]) { ReportOrder = 5 },
    ];

    private readonly Exits exits;
    private readonly Inflow inflow;
    private readonly Households households;
    private readonly Caseloads caseloads;
    private readonly Intake intake;
    private readonly DesignSet designs;
    private readonly Calendar calendar;
    private readonly Scheduler clock;
    private readonly MetricsAccumulator metrics;
    private readonly Action<int> onReentry;

    public ExitsAndReentry(Exits exits, Inflow inflow, Households households, Caseloads caseloads, Intake intake,
        DesignSet designs, Calendar calendar, Scheduler clock, MetricsAccumulator metrics)
    {
        this.exits = exits;
        this.inflow = inflow;
        this.households = households;
        this.caseloads = caseloads;
        this.intake = intake;
        this.designs = designs;
        this.calendar = calendar;
        this.clock = clock;
        this.metrics = metrics;
        onReentry = slot => intake.Apply(households.At(slot));
    }

    /// <summary>Spells ended: exits during the run and the day-0 households waiting to return (conservation).</summary>
    public int Exited { get; private set; }

    /// <summary>
    /// Households who left before day 0 and will re-apply (S001): without them the returns would start
    /// from nothing and the first year would be short of applications. The delays are exponential, so
    /// those still to come wait an exponential time from day 0 as well.
    /// </summary>
    public void StartReturnsToCome(SteadyStart steady)
    {
        int pool = steady.ReentryPool;
        for (int i = 0; i < pool; i++)
        {
            var h = households.NewInitial();
            inflow.DrawAttributes(h, inflow.PathAt(0));
            double delay = h.Random.Exponential(exits.ReentryMeanMonths) * Calendar.DaysPerMonth;
            h.State = HouseholdState.AwaitingReentry;
            Exited++;
            if (delay < calendar.Days) clock.ScheduleAt(delay, onReentry, h.Slot);
            else households.Release(h);
        }
    }

    /// <summary>The krets's part of its households' exit hazard this month (<see cref="Exits.OverloadFactor"/>), after its meetings are marked.</summary>
    public double OverloadFactor(Caseworker c) => exits.OverloadFactor(c.CrowdedOutShare);

    /// <summary>The labour market's effect on the exit hazard in a month (the path at its middle).</summary>
    public double LabourMarketFactor(int month) => exits.LabourMarketFactor(inflow.PathAt(month + 0.5));

    /// <summary>
    /// One household's month end, after its meetings are counted: the hazard (adjusted by the designs), one more
    /// month on assistance, and the draw; an exit ends the spell.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EndOfMonth(Household h, Caseworker c, double overloadFactor, double labourMarket, double now)
    {
        double hazard = exits.Hazard(h, h.HandoversWithin(now, Calendar.DaysPerYear), overloadFactor, labourMarket);
        double refusalFactor = 1.0;
        designs.AdjustExit(h, ref hazard, ref refusalFactor);
        h.MonthsOnAssistance++;
        var route = exits.Draw(h, hazard, out double reentryMonths, refusalFactor);
        if (route != ExitRoute.None) EndSpell(h, c, route, reentryMonths);
    }

    // Rare (a few households a month): kept out of the month-end loop, which stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EndSpell(Household h, Caseworker c, ExitRoute route, double reentryMonths)
    {
        caseloads.Remove(c, h);
        Exited++;
        metrics.Increment(Counter.Exits);
        if (Exits.IsSelfSufficiency(route)) metrics.Increment(Counter.ExitsSelfSufficiency);
        if (route == ExitRoute.Refused) metrics.Increment(Counter.Refusals);
        metrics.SpellCompleted(h.MonthsOnAssistance, h.SpellStartedInRun);
        if (reentryMonths >= 0)
        {
            double delay = reentryMonths * Calendar.DaysPerMonth;
            if (delay <= Calendar.DaysPerYear) metrics.Increment(Counter.ReentriesWithin12Months);
            if (clock.Now + delay < calendar.Days)
            {
                h.State = HouseholdState.AwaitingReentry;
                clock.Schedule(delay, onReentry, h.Slot);
                return;
            }
        }
        households.Release(h);
    }
}
