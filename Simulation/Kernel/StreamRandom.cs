namespace Planner.Simulation.Kernel;

/// <summary>
/// xoshiro256**, seeded by SplitMix64. We own the generator so results are identical on every machine and
/// .NET version. It is not a <see cref="Random"/>: a derived Random pays for a compatibility generator of its
/// base on construction (about 80 ns and 56 bytes), and the model creates one stream per household.
/// <see cref="AsRandom"/> gives a <see cref="Random"/> view of the same stream for MathNet.Numerics and the
/// experiment helpers.
/// </summary>
public sealed class StreamRandom
{
    private ulong s0, s1, s2, s3;

    public StreamRandom(ulong seed)
    {
        // SplitMix64 expands one 64-bit seed into a well-mixed 256-bit state (never all zero).
        s0 = SplitMix64(ref seed);
        s1 = SplitMix64(ref seed);
        s2 = SplitMix64(ref seed);
        s3 = SplitMix64(ref seed);
    }

    internal static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits: the generator's own output, from which every other draw is made.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>
    /// Moves the stream on by <paramref name="count"/> outputs without making them: afterwards it is where
    /// <paramref name="count"/> calls of <see cref="NextUInt64"/> would have left it. For draws a caller must take to keep
    /// its stream aligned but does not need (the exit step's route and re-entry uniforms of a month with no exit):
    /// the state stays in registers and the output is not computed.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Skip(int count)
    {
        ulong a = s0, b = s1, c = s2, d = s3;
        for (int i = 0; i < count; i++)
        {
            ulong t = b << 17;
            c ^= a;
            d ^= b;
            b ^= c;
            a ^= d;
            c ^= t;
            d = ulong.RotateLeft(d, 45);
        }
        s0 = a;
        s1 = b;
        s2 = c;
        s3 = d;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on 0 … <paramref name="maxValue"/> − 1 (0 when <paramref name="maxValue"/> is 0 or 1), without bias.</summary>
    public int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)Below((ulong)maxValue);
    }

    /// <summary>Exponential variate with the given mean; here because it is on hot paths (inter-arrival times).</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>This stream as a <see cref="Random"/> (for MathNet.Numerics and the experiment helpers): the same draws in the same order.</summary>
    public Random AsRandom() => new RandomView(this);

    /// <summary>Uniform on 0 … <paramref name="range"/> − 1 by Lemire's multiply-shift with rejection: unbiased.</summary>
    private ulong Below(ulong range)
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

    /// <summary>
    /// Every member of <see cref="Random"/> is overridden, so that nothing reaches the base class's own
    /// generator; the model needs only the stream's few members, so the rest live here.
    /// </summary>
    private sealed class RandomView(StreamRandom stream) : Random
    {
        public override double NextDouble() => stream.NextDouble();
        protected override double Sample() => stream.NextDouble();
        public override int Next() => (int)(stream.NextUInt64() >> 33);
        public override int Next(int maxValue) => stream.Next(maxValue);

        public override int Next(int minValue, int maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
            return (int)(minValue + (long)stream.Below((ulong)((long)maxValue - minValue)));
        }

        public override long NextInt64() => (long)(stream.NextUInt64() >> 1);

        public override long NextInt64(long maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
            return (long)stream.Below((ulong)maxValue);
        }

        public override long NextInt64(long minValue, long maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
            return minValue + NextInt64(maxValue - minValue);
        }

        public override float NextSingle() => (stream.NextUInt64() >> 40) * (1.0f / (1U << 24));
        public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

        public override void NextBytes(Span<byte> buffer)
        {
            int i = 0;
            while (i < buffer.Length)
            {
                ulong r = stream.NextUInt64();
                for (int b = 0; b < 8 && i < buffer.Length; b++, i++) buffer[i] = (byte)(r >> (8 * b));
            }
        }
    }
}
