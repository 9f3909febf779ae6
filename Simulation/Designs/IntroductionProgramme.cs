using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// An introduction programme (Huddinge's plan, PUB; S003): a new hire starts with a reduced krets
/// (StartingCaseloadShare of the role's households per FTE, instead of their starting capacity) and
/// gets no new applications for ProtectedMonths. Consultants are not in the programme.
/// </summary>
internal sealed class IntroductionProgramme(IntroductionProgrammeParameters p) : IAllocationDesign, IStaffDesign
{
    public bool TakesNewCases(Caseworker c, int day) => c.IsConsultant || c.TenureMonths(day) >= p.ProtectedMonths;

    public double StartingCaseloadShare(Caseworker c, double share) => c.IsConsultant ? share : p.StartingCaseloadShare;
}
