namespace Planner.Simulation.Kernel;

/// <summary>
/// The generator behind every stream — xoshiro256**, seeded by SplitMix64 — as a value: a stream kept inside the
/// object that owns it, with no object of its own. Each household holds one (about 10,000 a replication, each read at
/// every month end) and so does each post's holder (drawn from every working day), so they carry the stream's 32 bytes
/// instead of a pointer to a 48-byte object elsewhere in memory. <see cref="StreamRandom"/> is the same generator as an
/// object, for everything else.
/// </summary>
/// <remarks>
/// A mutable struct: it must be drawn from where it lives. The owner hands it out by reference
/// (<c>ref var r = ref h.Random;</c>); a copy (<c>var r = h.Random;</c>) is a second stream at the same place, and
/// draws from it leave the owner's where it was — unless it is written back (<c>h.Random = r;</c>), which a run of draws
/// on a hot path does on purpose: the copy's state stays in registers (the month-end exit draw, Exits.Draw).
/// </remarks>
internal struct InlineStream
{
    private ulong s0, s1, s2, s3;

    public InlineStream(ulong seed)
    {
        // SplitMix64 expands one 64-bit seed into a well-mixed 256-bit state (never all zero).
        s0 = StreamRandom.SplitMix64(ref seed);
        s1 = StreamRandom.SplitMix64(ref seed);
        s2 = StreamRandom.SplitMix64(ref seed);
        s3 = StreamRandom.SplitMix64(ref seed);
    }

    /// <summary>The next 64 random bits: the generator's own output, from which every other draw is made.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        Step();
        return result;
    }

    /// <summary>
    /// Moves the stream on by <paramref name="count"/> outputs without making them: afterwards it is where
    /// <paramref name="count"/> calls of <see cref="NextUInt64"/> would have left it. For draws a caller must take to keep
    /// its stream aligned but does not need (the exit step's route and re-entry uniforms of a month with no exit).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Skip(int count)
    {
        for (int i = 0; i < count; i++) Step();
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Exponential variate with the given mean (inter-arrival times, delays, a holder's tenure).</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Uniform on 0 … <paramref name="maxValue"/> − 1 (0 when <paramref name="maxValue"/> is 0 or 1), without bias.</summary>
    public int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)Below((ulong)maxValue);
    }

    /// <summary>Uniform on 0 … <paramref name="range"/> − 1 by Lemire's multiply-shift with rejection: unbiased.</summary>
    public ulong Below(ulong range)
    {
        if (range <= 1) return 0;
        ulong threshold = (0UL - range) % range;
        while (true)
        {
            ulong r = NextUInt64();
            ulong hi = Math.BigMul(r, range, out ulong lo);
            if (lo >= threshold) return hi;
        }
    }

    // The state transition, once for drawing and skipping alike.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Step()
    {
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
    }
}
