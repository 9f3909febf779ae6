using System.Text;

namespace Planner.Simulation.Kernel;

/// <summary>
/// The only source of randomness. Every stream is derived from (seed, replication, purpose[, index]),
/// so a household's or a worker's draws do not shift when another part of the model draws more or
/// less: designs compare under common random numbers.
/// </summary>
public sealed class RandomStreams
{
    public RandomStreams(ulong seed, int replication)
    {
        Seed = seed;
        Replication = replication;
    }

    public ulong Seed { get; }
    public int Replication { get; }

    /// <summary>A stream for one purpose, e.g. "inflow".</summary>
    public StreamRandom Get(string purpose) => new(Derive(purpose, 0, false));

    /// <summary>A stream for one member of a population, e.g. ("household", 1234).</summary>
    public StreamRandom Get(string purpose, long index) => new(Derive(purpose, index, true));

    /// <summary>The 64-bit seed of a stream; stable across machines and .NET versions.</summary>
    public ulong Derive(string purpose, long index, bool indexed)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        // FNV-1a over the UTF-8 name, then mixed with seed, replication and index by SplitMix64.
        ulong h = 0xCBF29CE484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(purpose))
        {
            h ^= b;
            h *= 0x100000001B3UL;
        }
        ulong x = Seed;
        ulong k = StreamRandom.SplitMix64(ref x) ^ h;
        k = StreamRandom.SplitMix64(ref k) ^ (ulong)(uint)Replication;
        k = StreamRandom.SplitMix64(ref k);
        if (indexed)
        {
            k ^= (ulong)index;
            k = StreamRandom.SplitMix64(ref k);
        }
        return k;
    }
}
