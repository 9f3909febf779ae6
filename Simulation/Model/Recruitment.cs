using Planner.Simulation.Kernel;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Puts a holder into a post: the initial staff, a new hire (often a new graduate, S000/S003) or a
/// consultant covering a vacancy. Sets experience and the introduction ramp (Huddinge's 6-month plan,
/// PUB): a new graduate starts at StartingCapacity and reaches full capacity after Months; an
/// experienced hire starts at ExperiencedStartingCapacity and needs half as long.
/// </summary>
internal sealed class Recruitment
{
    private readonly UnitParameters p;
    private readonly RandomStreams streams;
    private readonly Vacation vacation;
    private readonly Calendar calendar;

    public Recruitment(UnitParameters parameters, RandomStreams streams, Vacation vacation, Calendar calendar)
    {
        p = parameters;
        this.streams = streams;
        this.vacation = vacation;
        this.calendar = calendar;
    }

    private void NewHolder(Caseworker c)
    {
        c.Generation++;
        // A successor in the same post gets its own stream: ("post", slot × 1000 + generation).
        c.Random = streams.GetInline("post", (long)c.Slot * 1000 + c.Generation);
        c.Strain = p.Strain.Inherent;
        c.Disengaged = false;
        c.Presence = Presence.Present;
        c.SickUntilDay = 0;
        c.InNotice = false;
        c.PendingHireDay = -1;
        c.DemandSmoothed = 0;
        c.AvailableSmoothed = 0;
        c.Filled = true;
    }

    /// <summary>
    /// Day-0 staff. With a mean experience: experience drawn exponentially with that mean, tenure in the unit taken
    /// equal to it, on the graduate's ramp. Without: the holder the unit's own turnover leaves in the post — hired as a
    /// new graduate or not as any hire is (<see cref="Start"/>), with a tenure drawn exponentially with mean
    /// 12 ÷ <paramref name="turnoverPerYear"/> months (replacement at a constant rate leaves exponential tenures).
    /// </summary>
    public void StartInitial(Caseworker c, double? meanExperienceMonths, double turnoverPerYear)
    {
        NewHolder(c);
        c.IsConsultant = c.ConsultantPost;
        c.IsCover = false;
        c.LastStrainDay = 0;
        if (meanExperienceMonths is { } mean)
        {
            double months = mean > 0 ? c.Random.Exponential(mean) : 0;
            c.StartDay = -months * Calendar.DaysPerMonth;
            Ramp(c, graduate: true);
            return;
        }
        bool graduate = DrawGraduate(c, c.ConsultantPost);
        double tenure = turnoverPerYear > 0 ? c.Random.Exponential(12 / turnoverPerYear) : 12 * 100;
        Ramp(c, graduate);
        c.StartDay = -tenure * Calendar.DaysPerMonth;
    }

    /// <summary>Experience at hire and the introduction ramp: a new graduate's, or an experienced hire's (half as long).</summary>
    private void Ramp(Caseworker c, bool graduate)
    {
        c.ExperienceAtStart = graduate ? 0 : ExperiencedHireMonths;
        c.RampStart = graduate ? p.Introduction.StartingCapacity : p.Introduction.ExperiencedStartingCapacity;
        c.RampDays = (graduate ? p.Introduction.Months : p.Introduction.Months / 2) * Calendar.DaysPerMonth;
    }

    /// <summary>One uniform from the holder's stream, drawn whatever the contract: a consultant is never a new graduate.</summary>
    private bool DrawGraduate(Caseworker c, bool consultant) => c.Random.NextDouble() < p.Turnover.NewGraduateShare && !consultant;

    /// <summary>Experience of a hire who is not a new graduate (ASSUMED: two years).</summary>
    internal const double ExperiencedHireMonths = 24;

    /// <summary>A new holder on <paramref name="day"/>: a new graduate or an experienced hire (never a graduate as consultant).</summary>
    public void Start(Caseworker c, int day, bool consultant, bool cover)
    {
        NewHolder(c);
        c.IsConsultant = consultant;
        c.IsCover = cover;
        // The uniform is drawn whoever is hired, so a change that names the recruit moves no other draw.
        bool graduate = DrawGraduate(c, consultant);
        if (c.HireGraduate is { } named) graduate = named && !consultant;
        c.HireGraduate = null;
        Ramp(c, graduate);
        c.StartDay = day;
        c.LastStrainDay = day;
        vacation.Plan(c, calendar.CalendarYearOf(day));
    }
}
