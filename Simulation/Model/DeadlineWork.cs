namespace Planner.Simulation.Model;

/// <summary>
/// Deadline work (MODEL.md §3.2, §3.6): new applications whose nybesök is due, and the month's re-applications
/// (återansökan), both statutory and both with a deadline (S000: decision and payment within 8 days). When there
/// are hours for both, both are done; when there are not, the hours are shared in proportion to what waits of
/// each, rather than the applications always going first — so under overload new applications wait too and
/// days from application to decision rise with load (S002: in Ale 1999 decisions were delayed). Hours one pile
/// does not need go to the other.
/// </summary>
internal sealed class DeadlineWork(Intake intake, WorkDay workDay)
{
    private const double Epsilon = 1e-9;

    /// <summary>
    /// Works the post's deadline work with <paramref name="hours"/>: waiting applications and, if
    /// <paramref name="withReapplications"/>, its outstanding re-applications. Returns the hours left.
    /// </summary>
    public double Work(Caseworker c, int day, double hours, bool withReapplications, ref double clientHours)
    {
        if (hours <= Epsilon) return hours;
        double reapplications = withReapplications ? c.ReapplicationOutstanding : 0;
        bool headReady = intake.HeadApplicationReady(c, day);
        double applications = headReady ? intake.ReadyIntakeHours(c, day) : 0;
        double total = applications + reapplications;
        if (total <= Epsilon) return hours;
        if (!headReady)
        {
            // No application to decide today: all the hours may go to the re-applications — the arithmetic below with
            // no share for applications, without asking the intake queue twice more (a hot path: every post-day).
            double y = Math.Min(hours, reapplications);
            c.ReapplicationOutstanding -= y;
            clientHours += y;
            return hours - y;
        }
        double forApplications = hours * applications / total;
        double rest = hours - forApplications + workDay.DoIntake(c, forApplications, ref clientHours, day);
        double x = Math.Min(rest, reapplications);
        c.ReapplicationOutstanding -= x;
        clientHours += x;
        rest -= x;
        return workDay.DoIntake(c, rest, ref clientHours, day);
    }
}
