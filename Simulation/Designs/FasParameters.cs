using Planner.Simulation.Model.Parameters;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>FAS, det förstärkta arbetssättet (Malmö, S004): a monthly meeting with every household and a meeting quota.</summary>
[Design("fas", 50)]
public sealed record FasParameters : IDesignParameters, IHasDesignRules
{
    /// <summary>The quota's meetings must fit in a full-time caseworker's month of casework.</summary>
    public static IReadOnlyList<DesignRule> Rules { get; } =
    [
        new(["meetingsPerWorkerPerMonth", "calculationMinutes", "conversationMinutes"], ["staff.hoursPerWeek", "staff.fixedMeetingShare"], unit =>
        {
            if (unit.Designs?.Get<FasParameters>() is not { } fas) return null;
            var staff = unit.Staff;
            var minutes = fas.CalculationMinutes + fas.ConversationMinutes;
            var meetingHours = fas.MeetingsPerWorkerPerMonth * minutes / 60;
            // A full-time caseworker's hours for casework in an average month: contracted hours less fixed meetings.
            var monthHours = staff.HoursPerWeek / 5 * Calendar.WorkingDaysPerYear / 12 * (1 - staff.FixedMeetingShare);
            static string Hours(double hours) => DesignRule.N(Math.Round(hours, 1));
            return meetingHours <= monthHours ? null
                : $"a quota of {DesignRule.N(fas.MeetingsPerWorkerPerMonth)} meetings × {DesignRule.N(minutes)} min = {Hours(meetingHours)} h a month, more than the "
                  + $"{Hours(monthHours)} h a full-time caseworker has for casework in a month ({DesignRule.N(staff.HoursPerWeek)} h/week × "
                  + $"{Hours(Calendar.WorkingDaysPerYear / 12)} working days ÷ 5 × (1 − fixedMeetingShare {DesignRule.N(staff.FixedMeetingShare)})); "
                  + "expected a quota whose meetings fit in the month";
        }),
    ];

    [Param("meetings/FTE/month", "S004 (Malmö: 40 client visits per caseworker and month)", "The FAS quota: client meetings per full-time caseworker and month (less planned vacation, at most the krets); they go before all non-deadline work.", Min = 0, Max = 400)]
    public double MeetingsPerWorkerPerMonth { get; init; } = 40;

    [Param("min", "S004 (5–15 min of calculation in the meeting; midpoint)", "Minutes of a FAS meeting spent going through the month's calculation; the decision is given in the meeting.", Min = 0, Max = 120)]
    public double CalculationMinutes { get; init; } = 10;

    [Param("min", "S004 (20–45 min on planning, health, children; midpoint)", "Minutes of a FAS meeting spent on the conversation.", Min = 0, Max = 240)]
    public double ConversationMinutes { get; init; } = 32.5;

    [Param("min", "S004 ('ett besök på femton minuter räknas som ett besök')", "Length of a short meeting held to reach the quota; it counts as a meeting.", Min = 1, Max = 60)]
    public double ShortMeetingMinutes { get; init; } = 15;

    [Param("share of meeting effect", "ASSUMED (S004: 'man hinner inte så mycket på femton trettio minuter')", "Share of a meeting's effect on the exit hazard that a short meeting gives.", Min = 0, Max = 1)]
    public double ShortMeetingDose { get; init; } = 0.25;

    [Param("working days", "ASSUMED (S004: 'i slutet av månaden var man verkligen helt slutkörd')", "The end-of-month crunch: last working days of the month in which quota meetings still owed are held as short meetings, in overtime if need be.", Min = 0, Max = 23)]
    public int CrunchWorkingDays { get; init; } = 5;

    [Param("index 0–1", "ASSUMED (S004: end-of-month exhaustion)", "Rise of the strain target on a crunch day when the quota still owed is what a steady pace leaves for the crunch (more if behind, less as it is done).", Min = 0, Max = 1)]
    public double CrunchStrain { get; init; } = 0.15;

    [Param("relative", "S004 (refusals for broken planning 599 in 2018 → 331 in 2019, −45 %)", "Relative fall of the refusal (avslag) hazard for a household met in the month: decisions explained in the meeting.", Min = 0, Max = 1)]
    public double RefusalReduction { get; init; } = 0.45;

    [Param("months met in a row", "S004 ('efter kanske fjärde eller femte månaden … upptäcker man andra')", "Consecutive months met after which more needs come to light.", Min = 1, Max = 60)]
    public int NeedsFoundAfterMonths { get; init; } = 4;

    [Param("h/household/month", "ASSUMED (S004: more needs found, more insatser initiated)", "Extra partner and change work per month for a household met that many months in a row.", Min = 0, Max = 40)]
    public double ExtraNeedHoursPerMonth { get; init; } = 0.25;

    IDesign IDesignParameters.Create(UnitParameters unit) => new Fas(this);
}
