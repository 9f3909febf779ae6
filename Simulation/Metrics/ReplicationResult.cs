namespace Planner.Simulation.Metrics;

/// <summary>What one replication reports: one value per metric key and the monthly series.</summary>
public sealed record ReplicationResult(
    int Replication,
    ulong Seed,
    IReadOnlyDictionary<string, double> Values,
    MonthlySeries Monthly,
    Conservation Conservation)
{
    /// <summary>The figures of each calendar year of the horizon, in order (<see cref="YearlyCatalogue"/>); empty from an older store.</summary>
    public IReadOnlyList<YearValues> Yearly { get; init; } = [];
}

/// <summary>One calendar year's figures: <see cref="YearlyCatalogue"/> keys to values (NaN where the year has none).</summary>
public sealed record YearValues(int Year, IReadOnlyDictionary<string, double> Values);

/// <summary>Monthly aggregates accumulated during the run; one row per simulated month.</summary>
public sealed record MonthlySeries(IReadOnlyList<string> Columns, IReadOnlyList<double[]> Rows);

/// <summary>Counts that must balance: every household that arrived is active or exited; every caseworker hired is employed or left.</summary>
public sealed record Conservation(
    int HouseholdsInitial,
    int HouseholdsArrived,
    int HouseholdsActiveAtEnd,
    int HouseholdsExited,
    int HouseholdsInIntakeAtEnd,
    int StaffInitial,
    int StaffHired,
    int StaffEmployedAtEnd,
    int StaffLeft);
