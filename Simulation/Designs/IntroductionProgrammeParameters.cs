using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>An introduction programme (Huddinge, PUB; S003): a reduced starting krets and months without new applications.</summary>
[Design("introduction", 30)]
public sealed record IntroductionProgrammeParameters : IDesignParameters
{
    [Param("share of a full krets", "user (the programme's setting; Huddinge plan, PUB: a reduced caseload at the start; without a programme a newcomer takes a krets in proportion to starting capacity)", "Size of a new hire's starting krets relative to the unit's households per FTE.", Min = 0, Max = 1)]
    public double StartingCaseloadShare { get; init; } = 0.25;

    [Param("months", "PUB (Huddinge: a 6-month plan, the first 3 months intensive)", "Months in which a new hire gets no new applications.", Min = 0, Max = 12)]
    public double ProtectedMonths { get; init; } = 3;

    IDesign IDesignParameters.Create(UnitParameters unit) => new IntroductionProgramme(this);
}
