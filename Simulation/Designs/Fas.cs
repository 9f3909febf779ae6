using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// FAS, det förstärkta arbetssättet (Malmö, S004). Every household in a krets is planned one FAS meeting
/// a month. The quota (per FTE, less planned vacation, at most the krets) goes before all non-deadline
/// work, documentation included, at a steady pace over the caseworker's non-vacation working days — a
/// sick day leaves meetings to catch up. The quota's meetings are the month's re-application for the
/// households booked into them at the month start: the caseworker has prepared a schablon of known
/// incomes and fixed costs, goes through it with the client in CalculationMinutes and gives the decision
/// orally (S004), so those households' re-applications are not also worked the ordinary way; the other
/// households re-apply the ordinary way, by the due working day, and a FAS meeting with one of them is the
/// conversation alone. A booked household whose quota meeting was not held by the month end re-applies the
/// ordinary way, late. The FAS meetings beyond the quota and the follow-up contacts the household's weight
/// class needs beyond its FAS meeting are planned like ordinary meetings, "i mån av tid" after
/// documentation, and partner and change work (SIP, home visits) come last — what the quota crowds out.
/// In the last CrunchWorkingDays quota meetings still owed are held short (≥15 min counts, never shorter
/// than the calculation), in overtime if need be, and strain rises with the quota still owed. Households met
/// several months in a row show more needs (extra change work); households met are refused less often; a
/// short meeting gives only part of a meeting's effect on exits. Meetings (output) and exits (outcome) are
/// reported apart.
/// </summary>
internal sealed class Fas(FasParameters p) : IDeclaresMetrics, IWorkOrderDesign, IStaffDesign, IMonthlyDesign
{
    public const string QuotaAttainment = "fas_quota_attainment";
    public const string QuotaMissShare = "fas_quota_miss_share";
    public const string BeyondQuota = "fas_meetings_beyond_quota";
    public const string ShortMeetingShare = "fas_short_meeting_share";

    internal static readonly CounterKey Meetings = new("fas.meetings"), QuotaMeetings = new("fas.quota_meetings"),
        BeyondMeetings = new("fas.beyond_meetings"), ShortMeetings = new("fas.short_meetings"), QuotaDue = new("fas.quota_due"),
        QuotaMisses = new("fas.quota_misses"), WorkerMonths = new("fas.worker_months");

    public static IReadOnlyList<DeclaredMetric> Metrics { get; } =
    [
        new(new(QuotaAttainment, "FAS quota attainment", "meetings/quota", "FAS meetings within the quota ÷ the quota due (prorated by days at work), at most 1: meetings beyond the quota are counted apart; output, not outcome (S004).", false) { Swedish = "FAS: uppnått mötesmål", Better = Better.Higher },
            s => CounterSums.Ratio(s[QuotaMeetings], s[QuotaDue])) { ReportOrder = 3 },
        new(new(QuotaMissShare, "FAS quota missed", "share", "Share of caseworker-months below the FAS quota.", false) { Swedish = "FAS: missat mötesmål", Better = Better.Lower },
            s => CounterSums.Ratio(s[QuotaMisses], s[WorkerMonths])) { ReportOrder = 3 },
        new(new(BeyondQuota, "FAS meetings beyond quota", "meetings/caseworker-month", "FAS meetings held beyond the quota due, per caseworker-month with a quota.", false) { Swedish = "FAS: möten utöver mötesmålet", Better = Better.Neither },
            s => CounterSums.Ratio(s[BeyondMeetings], s[WorkerMonths])) { ReportOrder = 3 },
        new(new(ShortMeetingShare, "FAS short meetings", "share", "Share of FAS meetings held as short (≥15 min) meetings to reach the quota (S004).", false) { Swedish = "FAS: korta möten", Better = Better.Lower },
            s => CounterSums.Ratio(s[ShortMeetings], s[Meetings])) { ReportOrder = 3 },
    ];

    private const double Tiny = 1e-9;
    // A meeting that decides the re-application holds the calculation and the conversation; one with a household
    // that re-applied the ordinary way, the conversation alone. A short meeting is never shorter than the calculation.
    private readonly double fullHours = (p.CalculationMinutes + p.ConversationMinutes) / 60;
    private readonly double calculationHours = p.CalculationMinutes / 60;
    private readonly double conversationHours = p.ConversationMinutes / 60;
    private readonly double shortHours = Math.Min(Math.Max(p.ShortMeetingMinutes, p.CalculationMinutes), p.CalculationMinutes + p.ConversationMinutes) / 60;
    private readonly double shortConversationHours = Math.Min(p.ShortMeetingMinutes, p.ConversationMinutes) / 60;
    private UnitSimulation unit = null!;
    private double shortExitFactor;
    // This month: its first and last day, working days, and the re-applications' due day.
    private int first, last, working, dueDay;

    // Per post, this month.
    private double[] quota = [], quotaHeld = [], shortHeld = [], hoursDone = [], beyondHours = [], followUpHours = [];
    private double[] quotaMeetingHours = [], quotaShortHours = [];
    private bool[] decidesHere = [];
    private int[] presentDays = [], workDays = [], countedTo = [], elapsed = [];
    private int[] crunchDay = [];
    private double[] crunch = [];

    // By household slot: met only by a short meeting this month; booked into a quota meeting that decides its re-application.
    private bool[] shortMet = new bool[256], booked = new bool[256];
    private readonly List<int> shortMetSlots = [], bookedSlots = [];

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        int n = unit.Posts.Count;
        quota = new double[n];
        quotaHeld = new double[n];
        quotaMeetingHours = new double[n];
        quotaShortHours = new double[n];
        decidesHere = new bool[n];
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

    public void BeginMonth(int month)
    {
        foreach (int slot in shortMetSlots) shortMet[slot] = false;
        shortMetSlots.Clear();
        // Every booking was settled at the last month end (met, or re-applied the ordinary way).
        foreach (int slot in bookedSlots) booked[slot] = false;
        bookedSlots.Clear();
        var calendar = unit.Calendar;
        first = calendar.MonthStart(month);
        last = calendar.MonthEnd(month);
        working = calendar.WorkingDaysInMonth(month);
        dueDay = calendar.AddWorkingDays(first - 1, unit.Parameters.Work.ReapplicationDueWorkingDays);
        // Every post's month starts from nothing held; a post without a krets keeps a quota of 0.
        foreach (var a in new[] { quota, quotaHeld, shortHeld, hoursDone, beyondHours, followUpHours }) Array.Clear(a);
        Array.Clear(presentDays);
        Array.Clear(elapsed);
        Array.Clear(decidesHere);
        Array.Fill(countedTo, first - 1);
    }

    /// <summary>
    /// The quota, and the households it decides: the quota's households have their re-application decided in the meeting,
    /// unless the post is vacant or its holder away on a long sick spell past the due day (then the krets re-applies the
    /// ordinary way). With a payment split the route gives the re-applications to the payment side instead (its rule).
    /// </summary>
    public void RouteReapplications(Caseworker c, int month, ref ReapplicationRoute route)
    {
        if (!c.HoldsCaseload) return;
        int s = c.Slot;
        workDays[s] = Vacation.WorkingDaysNotOnVacation(c, unit.Calendar, first, last);
        // A quota is a whole number of meetings: a fraction of one would be held but never counted.
        quota[s] = Math.Min(Math.Round(p.MeetingsPerWorkerPerMonth * c.Fte * workDays[s] / Math.Max(1, working), MidpointRounding.AwayFromZero), c.Caseload.Count);
        if (c.Filled && !(c.Presence == Presence.SickLong && c.SickUntilDay > dueDay)) route.BookInMeetings((int)quota[s]);
    }

    /// <summary>FAS plans every household's meeting itself: the quota's, the meetings beyond it and the follow-ups; the routine plan is not used.</summary>
    public void PlanMeetings(Caseworker c, int month, in ReapplicationRoute route, ref MonthMeetings plan)
    {
        if (!c.HoldsCaseload) return;
        int s = c.Slot;
        double followUp = 0, needs = 0;
        foreach (int slot in c.Caseload)
        {
            var h = unit.HouseholdAt(slot);
            followUp += Math.Max(0, unit.MeetingHours(h.Weight) - fullHours);
            if (h.MonthsMetInRow >= p.NeedsFoundAfterMonths) needs += p.ExtraNeedHoursPerMonth;
        }
        int n = c.Caseload.Count;
        bool decides = route.InMeetings > 0;
        decidesHere[s] = decides;
        if (decides) Book(c, route.InMeetings, month);
        quotaMeetingHours[s] = decides ? fullHours : conversationHours;
        quotaShortHours[s] = decides ? shortHours : shortConversationHours;
        // Every FAS meeting counts in the month's planned client work (demand, crowding out); the quota is
        // held in the priority step, the meetings beyond it (with households that re-applied the ordinary
        // way: the conversation) and the follow-up contacts in the ordinary one.
        beyondHours[s] = (n - quota[s]) * conversationHours;
        followUpHours[s] = followUp;
        plan = plan with
        {
            Planned = quota[s] * quotaMeetingHours[s] + beyondHours[s] + followUp,
            Ordinary = beyondHours[s] + followUp,
            // FAS plans every household's meeting itself: no need is left over for the routine's extra step.
            ExtraNeed = 0,
            Partner = plan.Partner + needs,
        };
    }

    /// <summary>
    /// Books <paramref name="count"/> households of the krets, in the month's rotation, into the quota's meetings: their
    /// re-applications are decided there (the route left them out of the ordinary ones charged).
    /// </summary>
    private void Book(Caseworker c, int count, int month)
    {
        var caseload = c.Caseload;
        int n = caseload.Count;
        if (count <= 0 || n == 0) return;
        int i = MeetingPlan.RotationStart(month, c.Slot, n);
        for (int k = 0; k < count; k++, i = i + 1 == n ? 0 : i + 1)
        {
            int slot = caseload[i];
            if (slot >= booked.Length) Array.Resize(ref booked, Math.Max(slot + 1, booked.Length * 2));
            booked[slot] = true;
            bookedSlots.Add(slot);
        }
    }

    private bool IsBooked(int slot) => slot < booked.Length && booked[slot];

    public double PriorityWork(Caseworker c, in WorkDayContext day, double hours, ref double overtimeLeft, ref double clientHours)
    {
        if (!c.HoldsCaseload) return hours;
        int s = c.Slot;
        double length = quotaMeetingHours[s], shortLength = quotaShortHours[s];
        presentDays[s]++;
        // Steady pace over the non-vacation working days so far, sick ones included: those are caught up.
        elapsed[s] += Vacation.WorkingDaysNotOnVacation(c, unit.Calendar, countedTo[s] + 1, day.Day);
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
        if (inCrunch && hours < due * length && length > shortLength)
        {
            // Not enough hours for full meetings: as many full ones as still leave room for the rest short.
            full = Math.Clamp((hours - due * shortLength) / (length - shortLength), 0, due);
            brief = Math.Min(due - full, Math.Max(0, hours - full * length) / shortLength);
        }
        else full = length > 0 ? Math.Min(due, hours / length) : due;
        double used = full * length + brief * shortLength;
        Hold(c, full + brief, brief, used, ref clientHours);
        quotaHeld[s] += full + brief;
        hours = Math.Max(0, hours - used);
        due -= full + brief;

        if (inCrunch && due > Tiny && overtimeLeft > Tiny && shortLength > 0)
        {
            double extra = Math.Min(due, overtimeLeft / shortLength);
            Hold(c, extra, extra, extra * shortLength, ref clientHours);
            quotaHeld[s] += extra;
            overtimeLeft -= extra * shortLength;
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

    /// <summary>
    /// FAS meetings are counted, not inferred from hours: each meets one household not yet met this month. The quota's
    /// meetings go first to the households booked into them (their re-application decided there), then to any not yet
    /// met (a booked household that moved here from a colleague, or the krets of a colleague who left, may take them);
    /// the meetings beyond the quota to any not yet met. Booked households left unmet re-apply the ordinary way, late.
    /// </summary>
    public bool MarkMet(Caseworker c, int month)
    {
        int s = c.Slot;
        var caseload = c.Caseload;
        // Hours of the ordinary meeting step went to the meetings beyond the quota and the follow-ups in proportion to their plan.
        double ordinary = Math.Max(0, c.MeetingDone - hoursDone[s]);
        double plannedOrdinary = beyondHours[s] + followUpHours[s];
        double beyond = plannedOrdinary > Tiny && conversationHours > 0 ? ordinary * beyondHours[s] / plannedOrdinary / conversationHours : 0;
        double followUp = plannedOrdinary > Tiny ? ordinary * followUpHours[s] / plannedOrdinary : ordinary;
        int quotaMeetings = (int)Math.Floor(quotaHeld[s] + 1e-6);
        int meetings = (int)Math.Floor(quotaHeld[s] + beyond + 1e-6);
        // The short meetings are the last quota meetings held: the crunch at the month end.
        int brief = Math.Min(quotaMeetings, (int)Math.Floor(shortHeld[s] + 1e-6));
        int n = caseload.Count, met = 0, decided = 0;
        var metrics = unit.Metrics;
        if (n > 0)
        {
            int start = MeetingPlan.RotationStart(month, s, n);
            for (int k = 0, i = start; k < n && met < quotaMeetings && decidesHere[s]; k++, i = i + 1 == n ? 0 : i + 1)
            {
                var h = unit.HouseholdAt(caseload[i]);
                if (h.MetThisMonth || !IsBooked(h.Slot)) continue;
                Meet(h, met >= quotaMeetings - brief);
                booked[h.Slot] = false;
                met++;
                decided++;
            }
            for (int k = 0, i = start; k < n && met < meetings; k++, i = i + 1 == n ? 0 : i + 1)
            {
                var h = unit.HouseholdAt(caseload[i]);
                if (h.MetThisMonth) continue;
                Meet(h, met < quotaMeetings && met >= quotaMeetings - brief);
                met++;
            }
            int late = 0;
            foreach (int slot in caseload)
            {
                if (!IsBooked(slot)) continue;
                booked[slot] = false;
                late++;
            }
            // Their meeting was not held: they re-apply the ordinary way now, new work at the month end.
            unit.Reapplications.Late(c, late, month);
        }
        metrics.Add(Counter.ReapplicationsInMeetings, decided);
        metrics.Add(Counter.ReapplicationHours, decided * calculationHours);
        metrics.Add(Counter.Visits, met + followUp / unit.Parameters.Work.VisitHours);
        if (presentDays[s] > 0 && c.HoldsCaseload)
        {
            // Counted against the days actually at work: a miss is a shortfall of time, not a sick week.
            double due = quota[s] * Math.Min(1, (double)presentDays[s] / Math.Max(1, workDays[s]));
            // Within the quota at most what was due; what is beyond it is counted apart (S004 counts visits, not need).
            double within = Math.Min(met, due);
            metrics.Add(Meetings, met);
            metrics.Add(QuotaMeetings, within);
            metrics.Add(BeyondMeetings, met - within);
            metrics.Add(ShortMeetings, Math.Min(brief, met));
            metrics.Add(QuotaDue, due);
            metrics.Increment(WorkerMonths);
            if (met + 0.5 < due) metrics.Increment(QuotaMisses);
        }
        return true;
    }

    private void Meet(Household h, bool brief)
    {
        h.MetThisMonth = true;
        if (brief) MarkShort(h.Slot);
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
