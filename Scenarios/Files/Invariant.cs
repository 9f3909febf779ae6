using System.Globalization;

namespace Planner.Scenarios.Files;

/// <summary>Number text that reads the same on every machine and parses back to the same double.</summary>
public static class Invariant
{
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
