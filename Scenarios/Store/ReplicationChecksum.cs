using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Store;

/// <summary>
/// A replication's checksum: SHA-256 (first 128 bits, hex) over its key, seed, conservation counts, every metric
/// (key and the exact bits of its value) and every monthly series, in a fixed order. Written with the replication
/// and recomputed from the stored rows before they are used, so a flipped bit that SQLite's own checks cannot see
/// (a page whose structure is sound but whose number changed) is found, and the replication is run again instead
/// of averaged in.
/// </summary>
public sealed class ReplicationChecksum : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public ReplicationChecksum(int point, int replication, string seed, Conservation k)
    {
        Add(string.Create(CultureInfo.InvariantCulture,
            $"planner-replication/1\n{point} {replication} {seed}\n{k.HouseholdsInitial} {k.HouseholdsArrived} {k.HouseholdsActiveAtEnd} {k.HouseholdsExited} "
            + $"{k.HouseholdsInIntakeAtEnd} {k.StaffInitial} {k.StaffHired} {k.StaffEmployedAtEnd} {k.StaffLeft}\n"));
    }

    /// <summary>A metric, in key order; a value the store keeps as NULL (not finite) is hashed as such.</summary>
    public void Metric(string key, double? value) =>
        Add(value is { } v && double.IsFinite(v)
            ? $"m {key} {BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)}\n"
            : $"m {key} null\n");

    /// <summary>A monthly column's JSON text, in column order.</summary>
    public void Series(int column, string json) => Add($"s {column.ToString(CultureInfo.InvariantCulture)} {json}\n");

    public string Value() => Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));

    /// <summary>The checksum of rows about to be written.</summary>
    public static string Of(ReplicationRows rows)
    {
        using var checksum = new ReplicationChecksum(rows.Point, rows.Replication, rows.Seed.ToString(CultureInfo.InvariantCulture), rows.Conservation);
        foreach (var (key, value) in rows.Metrics)
            checksum.Metric(key, value);
        for (var c = 0; c < rows.Series.Count; c++)
            checksum.Series(c, rows.Series[c]);
        return checksum.Value();
    }

    private void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    public void Dispose() => hash.Dispose();
}
