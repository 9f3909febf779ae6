using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// The Globen focus model (S000): each caseworker has a few focus clients, rotated after some months, whom the
/// biträdande enhetschef follows up monthly with the worker.
/// </summary>
[Design("globen", 100)]
public sealed record GlobenParameters : IDesignParameters
{
    [Param("clients/worker", "user (S000: 6 priority cases at first, later 15 focus clients per worker)", "Focus clients per caseworker with a krets.", Min = 1, Max = 60)]
    public int FocusClientsPerWorker { get; init; } = 15;

    [Param("months", "user (S000: focus clients are rotated after some months; baseline 6)", "Months a household stays a focus client before the worker's focus rotates to others.", Min = 1, Max = 36)]
    public int RotationMonths { get; init; } = 6;

    [Param("h/client/month", "ASSUMED (S000: the biträdande enhetschef follows the focus clients up monthly)", "Deputy chief's hours per focus client and month.", Min = 0, Max = 10)]
    public double DeputyHoursPerFocusClientMonth { get; init; } = 0.25;

    [Param("SEK/h", "ASSUMED (a biträdande enhetschef's pay with on-costs, ≈ 50,000 SEK/month × 1.42 ÷ 165 h)", "Cost of one hour of the deputy chief's time.", Min = 0, Max = 5_000)]
    public double DeputyCostPerHour { get; init; } = 430;

    [Param("relative", "ASSUMED (S000: focus work shows progress and moves clients on)", "Relative rise of a focus client's monthly exit hazard.", Min = 0, Max = 3)]
    public double FocusExitEffect { get; init; } = 0.25;

    [Param("index 0–1", "ASSUMED (S000: the model was meant to relieve strain by giving control)", "Fall of the strain target of a caseworker with focus clients.", Min = 0, Max = 1)]
    public double StrainRelief { get; init; } = 0.03;

    IDesign IDesignParameters.Create(UnitParameters unit) => new Globen(this);
}
