using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>How new applications are allocated (S002 Ale; S000), with caps.</summary>
[Design("allocation", 20)]
public sealed record AllocationParameters : IDesignParameters
{
    [AllowedValues("round-robin", "weighted")]
    [Param("word", "S002 (Ale: from 'datumfördelning' to allocation by workload)", "round-robin: in turn, whatever the load ('ett ohejdat inflöde'); weighted: to the post with the least case-weighted krets (and queued applications) per unit of capacity (FTE × introduction ramp).")]
    public string Rule { get; init; } = "weighted";

    [Param("tung cases/FTE", "user (the unit's cap; S002, Ale: 'inte ha alltför många av kategorin tunga', no number given; library: 12); null = no cap", "Most tung households per FTE in a krets before a new tung case goes elsewhere.", Min = 0, Max = 1000)]
    public double? HeavyCasesPerFte { get; init; } = 12;

    [Param("nybesök/FTE/month", "S002 (Ale: at most 4 nybesök per caseworker and month); null = no cap", "Most new applications per FTE and month before the next goes elsewhere; inflow cannot be refused (S001), so when every post is at the cap the one least over it gets the case.", Min = 0, Max = 1000)]
    public double? NybesokPerMonth { get; init; }

    [Param("yes/no", "S000 (difficulty matched to experience)", "Tung cases go to caseworkers with at least experiencedMonths of experience when one is at work.")]
    public bool MatchExperience { get; init; }

    [Param("months", "user (the unit's rule; baseline 24)", "Experience that counts as experienced for matching.", Min = 0, Max = 480)]
    public double ExperiencedMonths { get; init; } = 24;

    IDesign IDesignParameters.Create(UnitParameters unit) => new AllocationDesign(this, unit.Work);
}
