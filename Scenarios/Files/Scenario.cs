using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Files;

/// <summary>
/// One scenario file: who it is, how to run it and the unit it describes. The unit's fields sit at the
/// top level of the file (flattened) so that a file reads as a description of a unit, not of a wrapper.
/// A new top-level block (e.g. designs) is one more property here; loader, validator, echo and field
/// reference pick it up by reflection.
/// </summary>
public sealed record Scenario
{
    [Param("text", "user", "Scenario name; also names the result folder (lower case, letters, digits and hyphens). Empty: the file name without .json.")]
    public string Name { get; init; } = "";

    [Param("text", "user", "What the scenario represents and where its numbers come from; shown by the command line.")]
    public string Description { get; init; } = "";

    public RunSettings Run { get; init; } = new();

    // The unit's own Name would clash with the scenario's name at the top level; the loader copies it over.
    [Flatten(nameof(UnitParameters.Name))]
    public UnitParameters Unit { get; init; } = new();

    /// <summary>Written by `planner calibrate`: what the fitted values were fitted to; null for a scenario not calibrated.</summary>
    public Calibration.CalibrationProvenance? Calibration { get; init; }
}

/// <summary>Puts a nested record's fields at the level of its parent in the file, except the listed properties.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FlattenAttribute(params string[] except) : Attribute
{
    public IReadOnlyList<string> Except { get; } = except;
}
