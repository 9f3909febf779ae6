using System.Globalization;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// Shard k of n (1 ≤ k ≤ n): the share of an experiment's replications one machine runs. Replication r of
/// point p belongs to shard ((p + r − 1) mod n) + 1, so each point's replications are dealt round-robin over
/// the shards whatever the number of replications, and every shard gets work from every point.
/// </summary>
public sealed record Shard(int Number, int Count)
{
    public static readonly Shard Whole = new(1, 1);

    public bool IsWhole => Count == 1;

    public bool Owns(int point, int replication) => (point + replication - 1) % Count == Number - 1;

    public override string ToString() => $"{Number}/{Count}";

    /// <summary>Reads "k/n"; the error says what is wrong and what is allowed.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            if (n >= 1 && k >= 1 && k <= n)
                return new Shard(k, n);
            error = n < 1
                ? $"--shard {text}: the number of shards must be at least 1"
                : $"--shard {text}: shard {k} does not exist; expected a shard from 1 to {n} (k/n with 1 ≤ k ≤ n)";
            return null;
        }
        error = $"--shard {text}: expected k/n, e.g. 2/8 for the second of eight shards";
        return null;
    }
}
