using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// Mentors (S000, S003; Skärholmen's 5–6 mentees per mentor, PUB). A newcomer (employee in their first
/// MenteeMonths in the unit, in a post with a krets) gets a mentor: the most experienced eligible
/// caseworker with room. The mentor gives HoursPerMenteePerWeek per mentee at work, taken from their
/// casework and costed as introduction; the mentee's productivity ramp is shorter (from the first
/// match), their strain target lower and their resignation rate scaled down. Pairs hold while both holders stay; newcomers left
/// without a mentor are matched at each month start.
/// </summary>
internal sealed class Mentorship(MentorParameters p) : IDeclaresMetrics, IWorkOrderDesign, IStaffDesign, IMonthlyDesign
{
    public const string MentoringHoursPerMonth = "mentoring_hours_per_month";

    private static readonly CounterKey Hours = new("mentors.hours");

    public static IReadOnlyList<DeclaredMetric> Metrics { get; } =
    [
        new(new(MentoringHoursPerMonth, "Mentoring", "h/month", "Hours mentors give newcomers, taken from the mentors' casework (S000).", false) { Swedish = "Mentorskap", Better = Better.Neither },
            s => s[Hours] / s.Months) { ReportOrder = 5 },
    ];

    private UnitSimulation unit = null!;
    private int[] mentorOf = [], mentorGeneration = [], mentees = [], shortenedGeneration = [];

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        int n = unit.Posts.Count;
        mentorOf = new int[n];
        mentorGeneration = new int[n];
        mentees = new int[n];
        shortenedGeneration = new int[n];
        Array.Fill(mentorOf, -1);
    }

    public void BeginMonth(int month)
    {
        int day = unit.Calendar.MonthStart(month);
        foreach (var c in unit.Posts)
        {
            int s = c.Slot;
            if (mentorOf[s] >= 0 && (!IsMentee(c, day) || !MentorStillThere(s))) Release(s);
        }
        foreach (var c in unit.Posts)
            if (mentorOf[c.Slot] < 0 && IsMentee(c, day)) Match(c, day);
    }

    public void OnHire(Caseworker c, int day)
    {
        int s = c.Slot;
        // A new holder: the post's old pairs end (its previous holder's mentees lose their mentor).
        if (mentorOf[s] >= 0) Release(s);
        if (mentees[s] > 0)
            for (int k = 0; k < mentorOf.Length; k++)
                if (mentorOf[k] == s) Release(k);
        if (IsMentee(c, day)) Match(c, day);
    }

    public void WithheldHours(Caseworker c, int day, ref double introduction, ref double other)
    {
        if (mentees[c.Slot] == 0) return;
        int present = 0;
        var posts = unit.Posts;
        for (int k = 0; k < posts.Count; k++)
            if (mentorOf[k] == c.Slot && posts[k].IsPresent) present++;
        double hours = present * p.HoursPerMenteePerWeek / 5;
        introduction += hours;
        unit.Metrics.Add(Hours, hours);
    }

    public double StrainShift(Caseworker c, int day) =>
        c.IsPresent && mentorOf[c.Slot] >= 0 ? -p.MenteeStrainRelief : 0;

    public double ResignationFactor(Caseworker c) => mentorOf[c.Slot] >= 0 ? p.MenteeResignationFactor : 1;

    private bool IsMentee(Caseworker c, double day) =>
        c.Filled && c.HoldsCaseload && !c.IsConsultant && c.TenureMonths(day) < p.MenteeMonths;

    private bool MentorStillThere(int menteeSlot)
    {
        var m = unit.Posts[mentorOf[menteeSlot]];
        return m.Filled && m.Generation == mentorGeneration[menteeSlot];
    }

    private void Match(Caseworker mentee, int day)
    {
        Caseworker? best = null;
        foreach (var m in unit.Posts)
        {
            if (m == mentee || !m.Filled || !m.HoldsCaseload || m.IsConsultant || mentees[m.Slot] >= p.MenteesPerMentor) continue;
            if (IsMentee(m, day) || m.ExperienceMonths(day) < p.MentorMinExperienceMonths) continue;
            // Fill existing mentors first, so the mentoring load sits with few people, then the most experienced.
            if (best is null || mentees[m.Slot] > mentees[best.Slot]
                || (mentees[m.Slot] == mentees[best.Slot] && m.ExperienceMonths(day) > best.ExperienceMonths(day)))
                best = m;
        }
        if (best is null) return;
        mentorOf[mentee.Slot] = best.Slot;
        mentorGeneration[mentee.Slot] = best.Generation;
        mentees[best.Slot]++;
        // The ramp is shortened once per holder, from the first match on.
        if (shortenedGeneration[mentee.Slot] != mentee.Generation)
        {
            shortenedGeneration[mentee.Slot] = mentee.Generation;
            mentee.RampDays *= 1 - p.RampShortening;
        }
    }

    private void Release(int menteeSlot)
    {
        mentees[mentorOf[menteeSlot]]--;
        mentorOf[menteeSlot] = -1;
    }
}
