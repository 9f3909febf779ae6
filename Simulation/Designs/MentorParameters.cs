using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>Mentors (S000, S003): experienced caseworkers with time set aside for newcomers.</summary>
[Design("mentors", 40)]
public sealed record MentorParameters : IDesignParameters, IHasDesignRules
{
    /// <summary>A mentor's hours with mentees must fit in a week.</summary>
    public static IReadOnlyList<DesignRule> Rules { get; } =
    [
        new(["hoursPerMenteePerWeek", "menteesPerMentor"], ["staff.hoursPerWeek"], unit =>
        {
            if (unit.Designs?.Get<MentorParameters>() is not { } mentors) return null;
            var weekly = mentors.HoursPerMenteePerWeek * mentors.MenteesPerMentor;
            var hours = unit.Staff.HoursPerWeek;
            return weekly <= hours ? null
                : $"{DesignRule.N(mentors.MenteesPerMentor)} mentees × {DesignRule.N(mentors.HoursPerMenteePerWeek)} h/week = {DesignRule.N(weekly)} h/week of mentoring, more than a "
                  + $"caseworker's {DesignRule.N(hours)} h/week; expected mentoring that fits in a week";
        }),
    ];

    [Param("mentees", "PUB (Skärholmen: 5–6 mentees per mentor)", "Most newcomers one mentor takes.", Min = 1, Max = 20)]
    public int MenteesPerMentor { get; init; } = 5;

    [Param("h/week", "user (time the unit sets aside; baseline 1.5: 1–2 h per mentee and week)", "Hours a mentor gives each mentee per week, taken from the mentor's casework.", Min = 0, Max = 20)]
    public double HoursPerMenteePerWeek { get; init; } = 1.5;

    [Param("months", "user (the scheme's setting; S003: support during the first year)", "Months in the unit during which a newcomer has a mentor.", Min = 1, Max = 36)]
    public double MenteeMonths { get; init; } = 12;

    [Param("months", "user (the scheme's rule; baseline 36)", "Least experience of a mentor.", Min = 0, Max = 480)]
    public double MentorMinExperienceMonths { get; init; } = 36;

    [Param("share", "ASSUMED (S000: mentors 'lär upp nya socialsekreterare')", "Share by which a mentored newcomer's productivity ramp is shortened.", Min = 0, Max = 0.9)]
    public double RampShortening { get; init; } = 0.33;

    [Param("index 0–1", "ASSUMED (S003: mentoring gives newcomers security and a sense of control)", "Fall of a mentee's strain target.", Min = 0, Max = 1)]
    public double MenteeStrainRelief { get; init; } = 0.05;

    [Param("multiplier", "ASSUMED (S003: Kullberg 2014 — better introduction kept new socionomer in the short term; 'nödvändig men långt ifrån tillräcklig')", "Resignation rate multiplier for a mentee.", Min = 0, Max = 1)]
    public double MenteeResignationFactor { get; init; } = 0.75;

    IDesign IDesignParameters.Create(UnitParameters unit) => new Mentorship(this);
}
