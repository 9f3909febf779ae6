namespace Planner.Simulation.Model.Parameters;

public sealed record InflowParameters
{
    [Param("households/month", "Derived: ≈ 1,080 households on assistance in a month ÷ ≈ 9.6 months on the books per spell (decision month included; the calibrated baseline's) ≈ 112 spells starting a month, of which re-entries (S001: 29 % back within a year, 35 % eventually) supply 35 %, ≈ 39, leaving ≈ 73 first applications; 72.5 keeps the baseline's stock level over its 10 years", "New applications per month from households not returning (Poisson), before the path multiplier.", Min = 0, Max = 100_000)]
    public double ApplicationsPerMonth { get; init; } = 72.5;

    [Param("true/false", "user (a unit chief knows the households on the books, rarely the inflow that holds them)", "Steady: the first applications are derived so that they hold initialHouseholds with the unit's exits and re-entries (the arithmetic is printed by planner run), and applicationsPerMonth is not read.")]
    public bool Steady { get; init; }

    [Param("points", "user (e.g. unemployment rising; S003 §2)", "External path: multiplier of inflow by month, linearly interpolated between points; flat 1.0 if empty.", Min = 0, Max = 1200)]
    public IReadOnlyList<PathPoint> Path { get; init; } = [];

    [Param("share", "ASSUMED (weight classes enkel/medel/tung, S002)", "Share of new households in weight class enkel (simple).", Min = 0, Max = 1)]
    public double ShareEnkel { get; init; } = 0.40;

    [Param("share", "ASSUMED (S002)", "Share of new households in weight class tung (heavy); medel takes the rest.", Min = 0, Max = 1)]
    public double ShareTung { get; init; } = 0.20;

    [Param("share", "S003 (Trelleborg: 85 % near, 15 % far from the labour market)", "Share of new households far from the labour market (långt från).", Min = 0, Max = 1)]
    public double ShareFarFromLabourMarket { get; init; } = 0.15;

    [Param("share per unit path", "ASSUMED (S000, S002: in a boom the mix shifts to clients far from the labour market)", "How much the far share rises when the path multiplier falls below 1 (and falls when it rises).", Min = 0, Max = 2)]
    public double FarShareShiftPerPath { get; init; } = 0.3;
}

public sealed record PathPoint
{
    [Param("month", "user", "Month from the start (0 = first month).", Min = 0, Max = 1200)]
    public double Month { get; init; }

    [Param("multiplier", "user", "Inflow multiplier at that month (1.0 = the base rate).", Min = 0, Max = 10)]
    public double Multiplier { get; init; } = 1.0;
}
