using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>A mottagning (intake group, S002 Partille; S000 Mottagningen): new cases stay there for a few months.</summary>
[Design("intakeUnit", 10)]
public sealed record IntakeUnitParameters : IDesignParameters, IHasDesignRules
{
    /// <summary>The mottagning must leave a generalist post to hand its cases to.</summary>
    public static IReadOnlyList<DesignRule> Rules { get; } =
    [
        new(["posts"], ["staff.caseworkers"], unit =>
        {
            if (unit.Designs?.Get<IntakeUnitParameters>() is not { } intake) return null;
            var posts = unit.Staff.Caseworkers.Sum(g => (long)g.Count);
            return intake.Posts < posts ? null
                : $"{intake.Posts} mottagning posts leave no generalist post to hand cases to among the unit's {posts}; expected fewer than {posts}";
        }),
    ];

    [Param("posts", "S002 (Partille: a mottagningsgrupp of six socialsekreterare); about a third of the baseline unit's work is intake and new cases", "Posts of the unit, counted from the first, that form the mottagning; they take every new application.", Min = 1, Max = 1000)]
    public int Posts { get; init; } = 6;

    [Param("months", "S002 (Partille: at most three months), S000 (Mottagningen: about three months)", "Months on assistance after which a case is handed to a krets.", Min = 1, Max = 24)]
    public int HoldMonths { get; init; } = 3;

    [Param("h/case", "ASSUMED (S000: lost case knowledge, clients retell their story)", "Hours the receiving caseworker spends reading up a handed-over case.", Min = 0, Max = 20)]
    public double HandoverHours { get; init; } = 1.5;

    IDesign IDesignParameters.Create(UnitParameters unit) => new IntakeUnit(this, unit.Work);
}
