using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>Spreading an absent caseworker's applications over the colleagues (Stockholm before 2012, S000).</summary>
[Design("spreadAbsentWork", 90)]
public sealed record SpreadAbsentWorkParameters : IDesignParameters
{
    [Param("yes/no", "S000 ('tidigare lades ansökningarna ut på alla andra socialsekreterare om någon var sjuk')", "Spread sick colleagues' work only; otherwise vacation too.")]
    public bool SickOnly { get; init; } = true;

    [Param("working days", "user (the unit's rule; baseline 2)", "An absent colleague's re-applications are spread from this many working days before they are due.", Min = 0, Max = 20)]
    public int UrgentWithinWorkingDays { get; init; } = 2;

    IDesign IDesignParameters.Create(UnitParameters unit) => new SpreadAbsentWork(this);
}
