using Planner.Simulation.Designs;
using Planner.Simulation.Model;
using static Planner.Scenarios.Files.ScenarioRules;

namespace Planner.Scenarios.Files;

/// <summary>
/// Cross-field rules of the designs block (Simulation/Designs), part of <see cref="ScenarioRules"/>.
/// A rule of a design not in the file passes.
/// </summary>
internal static class DesignRules
{
    private const string Fas = "$.designs.fas";

    public static readonly Rule[] All =
    [
        new([Fas + ".meetingsPerWorkerPerMonth", Fas + ".calculationMinutes", Fas + ".conversationMinutes", "$.staff.hoursPerWeek", "$.staff.fixedMeetingShare", Fas], s =>
        {
            if (s.Unit.Designs?.Get<FasParameters>() is not { } fas) return null;
            var staff = s.Unit.Staff;
            var minutes = fas.CalculationMinutes + fas.ConversationMinutes;
            var meetingHours = fas.MeetingsPerWorkerPerMonth * minutes / 60;
            var monthHours = CaseworkHoursPerMonth(s);
            return meetingHours <= monthHours ? null
                : $"a quota of {N(fas.MeetingsPerWorkerPerMonth)} meetings × {N(minutes)} min = {Hours(meetingHours)} h a month, more than the "
                  + $"{Hours(monthHours)} h a full-time caseworker has for casework in a month ({N(staff.HoursPerWeek)} h/week × "
                  + $"{Hours(Calendar.WorkingDaysPerYear / 12)} working days ÷ 5 × (1 − fixedMeetingShare {N(staff.FixedMeetingShare)})); "
                  + "expected a quota whose meetings fit in the month";
        }),

        new(["$.designs.intakeUnit.posts", "$.staff.caseworkers", "$.designs.intakeUnit"], s =>
        {
            if (s.Unit.Designs?.Get<IntakeUnitParameters>() is not { } intake) return null;
            var posts = s.Unit.Staff.Caseworkers.Sum(g => (long)g.Count);
            return intake.Posts < posts ? null
                : $"{intake.Posts} mottagning posts leave no generalist post to hand cases to among the unit's {posts}; expected fewer than {posts}";
        }),

        new(["$.designs.mentors.hoursPerMenteePerWeek", "$.designs.mentors.menteesPerMentor", "$.staff.hoursPerWeek", "$.designs.mentors"], s =>
        {
            if (s.Unit.Designs?.Get<MentorParameters>() is not { } mentors) return null;
            var weekly = mentors.HoursPerMenteePerWeek * mentors.MenteesPerMentor;
            var hours = s.Unit.Staff.HoursPerWeek;
            return weekly <= hours ? null
                : $"{N(mentors.MenteesPerMentor)} mentees × {N(mentors.HoursPerMenteePerWeek)} h/week = {N(weekly)} h/week of mentoring, more than a "
                  + $"caseworker's {N(hours)} h/week; expected mentoring that fits in a week";
        }),

        new(["$.designs.paymentSplit.ekonomihandlaggare", "$.designs.paymentSplit.automatedShare", "$.designs.paymentSplit"], s =>
            s.Unit.Designs?.Get<PaymentSplitParameters>() is not { } payment || payment.Ekonomihandlaggare > 0 || payment.AutomatedShare > 0 ? null
                : "ekonomihandlaggare 0 and automatedShare 0 move no payment work; expected at least 1 ekonomihandläggare or an automated share above 0"),
    ];

    /// <summary>A full-time caseworker's hours for casework in an average month: contracted hours less fixed meetings.</summary>
    private static double CaseworkHoursPerMonth(Scenario s) =>
        s.Unit.Staff.HoursPerWeek / 5 * Calendar.WorkingDaysPerYear / 12 * (1 - s.Unit.Staff.FixedMeetingShare);

    private static string Hours(double hours) => N(Math.Round(hours, 1));
}
