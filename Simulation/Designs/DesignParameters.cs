using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// The organisational designs of a unit (MODEL.md §5), each a block that switches it on; an absent
/// block is a design not in use. Blocks combine freely: FAS with mentors and a beredskapsteam is one
/// scenario. The absence-cover designs act in the order beredskapsteam, timvikarier, spreadAbsentWork,
/// each taking what the one before left.
/// </summary>
[NamedBlocks("design")]
public sealed record DesignParameters
{
    public FasParameters? Fas { get; init; }
    public BeredskapsteamParameters? Beredskapsteam { get; init; }
    public TimvikarierParameters? Timvikarier { get; init; }
    public SpreadAbsentWorkParameters? SpreadAbsentWork { get; init; }
    public MentorParameters? Mentors { get; init; }
    public IntroductionProgrammeParameters? Introduction { get; init; }
    public IntakeUnitParameters? IntakeUnit { get; init; }
    public AllocationParameters? Allocation { get; init; }
    public PaymentSplitParameters? PaymentSplit { get; init; }
    public GlobenParameters? Globen { get; init; }
    public LabourMarketOfficersParameters? LabourMarketOfficers { get; init; }
}
