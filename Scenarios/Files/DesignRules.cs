using Planner.Simulation.Designs;
using static Planner.Scenarios.Files.ScenarioRules;

namespace Planner.Scenarios.Files;

/// <summary>
/// Cross-field rules of the designs block, part of <see cref="ScenarioRules"/>: each design's own
/// (<see cref="DesignRule"/>, declared on its parameters record), with the paths they concern made from the
/// design's block name. A rule of a design not in the file passes.
/// </summary>
internal static class DesignRules
{
    public static readonly Rule[] All =
    [
        .. DesignParameters.Registered.SelectMany(design => design.Rules.Select(rule => new Rule(
            [
                .. rule.Fields.Select(f => $"$.designs.{design.Name}.{f}"),
                .. rule.UnitFields.Select(f => "$." + f),
                $"$.designs.{design.Name}",
            ],
            s => rule.Violation(s.Unit)))),
    ];
}
