using System.Runtime.CompilerServices;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Who is at work today (MODEL.md §3.8): sick leave first, then vacation. Short spells (days) and
/// long exhaustion spells (months) start with daily hazards that rise with strain. Each filled post
/// draws two uniforms every working day whatever its state, so its stream stays aligned across
/// designs; spell lengths take extra draws only when a spell starts.
/// </summary>
internal sealed class Absence : IDeclaresCoreMetrics, IDeclaresMonthlyColumns
{
    // The core figures of sick leave (MetricCatalogue.Core): definitions, and formulas from the summed counters.
    public static IReadOnlyList<DeclaredMetric> CoreMetrics { get; } =
    [
        new(new(MetricCatalogue.SickLeavePercent, "Sick leave", "% of contracted time", "Sick days as a share of contracted working days.", true),
            s => 100 * CounterSums.RatioOrZero(s[Counter.SickFteDays], s[Counter.FilledFteDays])) { ReportOrder = 5 },
        new(new(MetricCatalogue.SickSpellsPerFteYear, "Sick spells", "spells/FTE/year", "Short and long sick spells per FTE and year.", false),
            s => CounterSums.RatioOrZero(s[Counter.SickSpells], Staffing.MeanFilledFte(s) * s.Years)) { ReportOrder = 20 },
    ];

    // Its columns of the monthly series (MetricsAccumulator.Columns), from a month's counters.
    public static IReadOnlyList<MonthlyColumn> MonthlyColumns { get; } =
    [
        new("sick_pct", 11, s => 100 * CounterSums.RatioOrZero(s[Counter.SickFteDays], s[Counter.FilledFteDays])),
    ];

    private readonly AbsenceParameters p;
    private readonly Calendar calendar;
    private readonly MetricsAccumulator metrics;
    private readonly double longSpellBound;

    private readonly Vacation vacation;

    public Absence(AbsenceParameters parameters, Calendar calendar, MetricsAccumulator metrics, Vacation vacation)
    {
        p = parameters;
        this.calendar = calendar;
        this.metrics = metrics;
        this.vacation = vacation;
        // The highest daily long-spell probability at any strain in [0, 1], with a margin far above rounding.
        longSpellBound = p.LongSpellsPerYear * Math.Exp(Math.Max(0, p.LongSpellStrainEffect)) / Calendar.WorkingDaysPerYear + 1e-12;
    }

    /// <summary>Each holder's vacation for a calendar year (on day 0 and every 1 January; a new holder plans at the start).</summary>
    public void PlanVacations(Caseworker[] posts, int year)
    {
        foreach (var c in posts)
            if (c.Filled) vacation.Plan(c, year);
    }

    /// <summary>A filled post's sick-leave figure of a working day: FTE-days on sick leave.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CountDay(Caseworker c)
    {
        if (IsSick(c)) metrics.Add(Counter.SickFteDays, c.Fte);
    }

    public void UpdatePresence(Caseworker c, int day, int dayOfYear, int year)
    {
        // The day's two uniforms on a copy of the post's stream, written back at once (its state stays in registers);
        // the rare draws of a spell's length below go to the stream itself.
        var copy = c.Random;
        double uShort = copy.NextDouble(), uLong = copy.NextDouble();
        c.Random = copy;
        ref var r = ref c.Random;
        if (c.SickUntilDay > day) return; // still sick: presence stays SickShort / SickLong
        if (c.Presence == Presence.SickLong)
        {
            // Back from an exhaustion spell: part of the strain is gone, and so is the mental exit.
            c.Strain = p.StrainAfterLongSpell * c.StrainAtLongSpellStart;
            c.Disengaged = false;
            c.LastStrainDay = day;
        }

        double s = c.Strain;
        double pShort = ShortSpellsPerYear(p, s) / Calendar.WorkingDaysPerYear;
        // Hot path: the exp is only worth evaluating when the uniform is below its largest possible value.
        bool mayStartLong = uLong < longSpellBound || s is < 0 or > 1;
        if (mayStartLong && uLong < LongSpellsPerYear(p, s) / Calendar.WorkingDaysPerYear)
        {
            double months = p.LongSpellMinMonths + r.NextDouble() * Math.Max(0, p.LongSpellMaxMonths - p.LongSpellMinMonths);
            c.Presence = Presence.SickLong;
            c.SickSpellStartDay = day;
            c.SickUntilDay = day + Math.Max(1, (int)Math.Round(months * Calendar.DaysPerMonth));
            c.StrainAtLongSpellStart = c.Strain;
            metrics.Increment(Counter.SickSpells);
            return;
        }
        if (uShort < pShort)
        {
            int workingDays = 1 + r.Next(p.ShortSpellMaxDays);
            int until = day;
            while (workingDays > 0)
            {
                if (calendar.IsWorkingDay(until)) workingDays--;
                until++;
            }
            c.Presence = Presence.SickShort;
            c.SickSpellStartDay = day;
            c.SickUntilDay = until;
            metrics.Increment(Counter.SickSpells);
            return;
        }
        c.Presence = c.OnVacation(year, dayOfYear) ? Presence.Vacation : Presence.Present;
    }

    public static bool IsSick(Caseworker c) => c.Presence is Presence.SickShort or Presence.SickLong;

    /// <summary>Short spells per year at a strain: linear in strain.</summary>
    public static double ShortSpellsPerYear(AbsenceParameters p, double strain) => p.ShortSpellsPerYear * (1 + p.ShortSpellStrainEffect * strain);

    /// <summary>A short spell's mean length in working days: 1 + a uniform whole number below ShortSpellMaxDays.</summary>
    public static double MeanShortSpellWorkingDays(AbsenceParameters p) => (p.ShortSpellMaxDays + 1) / 2.0;

    /// <summary>
    /// Long (exhaustion) spells per year at a strain: exponential in strain. With <paramref name="spread"/> &gt; 0
    /// it is the mean over a strain spread normally with that standard deviation around <paramref name="strain"/>
    /// (the steady start's typical caseworker, <see cref="SteadyStart"/>): exp(σ_x²/2) above the value at the mean,
    /// σ_x the spread of the exponent, added to the exponent.
    /// </summary>
    public static double LongSpellsPerYear(AbsenceParameters p, double strain, double spread = 0)
    {
        double exponent = p.LongSpellStrainEffect * strain;
        if (spread > 0)
        {
            double s = p.LongSpellStrainEffect * spread;
            exponent += s * s / 2;
        }
        return p.LongSpellsPerYear * Math.Exp(exponent);
    }

    /// <summary>A long spell's mean length in months: uniform between its shortest and longest.</summary>
    public static double MeanLongSpellMonths(AbsenceParameters p) => (p.LongSpellMinMonths + p.LongSpellMaxMonths) / 2;
}
