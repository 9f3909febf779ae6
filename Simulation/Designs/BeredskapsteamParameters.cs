using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>Beredskapsteam (Stockholm, S000): a standing team that takes over absent colleagues' urgent work each morning.</summary>
[Design("beredskapsteam", 70)]
public sealed record BeredskapsteamParameters : IDesignParameters
{
    [Param("caseworkers", "S000 (three experienced socialsekreterare)", "Team members, in posts added to the unit's own (the design's cost: their salaries).", Min = 1, Max = 50)]
    public int Members { get; init; } = 3;

    [Param("months", "user (whom the unit puts in the team; baseline 96 months, S000: 'erfarna socialsekreterare')", "Mean experience of the team members at day 0; their successors are recruited like any caseworker.", Min = 0, Max = 480)]
    public double MeanExperienceMonths { get; init; } = 96;

    [Param("working days", "user (the team's rule; baseline 2, S000: applications 'som måste handläggas akut')", "An absent colleague's re-applications are taken over from this many working days before they are due.", Min = 0, Max = 20)]
    public int UrgentWithinWorkingDays { get; init; } = 2;

    [Param("days of own hours", "user (the team's rule; baseline 2)", "A member takes over work until their queue holds this many days of their hours; the rest goes to the next cover or waits.", Min = 0.1, Max = 20)]
    public double TakeUpToDays { get; init; } = 2;

    [Param("h/day", "ASSUMED (S000: cancelling meetings, checking post, back-up for the phones)", "Team hours per absent colleague and day spent on their phone, post and cancelled meetings.", Min = 0, Max = 8)]
    public double HoursPerAbsentColleague { get; init; } = 0.25;

    IDesign IDesignParameters.Create(UnitParameters unit) => new Beredskapsteam(this);
}
