using Planner.Simulation.Kernel;

namespace Planner.Simulation.Model;

/// <summary>Why a caseworker is not working today.</summary>
public enum Presence : byte { Present, Vacation, SickShort, SickLong, Vacant }

/// <summary>
/// A caseworker post (tjänst som socialsekreterare) and its current holder. The caseload (krets),
/// the intake queue and the month's work plan belong to the post, so a vacancy or a change of
/// holder keeps the work where it is until it is handed over explicitly.
/// </summary>
public sealed class Caseworker
{
    internal Caseworker(int slot, double fte, bool consultantPost, PostRole role = PostRole.Generalist)
    {
        Slot = slot;
        Fte = fte;
        ConsultantPost = consultantPost;
        Role = role;
    }

    // ---- the post
    public int Slot { get; }
    public double Fte { get; }
    /// <summary>The post itself is staffed by consultants (Contract = consultant).</summary>
    public bool ConsultantPost { get; }
    /// <summary>What the post is for; designs add or re-label posts (mottagning, beredskapsteam, ekonomihandläggare).</summary>
    public PostRole Role { get; }
    public bool HoldsCaseload => Role.HoldsCaseload();
    /// <summary>The post exists now: false before a change adds it and after a change removes it (UnitChanges).</summary>
    public bool InUse { get; internal set; } = true;
    /// <summary>Who the next recruit to the post is when a change said so (true: a new graduate); null: the usual mix.</summary>
    internal bool? HireGraduate { get; set; }

    // ---- the holder
    public bool Filled { get; internal set; }
    /// <summary>Number of holders so far; keys the holder's random stream ("post", slot × 1000 + generation).</summary>
    public int Generation { get; internal set; }
    /// <summary>Holder is a konsult (a consultant post or consultant cover of a vacancy).</summary>
    public bool IsConsultant { get; internal set; }
    /// <summary>Holder is temporary consultant cover, leaving when the new hire starts.</summary>
    public bool IsCover { get; internal set; }
    // Kept inline, like a household's: drawn from on every working day (presence, resignation).
    private InlineStream random;
    internal ref InlineStream Random => ref random;
    /// <summary>Professional experience in months at the holder's first day in the post.</summary>
    public double ExperienceAtStart { get; internal set; }
    /// <summary>Day the holder started in the post (negative for the initial staff: tenure before day 0).</summary>
    public double StartDay { get; internal set; }
    /// <summary>Introduction ramp: starting capacity and its length in days (0 = none).</summary>
    internal double RampStart { get; set; } = 1;
    internal double RampDays { get; set; }

    public double Strain { get; internal set; }
    /// <summary>Mental exit before the physical one (S000): less capacity, higher resignation hazard.</summary>
    public bool Disengaged { get; internal set; }
    public Presence Presence { get; internal set; } = Presence.Vacant;
    public bool IsPresent => Presence == Presence.Present;

    internal int SickUntilDay { get; set; }
    internal int SickSpellStartDay { get; set; }
    internal double StrainAtLongSpellStart { get; set; }
    /// <summary>Working days of vacation by day-of-year (index 0 = 1 January) for <see cref="VacationYear"/>.</summary>
    internal bool[] VacationDays { get; } = new bool[366];
    internal int VacationYear { get; set; } = int.MinValue;
    /// <summary>Whether the holder's planned vacation covers day <paramref name="dayOfYear"/> (0 = 1 January) of <paramref name="year"/>.</summary>
    internal bool OnVacation(int year, int dayOfYear) => VacationYear == year && VacationDays[dayOfYear];

    public bool InNotice { get; internal set; }
    internal int LeaveDay { get; set; }
    /// <summary>Day the next holder starts (set at resignation).</summary>
    internal int PendingHireDay { get; set; } = -1;
    internal int LastStrainDay { get; set; }

    // ---- the work (krets, intake queue, month plan)
    internal List<int> Caseload { get; } = new(128);
    public int CaseloadCount => Caseload.Count;
    /// <summary>Case-weighted krets (enkel 1, medel and tung by their weights) and its tung households.</summary>
    internal double WeightedCaseload { get; set; }
    internal int HeavyCount { get; set; }
    internal IntakeQueue Intake { get; } = new(16);
    public int IntakeCount => Intake.Count;
    internal double IntakeHeadHoursDone { get; set; }
    /// <summary>Re-application (återansökan) hours of this month not yet done.</summary>
    internal double ReapplicationOutstanding { get; set; }

    /// <summary>
    /// Re-application work (deadline work: re-applications, receipt checks, a new calculation) joins the post's pile:
    /// its hours wait there, and they with their documentation are demand arising now.
    /// </summary>
    internal void AddReapplicationWork(double hours, double documentationFactor)
    {
        ReapplicationOutstanding += hours;
        DemandToday += hours * documentationFactor;
    }
    internal double MeetingPlanned { get; set; }
    internal double MeetingRemaining { get; set; }
    internal double MeetingDone { get; set; }
    /// <summary>The krets's contact need this month (hours of visits), and what of it beyond the routine meetings is still to hold.</summary>
    internal double NeedPlanned { get; set; }
    internal double ExtraNeedRemaining { get; set; }
    internal double PartnerPlanned { get; set; }
    internal double PartnerRemaining { get; set; }
    internal double PartnerDone { get; set; }
    internal double DocumentationOwed { get; set; }
    /// <summary>Hours of work done on the last working day at work (overtime included), for per-group throughput.</summary>
    internal double WorkedToday { get; set; }
    /// <summary>Share of last month's planned client work (meetings + partner work) that was crowded out.</summary>
    public double CrowdedOutShare { get; internal set; }

    // ---- load, for strain: demanded and available hours, smoothed
    internal double DemandToday { get; set; }
    internal double DemandSmoothed { get; set; }
    internal double AvailableSmoothed { get; set; }
    /// <summary>Demanded ÷ available hours over the recent working days.</summary>
    public double LoadRatio
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => AvailableSmoothed > 1e-9 ? DemandSmoothed / AvailableSmoothed : (DemandSmoothed > 1e-9 ? 2.0 : 0.0);
    }

    /// <summary>Months in the unit for the current holder.</summary>
    public double TenureMonths(double now) => (now - StartDay) / Calendar.DaysPerMonth;
    public double ExperienceMonths(double now) => ExperienceAtStart + TenureMonths(now);

    /// <summary>
    /// What the holder can carry, for dealing out work: FTE × where the holder is on the introduction ramp (at least
    /// 5 %), so a newcomer's small krets is not taken for spare room.
    /// </summary>
    public double Capacity(double now) => Fte * Math.Max(0.05, RampCapacity(now));

    /// <summary>Share of full capacity reached on the introduction ramp.</summary>
    public double RampCapacity(double now)
    {
        double t = now - StartDay;
        if (RampDays <= 0 || t >= RampDays) return 1.0;
        return RampStart + (1 - RampStart) * Math.Max(0, t) / RampDays;
    }
}
