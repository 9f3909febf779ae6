using Planner.Simulation.Kernel;

namespace Planner.Simulation.Model;

/// <summary>Case weight class (S002, Ale's case weighting).</summary>
public enum WeightClass : byte { Enkel, Medel, Tung }

/// <summary>Where a household is in its life in the unit.</summary>
public enum HouseholdState : byte
{
    /// <summary>Applied (nybesök/utredning pending); no decision yet.</summary>
    PendingIntake,
    /// <summary>On assistance: re-applies monthly, may exit.</summary>
    Active,
    /// <summary>Exited but will re-apply later (återaktualisering); a re-entry event is scheduled.</summary>
    AwaitingReentry,
}

/// <summary>
/// Hushåll (biståndshushåll): one household known to the unit. The object lives from the first
/// application until the household leaves for good, so a returning household keeps its attributes
/// and its random stream; each return starts a new spell. Its draws come from its own stream keyed
/// by household number, so designs that change other households' fates leave this one's draws alone.
/// </summary>
public sealed class Household
{
    internal const int HandoverMemory = 8;

    internal Household(int id, InlineStream random)
    {
        Id = id;
        this.random = random;
    }

    public int Id { get; }
    // Kept inline: the household is read at every month end, and its stream with it (no second object to reach).
    private InlineStream random;
    /// <summary>The household's own stream, by reference: draw from it in place (<c>ref var r = ref h.Random</c>), or from a copy that is written back.</summary>
    internal ref InlineStream Random => ref random;

    /// <summary>Index in the unit's household table (reused after the household leaves for good).</summary>
    public int Slot { get; internal set; }
    public WeightClass Weight { get; internal set; }
    /// <summary>Långt från arbetsmarknaden (far from the labour market) rather than nära.</summary>
    public bool FarFromLabourMarket { get; internal set; }
    public HouseholdState State { get; internal set; }

    /// <summary>Time of the current application (days), for the days-to-decision measure.</summary>
    public double ApplicationTime { get; internal set; }
    /// <summary>First day the application can be worked on: the booked nybesök.</summary>
    public int IntakeReadyDay { get; internal set; }
    /// <summary>Day the current spell started (the decision), or before day 0 for the initial stock.</summary>
    public int SpellStartDay { get; internal set; }
    /// <summary>False for the initial stock, whose spells began before day 0 (their lengths are stock-biased).</summary>
    public bool SpellStartedInRun { get; internal set; }
    /// <summary>Months on assistance in the current spell (duration dependence).</summary>
    public int MonthsOnAssistance { get; internal set; }
    /// <summary>Months on assistance in the current calendar year, across spells (long-term measure).</summary>
    public int MonthsThisYear { get; internal set; }

    /// <summary>Post slot of the assigned caseworker (-1 while none).</summary>
    public int Caseworker { get; internal set; } = -1;
    /// <summary>Position in that caseworker's caseload list, for O(1) removal.</summary>
    internal int CaseloadIndex { get; set; } = -1;

    /// <summary>Caseworker changes (handovers) over the household's time in the unit.</summary>
    public int Handovers { get; internal set; }
    // Made at the first handover: most households never change caseworker, and the month loops read every household,
    // so the times are not carried inside each of them (the household is 56 bytes smaller without them).
    private double[]? handoverTimes;
    private double lastHandoverTime = double.NegativeInfinity;

    /// <summary>Whether the month's planned meeting hours were done (or the nybesök was held) this month.</summary>
    public bool MetThisMonth { get; internal set; }
    /// <summary>Consecutive months met, this spell (S004: after four or five monthly meetings more needs come to light).</summary>
    public int MonthsMetInRow { get; internal set; }
    /// <summary>Month of the next planned meeting: every interval from the decision's month (int.MaxValue: none).</summary>
    public int NextMeetingMonth { get; internal set; } = int.MaxValue;
    /// <summary>A meeting is planned with the household this month.</summary>
    public bool MeetingPlanned { get; internal set; }
    /// <summary>Client contact the household needs this month, in hours of visits (<see cref="ContactNeed"/>).</summary>
    public double NeedHours { get; internal set; }
    /// <summary>Time of the latest handover (−∞: none).</summary>
    internal double LastHandoverTime => lastHandoverTime;
    /// <summary>This spell's benefit was found too high and lowered (Audits): once a spell, not compounded.</summary>
    internal bool BenefitLowered { get; set; }
    /// <summary>Benefit per month on assistance (SEK).</summary>
    public double Benefit { get; internal set; }

    internal void RecordHandover(double time)
    {
        // Times come in order (the stock's one before day 0, then the run's at their moment), which HandoversWithin relies on.
        System.Diagnostics.Debug.Assert(time >= lastHandoverTime, "handovers are recorded in time order");
        handoverTimes ??= new double[HandoverMemory];
        handoverTimes[Handovers % HandoverMemory] = time;
        Handovers++;
        lastHandoverTime = Math.Max(lastHandoverTime, time);
    }

    /// <summary>Handovers in the last 12 months (at most the remembered ones; the penalty floors at 0 long before).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int HandoversWithin(double now, double days)
    {
        // When the latest handover is out of the window all are: the answer for most households, without
        // reading the times (asked for every household every month).
        if (now - lastHandoverTime > days) return 0;
        // The times were recorded in order, so those inside the window are the latest ones: count back from the
        // latest and stop at the first outside (the same count as testing every remembered time).
        // A handover within the window means one was recorded, so the times exist.
        var times = handoverTimes!;
        int n = Math.Min(Handovers, HandoverMemory), count = 0;
        for (int k = 1; k <= n && now - times[(Handovers - k) % HandoverMemory] <= days; k++) count++;
        return count;
    }
}
