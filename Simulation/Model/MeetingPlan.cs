using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Which households a caseworker plans to meet in a month, without a quota (MODEL.md §3.4). A weight
/// class's meeting hours per month m are an average: below one visit (VisitHours) a month the household
/// is planned one visit every k = round(VisitHours ÷ m) months, counted from the month of its decision
/// (its nybesök); at or above one visit it is planned every month, with m hours of visits. A planned
/// meeting that does not fit lapses with the month, like the rest of the month's plan: meetings are held
/// "i mån av tid" and are what is dropped under load (S000), so a household can go long unmet — before
/// FAS, clients were "rarely met" (S004). S002's contact needs are Ale's after its caseload fell to
/// about 40; a generalist unit at 55 cases plans them more sparsely.
/// </summary>
internal sealed class MeetingPlan
{
    private readonly int[] interval = new int[3];
    private readonly double[] hoursWhenDue = new double[3];
    private readonly double[] visitsWhenMet = new double[3];

    public MeetingPlan(WorkParameters w)
    {
        Set(WeightClass.Enkel, w.MeetingHoursEnkel, w.VisitHours);
        Set(WeightClass.Medel, w.MeetingHoursMedel, w.VisitHours);
        Set(WeightClass.Tung, w.MeetingHoursTung, w.VisitHours);
    }

    private void Set(WeightClass c, double hoursPerMonth, double visitHours)
    {
        int k = (int)c;
        if (hoursPerMonth <= 0)
        {
            interval[k] = int.MaxValue;
            return;
        }
        interval[k] = hoursPerMonth >= visitHours ? 1 : Math.Max(1, (int)Math.Round(visitHours / hoursPerMonth, MidpointRounding.AwayFromZero));
        hoursWhenDue[k] = hoursPerMonth * interval[k];
        // Half visits round up: 2.5 h of meetings are three visits (to-even rounding made them two, like 1.5 h).
        visitsWhenMet[k] = Math.Max(1, Math.Round(hoursWhenDue[k] / visitHours, MidpointRounding.AwayFromZero));
    }

    /// <summary>Months between planned meetings (1: every month; int.MaxValue: never).</summary>
    public int Interval(WeightClass c) => interval[(int)c];

    /// <summary>Meeting hours planned in a month the household is due.</summary>
    public double HoursWhenDue(WeightClass c) => hoursWhenDue[(int)c];

    /// <summary>Visits those hours are (at least one).</summary>
    public double VisitsWhenMet(WeightClass c) => visitsWhenMet[(int)c];

    /// <summary>
    /// Where in a krets of <paramref name="n"/> households the month's meetings start: it moves from month to
    /// month and differs between posts, so without a quota meetings go round whoever there is time for.
    /// </summary>
    public static int RotationStart(int month, int slot, int n) => (int)(((long)month * 7919 + slot * 31L) % n);

    /// <summary>
    /// At the month start: whether a meeting with the household is planned this month (its next meeting
    /// falls in it); if so the next one is set an interval later, whether or not this one is held (a
    /// meeting that does not fit lapses).
    /// </summary>
    public bool PlanMonth(Household h, int month)
    {
        bool due = month >= h.NextMeetingMonth;
        if (due) h.NextMeetingMonth = month + interval[(int)h.Weight];
        h.MeetingPlanned = due;
        return due;
    }

    /// <summary>A spell starts with the decision in <paramref name="month"/> (the nybesök is its meeting): the next is an interval later.</summary>
    public void Decided(Household h, int month)
    {
        int k = interval[(int)h.Weight];
        h.NextMeetingMonth = k == int.MaxValue ? int.MaxValue : month + k;
        h.MeetingPlanned = false;
    }

    /// <summary>
    /// A household of the day-0 stock, decided m = MonthsOnAssistance months before month 0: its meetings fall
    /// every interval from that month, as for any household, so the plans of the first months are those of a
    /// unit in its steady state.
    /// </summary>
    public void Carried(Household h)
    {
        int k = interval[(int)h.Weight];
        int m = h.MonthsOnAssistance;
        h.NextMeetingMonth = k == int.MaxValue ? int.MaxValue : (k - m % k) % k;
        h.MeetingPlanned = false;
    }
}
