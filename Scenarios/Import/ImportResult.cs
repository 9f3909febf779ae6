using Planner.Scenarios.Calibration;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Import;

/// <summary>
/// What an import read: the targets, what was deliberately left out and why (a missing value, a flagged or
/// suppressed cell, a figure with no model metric), and the errors that stop the import. With any error no
/// targets file is written at all, so a file is never half imported.
/// </summary>
public sealed record ImportResult(IReadOnlyList<Target> Targets, IReadOnlyList<string> Skipped, IReadOnlyList<ScenarioError> Errors)
{
    public bool Ok => Errors.Count == 0;
}
