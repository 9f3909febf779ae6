using System.Globalization;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Store;

/// <summary>
/// A replication's yearly figures in the store's metrics table: one row per year and key, named
/// "yearly:&lt;year&gt;:&lt;key&gt;" (e.g. yearly:2029:households_during_year), so the store keeps them with no table of
/// their own and a merge or a resume carries them like any metric. Loading splits them back out of the values.
/// </summary>
public static class YearlyRows
{
    public const string Prefix = "yearly:";

    public static bool IsYearly(string metric) => metric.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Key(int year, string metric) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{year}:{metric}");

    public static IEnumerable<KeyValuePair<string, double>> Flatten(IReadOnlyList<YearValues> yearly)
    {
        foreach (var y in yearly)
            foreach (var (key, value) in y.Values)
                yield return new(Key(y.Year, key), value);
    }

    /// <summary>Moves the yearly rows out of <paramref name="values"/> and returns them by year, in year order.</summary>
    public static IReadOnlyList<YearValues> Split(Dictionary<string, double> values)
    {
        var byYear = new SortedDictionary<int, Dictionary<string, double>>();
        foreach (var name in values.Keys.Where(IsYearly).ToList())
        {
            var rest = name.AsSpan(Prefix.Length);
            var colon = rest.IndexOf(':');
            if (colon > 0 && int.TryParse(rest[..colon], NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
            {
                if (!byYear.TryGetValue(year, out var v))
                    byYear[year] = v = new Dictionary<string, double>(StringComparer.Ordinal);
                v[rest[(colon + 1)..].ToString()] = values[name];
            }
            values.Remove(name);
        }
        return byYear.Select(y => new YearValues(y.Key, y.Value)).ToList();
    }
}
