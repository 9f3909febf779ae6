using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>Arbetsmarknadshandläggare (Ale, S002): officers without a krets to whom the job-seeking clients are referred.</summary>
[Design("labourMarketOfficers", 110)]
public sealed record LabourMarketOfficersParameters : IDesignParameters
{
    [Param("posts", "S002 (Ale: 15 socialsekreterare, 'varav två är arbetsmarknadshandläggare till vilka i stort alla personer utan jobb remitteras')", "Labour-market officers, in posts added to the unit's own, without a krets (the design's cost: their salaries).", Min = 1, Max = 50)]
    public int Officers { get; init; } = 2;

    [Param("months", "user (baseline 60)", "Mean experience of the officers at day 0; successors are recruited like any caseworker.", Min = 0, Max = 480)]
    public double MeanExperienceMonths { get; init; } = 60;

    [Param("h/client/month", "ASSUMED (a visit of about an hour, S002)", "Officer hours per referred client and month (a meeting with its preparation).", Min = 0.1, Max = 20)]
    public double HoursPerClientPerMonth { get; init; } = 1.5;

    [Param("share of hours", "ASSUMED (the rest: employers, Arbetsförmedlingen, documentation)", "Share of an officer's hours at work spent meeting referred clients.", Min = 0, Max = 1)]
    public double ClientTimeShare { get; init; } = 0.5;

    IDesign IDesignParameters.Create(UnitParameters unit) => new LabourMarketOfficers(this);
}
