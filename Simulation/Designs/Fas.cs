using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// FAS, det förstärkta arbetssättet (Malmö, S004). Every household in a krets is planned one FAS meeting
/// a month (calculation gone through with the client, decision given, conversation). The quota (per
/// FTE, less planned vacation, at most the krets) goes before all non-deadline work, documentation
/// included, at a steady pace over the caseworker's non-vacation working days — a sick day leaves
/// meetings to catch up. The FAS meetings beyond the quota and the follow-up contacts the household's
/// weight class needs beyond its FAS meeting are planned like ordinary meetings, "i mån av tid" after
/// documentation, and partner and change work (SIP, home visits) come last — what the quota crowds
/// out. In the last CrunchWorkingDays quota meetings still owed are held short (≥15 min counts), in
/// overtime if need be, and strain rises with the quota still owed. Households met several months in a row
/// show more needs (extra change work); households met are refused less often; a short meeting gives
/// only part of a meeting's effect on exits. Meetings (output) and exits (outcome) are reported apart.
/// </summary>
internal sealed class Fas(FasParameters p) : IWorkOrderDesign, IStaffDesign, IMonthlyDesign
{
    private const double Tiny = 1e-9;
    private readonly double fullHours = (p.CalculationMinutes + p.ConversationMinutes) / 60;
    private readonly double shortHours = Math.Min(p.ShortMeetingMinutes, p.CalculationMinutes + p.ConversationMinutes) / 60;
    private UnitSimulation unit = null!;
    private double shortExitFactor;

    // Per post, this month.
    private double[] quota = [], quotaHeld = [], shortHeld = [], hoursDone = [], beyondHours = [], followUpHours = [];
    private int[] presentDays = [], workDays = [], countedTo = [], elapsed = [];
    private int[] crunchDay = [];
    private double[] crunch = [];

    // Households met only by a short meeting this month, by household slot.
    private bool[] shortMet = new bool[256];
    private readonly List<int> shortMetSlots = [];

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        int n = unit.Posts.Count;
        quota = new double[n];
        quotaHeld = new double[n];
        beyondHours = new double[n];
        followUpHours = new double[n];
        shortHeld = new double[n];
        hoursDone = new double[n];
        presentDays = new int[n];
        workDays = new int[n];
        countedTo = new int[n];
        elapsed = new int[n];
        crunchDay = new int[n];
        crunch = new double[n];
        Array.Fill(crunchDay, -1);
        double effect = unit.Parameters.Exits.MeetingEffect;
        shortExitFactor = (1 + effect * p.ShortMeetingDose) / (1 + effect);
    }

    public void MonthPlanned(int month)
    {
        foreach (int slot in shortMetSlots) shortMet[slot] = false;
        shortMetSlots.Clear();
        foreach (var c in unit.Posts)
        {
            int s = c.Slot;
            quota[s] = quotaHeld[s] = shortHeld[s] = hoursDone[s] = beyondHours[s] = followUpHours[s] = 0;
            presentDays[s] = 0;
            countedTo[s] = unit.Calendar.MonthStart(month) - 1;
            elapsed[s] = 0;
            if (!c.HoldsCaseload) continue;
            double followUp = 0, needs = 0;
            foreach (int slot in c.Caseload)
            {
                var h = unit.HouseholdAt(slot);
                followUp += Math.Max(0, unit.MeetingHours(h.Weight) - fullHours);
                if (h.MonthsMetInRow >= p.NeedsFoundAfterMonths) needs += p.ExtraNeedHoursPerMonth;
            }
            int n = c.Caseload.Count;
            int working = unit.Calendar.WorkingDaysInMonth(month);
            workDays[s] = NonVacationDays(c, unit.Calendar.MonthStart(month), unit.Calendar.MonthEnd(month));
            // A quota is a whole number of meetings: a fraction of one would be held but never counted.
            quota[s] = Math.Min(Math.Round(p.MeetingsPerWorkerPerMonth * c.Fte * workDays[s] / Math.Max(1, working), MidpointRounding.AwayFromZero), n);
            // Every FAS meeting counts in the month's planned client work (demand, crowding out); the quota is
            // held in the priority step, the meetings beyond it and the follow-up contacts in the ordinary one.
            beyondHours[s] = (n - quota[s]) * fullHours;
            followUpHours[s] = followUp;
            c.MeetingPlanned = n * fullHours + followUp;
            c.MeetingRemaining = beyondHours[s] + followUp;
            c.PartnerPlanned += needs;
            c.PartnerRemaining += needs;
        }
    }

    public double PriorityWork(Caseworker c, in WorkDayContext day, double hours, ref double overtimeLeft, ref double clientHours)
    {
        if (!c.HoldsCaseload) return hours;
        int s = c.Slot;
        presentDays[s]++;
        // Steady pace over the non-vacation working days so far, sick ones included: those are caught up.
        elapsed[s] += NonVacationDays(c, countedTo[s] + 1, day.Day);
        countedTo[s] = day.Day;
        double pace = workDays[s] > 0 ? quota[s] * Math.Min(1, (double)elapsed[s] / workDays[s]) : 0;
        double due = Math.Max(0, pace - quotaHeld[s]);
        bool inCrunch = day.RemainingWorkingDays <= p.CrunchWorkingDays;
        if (inCrunch)
        {
            // The crunch weighs by the month's quota still to hold, relative to what a steady pace leaves
            // for the crunch days: full at their start when on pace, more if behind, easing as it is done.
            double left = quota[s] - quotaHeld[s];
            double paced = quota[s] * Math.Min(p.CrunchWorkingDays, workDays[s]) / Math.Max(1, workDays[s]);
            crunch[s] = paced > Tiny ? Math.Clamp(left / paced, 0, 1) : 0;
            crunchDay[s] = day.Day;
        }

        double full, brief = 0;
        if (inCrunch && hours < due * fullHours && fullHours > shortHours)
        {
            // Not enough hours for full meetings: as many full ones as still leave room for the rest short.
            full = Math.Clamp((hours - due * shortHours) / (fullHours - shortHours), 0, due);
            brief = Math.Min(due - full, Math.Max(0, hours - full * fullHours) / shortHours);
        }
        else full = fullHours > 0 ? Math.Min(due, hours / fullHours) : due;
        double used = full * fullHours + brief * shortHours;
        Hold(c, full + brief, brief, used, ref clientHours);
        quotaHeld[s] += full + brief;
        hours = Math.Max(0, hours - used);
        due -= full + brief;

        if (inCrunch && due > Tiny && overtimeLeft > Tiny && shortHours > 0)
        {
            double extra = Math.Min(due, overtimeLeft / shortHours);
            Hold(c, extra, extra, extra * shortHours, ref clientHours);
            quotaHeld[s] += extra;
            overtimeLeft -= extra * shortHours;
            due -= extra;
        }
        return hours;
    }

    private void Hold(Caseworker c, double meetings, double brief, double hours, ref double clientHours)
    {
        if (meetings <= 0) return;
        shortHeld[c.Slot] += brief;
        hoursDone[c.Slot] += hours;
        c.MeetingDone += hours;
        clientHours += hours;
    }

    public double StrainShift(Caseworker c, int day) =>
        c.IsPresent && crunchDay[c.Slot] == day ? p.CrunchStrain * crunch[c.Slot] : 0;

    /// <summary>FAS meetings are counted, not inferred from hours: each meets one household not yet met this month.</summary>
    public bool MarkMet(Caseworker c, int month)
    {
        int s = c.Slot;
        var caseload = c.Caseload;
        // Hours of the ordinary meeting step went to the meetings beyond the quota and the follow-ups in proportion to their plan.
        double ordinary = Math.Max(0, c.MeetingDone - hoursDone[s]);
        double plannedOrdinary = beyondHours[s] + followUpHours[s];
        double beyond = plannedOrdinary > Tiny && fullHours > 0 ? ordinary * beyondHours[s] / plannedOrdinary / fullHours : 0;
        double followUp = plannedOrdinary > Tiny ? ordinary * followUpHours[s] / plannedOrdinary : ordinary;
        int meetings = (int)Math.Floor(quotaHeld[s] + beyond + 1e-6);
        int brief = Math.Min(meetings, (int)Math.Floor(shortHeld[s] + 1e-6));
        int n = caseload.Count, met = 0;
        if (n > 0)
        {
            int offset = (int)(((long)month * 7919 + s * 31L) % n);
            for (int k = 0; k < n && met < meetings; k++)
            {
                var h = unit.HouseholdAt(caseload[(offset + k) % n]);
                if (h.MetThisMonth) continue;
                h.MetThisMonth = true;
                // The short meetings are the last ones held: the crunch at the month end.
                if (met >= meetings - brief) MarkShort(h.Slot);
                met++;
            }
        }
        var metrics = unit.Metrics;
        metrics.Add(Counter.Visits, met + followUp / unit.Parameters.Work.VisitHours);
        if (presentDays[s] > 0 && c.HoldsCaseload)
        {
            // Counted against the days actually at work: a miss is a shortfall of time, not a sick week.
            double due = quota[s] * Math.Min(1, (double)presentDays[s] / Math.Max(1, workDays[s]));
            metrics.Add(Counter.FasMeetings, met);
            metrics.Add(Counter.FasShortMeetings, Math.Min(brief, met));
            metrics.Add(Counter.FasQuotaDue, due);
            metrics.Increment(Counter.FasWorkerMonths);
            if (met + 0.5 < due) metrics.Increment(Counter.FasQuotaMisses);
        }
        return true;
    }

    /// <summary>Working days from <paramref name="first"/> to <paramref name="last"/> (inclusive) not on the holder's planned vacation.</summary>
    private int NonVacationDays(Caseworker c, int first, int last)
    {
        var calendar = unit.Calendar;
        int count = 0;
        for (int d = first; d <= last; d++)
        {
            if (!calendar.IsWorkingDay(d)) continue;
            var date = calendar.DateOf(d);
            if (c.VacationYear == date.Year && c.VacationDays[date.DayOfYear - 1]) continue;
            count++;
        }
        return count;
    }

    private void MarkShort(int slot)
    {
        if (slot >= shortMet.Length) Array.Resize(ref shortMet, Math.Max(slot + 1, shortMet.Length * 2));
        shortMet[slot] = true;
        shortMetSlots.Add(slot);
    }

    public void AdjustExit(Household h, ref double hazard, ref double refusalFactor)
    {
        if (!h.MetThisMonth) return;
        refusalFactor *= 1 - p.RefusalReduction;
        if (h.Slot < shortMet.Length && shortMet[h.Slot]) hazard *= shortExitFactor;
    }
}
