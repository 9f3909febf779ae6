using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>Timvikarier (Stockholm 2012, S000): hourly substitutes called in for a sick caseworker.</summary>
[Design("timvikarier", 80)]
public sealed record TimvikarierParameters : IDesignParameters
{
    [Param("probability", "ASSUMED (S000: not sustainable to rely on them alone)", "Chance that a substitute can be found for an absent caseworker's day.", Min = 0, Max = 1)]
    public double Availability { get; init; } = 0.7;

    [Param("h/day", "user (hours the unit books a substitute for; baseline 6)", "Hours a substitute works on the absent caseworker's urgent work.", Min = 0, Max = 10)]
    public double HoursPerDay { get; init; } = 6;

    [Param("share", "ASSUMED (new to the unit's clients and routines)", "A substitute's productivity relative to the regular caseworker.", Min = 0, Max = 1)]
    public double Productivity { get; init; } = 0.6;

    [Param("SEK/h", "user (the unit's pay rate; baseline ≈ a caseworker's monthly salary ÷ 165 h, with holiday pay)", "Hourly pay of a substitute, before employer on-costs.", Min = 0, Max = 5000)]
    public double HourlyPay { get; init; } = 270;

    [Param("yes/no", "S000 ('började man också ta in timvikarier när någon var sjuk')", "Cover sick leave only; otherwise vacation too.")]
    public bool SickOnly { get; init; } = true;

    [Param("working days", "user (the unit's rule; baseline 2)", "A substitute works the absent caseworker's re-applications from this many working days before they are due.", Min = 0, Max = 20)]
    public int UrgentWithinWorkingDays { get; init; } = 2;

    IDesign IDesignParameters.Create(UnitParameters unit) => new Timvikarier(this);
}
