using System.Text;

namespace Planner.Simulation.Kernel;

/// <summary>
/// The only source of randomness. Every stream is derived from (seed, replication, purpose[, index]),
/// so a household's or a worker's draws do not shift when another part of the model draws more or
/// less: designs compare under common random numbers.
/// </summary>
public sealed class RandomStreams
{
    private readonly ulong seed;
    private readonly int replication;
    private PurposeHash? lastPurpose;

    public RandomStreams(ulong seed, int replication)
    {
        this.seed = seed;
        this.replication = replication;
    }

    /// <summary>A stream for one purpose, e.g. "inflow".</summary>
    public StreamRandom Get(string purpose) => new(Derive(purpose, 0, false));

    /// <summary>A stream for one member of a population, e.g. ("worker", 12).</summary>
    public StreamRandom Get(string purpose, long index) => new(Derive(purpose, index, true));

    /// <summary>The same stream as <see cref="Get(string, long)"/>, as a value its owner keeps inline (a household's).</summary>
    internal InlineStream GetInline(string purpose, long index) => new(Derive(purpose, index, true));

    /// <summary>The 64-bit seed of a stream; stable across machines and .NET versions (pinned by a test).</summary>
    internal ulong Derive(string purpose, long index, bool indexed)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        // FNV-1a over the UTF-8 name, then mixed with seed, replication and index by SplitMix64. The model asks
        // for one purpose many times in a row (a stream per household), so the name's hash is kept.
        var named = lastPurpose;
        if (named is null || !ReferenceEquals(named.Purpose, purpose))
            lastPurpose = named = new PurposeHash(purpose, Fnv1a(purpose));
        ulong h = named.Hash;
        ulong x = seed;
        ulong k = StreamRandom.SplitMix64(ref x) ^ h;
        k = StreamRandom.SplitMix64(ref k) ^ (ulong)(uint)replication;
        k = StreamRandom.SplitMix64(ref k);
        if (indexed)
        {
            k ^= (ulong)index;
            k = StreamRandom.SplitMix64(ref k);
        }
        return k;
    }

    private static ulong Fnv1a(string purpose)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(purpose))
        {
            h ^= b;
            h *= 0x100000001B3UL;
        }
        return h;
    }

    /// <summary>A name and its hash in one object, so a reader never pairs one name with another's hash.</summary>
    private sealed record PurposeHash(string Purpose, ulong Hash);
}
