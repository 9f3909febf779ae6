namespace Planner.Simulation.Kernel;

/// <summary>
/// xoshiro256**, seeded by SplitMix64 (<see cref="InlineStream"/>), as an object. We own the generator so results are
/// identical on every machine and .NET version. It is not a <see cref="Random"/>: a derived Random pays for a
/// compatibility generator of its base on construction (about 80 ns and 56 bytes), and the model creates many streams
/// (a household keeps its stream inline instead, as an <see cref="InlineStream"/>).
/// <see cref="AsRandom"/> gives a <see cref="Random"/> view of the same stream for MathNet.Numerics and the
/// experiment helpers.
/// </summary>
public sealed class StreamRandom
{
    // The generator itself (one implementation, shared with the streams kept inside households).
    private InlineStream stream;

    public StreamRandom(ulong seed)
    {
        stream = new InlineStream(seed);
    }

    internal static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits: the generator's own output, from which every other draw is made.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => stream.NextUInt64();

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => stream.NextDouble();

    /// <summary>Uniform on 0 … <paramref name="maxValue"/> − 1 (0 when <paramref name="maxValue"/> is 0 or 1), without bias.</summary>
    public int Next(int maxValue) => stream.Next(maxValue);

    /// <summary>Exponential variate with the given mean; here because it is on hot paths (inter-arrival times).</summary>
    public double Exponential(double mean) => stream.Exponential(mean);

    // Uniform on 0 … range − 1, for the Random view's wider ranges.
    private ulong Below(ulong range) => stream.Below(range);

    /// <summary>This stream as a <see cref="Random"/> (for MathNet.Numerics and the experiment helpers): the same draws in the same order.</summary>
    public Random AsRandom() => new RandomView(this);

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
