namespace Planner.Simulation.Model.Parameters;

/// <summary>
/// Strain index on a 0–1 scale that follows a target level with a recovery time constant. The target
/// is inherent strain (compassion fatigue, not changed by design, S000 §2) plus organisational strain
/// from overload and novice uncertainty, less support. There is no separate end-of-month term: S004's
/// end-of-month crunch comes with the FAS meeting quota, a design.
/// </summary>
public sealed record StrainParameters
{
    [Param("index 0–1", "S000 §2 (inherent strain, compassion fatigue); value ASSUMED", "Strain level that the work carries even at a sustainable load.", Min = 0, Max = 1)]
    public double Inherent { get; init; } = 0.15;

    [Param("index per unit overload", "ASSUMED (S000: overload drives organisational strain)", "Rise of the strain target per unit of demanded ÷ available hours above 1.", Min = 0, Max = 10)]
    public double OverloadSensitivity { get; init; } = 1.2;

    [Param("ratio", "ASSUMED", "Load ratio (demanded ÷ available hours) above which overload starts to strain.", Min = 0.5, Max = 1.5)]
    public double OverloadThreshold { get; init; } = 0.9;

    [Param("index 0–1", "ASSUMED (S000: novices' uncertainty)", "Extra strain target in a caseworker's first 12 months.", Min = 0, Max = 1)]
    public double NoviceStrain { get; init; } = 0.10;

    [Param("index 0–1", "ASSUMED (S000: support from biträdande enhetschef and peers)", "Largest relief of the strain target from manager support (at 1 h per worker per week or more).", Min = 0, Max = 1)]
    public double SupportRelief { get; init; } = 0.05;

    [Param("days", "ASSUMED", "Time constant with which strain follows its target (recovery takes about this long).", Min = 1, Max = 365)]
    public double RecoveryDays { get; init; } = 45;

    [Param("working days", "ASSUMED", "Working days over which demanded and available hours are averaged into the load ratio that drives strain.", Min = 1, Max = 120)]
    public double LoadAveragingDays { get; init; } = 20;

    [Param("index 0–1", "ASSUMED (S000: 'mental exit' before physical exit)", "Strain above which a caseworker may disengage.", Min = 0, Max = 1)]
    public double DisengagementThreshold { get; init; } = 0.6;

    [Param("per month", "ASSUMED", "Monthly probability of disengaging while strain is above the threshold.", Min = 0, Max = 1)]
    public double DisengagementHazard { get; init; } = 0.15;

    [Param("share of capacity", "ASSUMED", "Productivity lost by a disengaged caseworker.", Min = 0, Max = 1)]
    public double DisengagedProductivityLoss { get; init; } = 0.2;
}
