using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>
/// The inline stream is the generator (behind <see cref="StreamRandom"/> too): xoshiro256** by its published definition,
/// an unbiased bounded draw, and a stream that advances where it lives, not in a copy unless that is written back.
/// </summary>
[TestFixture]
public class InlineStreamTests
{
    [Test]
    public void IsXoshiro256StarStarSeededBySplitMix64([Values(0UL, 1UL, 20261202UL, ulong.MaxValue)] ulong seed)
    {
        // Against the published definitions written out in RandomStreamsTests, independently of the kernel.
        ulong x = seed;
        var state = new[] { RandomStreamsTests.ReferenceSplitMix64(ref x), RandomStreamsTests.ReferenceSplitMix64(ref x),
            RandomStreamsTests.ReferenceSplitMix64(ref x), RandomStreamsTests.ReferenceSplitMix64(ref x) };
        var stream = new InlineStream(seed);
        for (int i = 0; i < 100; i++) Assert.That(stream.NextUInt64(), Is.EqualTo(RandomStreamsTests.ReferenceXoshiro(state)), $"output {i}");
        // The uniform is the output's top 53 bits, scaled.
        Assert.That(stream.NextDouble(), Is.EqualTo((RandomStreamsTests.ReferenceXoshiro(state) >> 11) / 9007199254740992.0));
    }

    [Test]
    public void AHouseholdsStreamIsThePinnedOne()
    {
        // The household stream's seed is pinned in RandomStreamsTests; its inline stream starts from that seed.
        ulong x = RandomStreamsTests.PinnedHousehold7;
        var state = new[] { RandomStreamsTests.ReferenceSplitMix64(ref x), RandomStreamsTests.ReferenceSplitMix64(ref x),
            RandomStreamsTests.ReferenceSplitMix64(ref x), RandomStreamsTests.ReferenceSplitMix64(ref x) };
        var household = new RandomStreams(42, 0).GetInline("household", 7);
        for (int i = 0; i < 8; i++) Assert.That(household.NextUInt64(), Is.EqualTo(RandomStreamsTests.ReferenceXoshiro(state)));
    }

    [Test]
    public void ExponentialHasItsMean()
    {
        var r = new InlineStream(3);
        const int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += r.Exponential(2.5);
        // Standard error 2.5 / sqrt(n) ≈ 0.0056: within 0.03 is more than five of them.
        Assert.That(sum / n, Is.EqualTo(2.5).Within(0.03));
    }

    [Test]
    public void SkipLeavesTheStreamWhereThatManyDrawsWould()
    {
        foreach (int count in new[] { 0, 1, 2, 5, 17 })
        {
            var skipped = new InlineStream(20261202);
            var drawn = new InlineStream(20261202);
            skipped.Skip(count);
            for (int i = 0; i < count; i++) drawn.NextUInt64();
            for (int i = 0; i < 8; i++) Assert.That(skipped.NextUInt64(), Is.EqualTo(drawn.NextUInt64()), $"after skipping {count}");
        }
        // And it does move the stream: skipping one is not skipping none.
        var one = new InlineStream(7);
        one.Skip(1);
        Assert.That(one.NextUInt64(), Is.Not.EqualTo(new InlineStream(7).NextUInt64()));
    }

    [Test]
    public void BelowStaysInRangeAndReachesEveryValue()
    {
        var r = new InlineStream(11);
        var seen = new int[7];
        for (int i = 0; i < 7_000; i++) seen[r.Below(7)]++;
        Assert.That(seen, Has.All.GreaterThan(850).And.LessThan(1150), "each of 7 values about 1,000 times in 7,000");
        Assert.That(r.Below(1), Is.Zero);
        Assert.That(r.Below(0), Is.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InlineStream(1).Next(-1));
    }

    [Test]
    public void DrawsThroughAReferenceAdvanceTheOwnersStreamAndACopyDoesNot()
    {
        var owner = new Owner(new InlineStream(99));
        var reference = new InlineStream(99);
        ref var r = ref owner.Stream;
        r.NextDouble();
        reference.NextDouble();
        Assert.That(owner.Stream.NextUInt64(), Is.EqualTo(reference.NextUInt64()), "the draw through the reference moved the owner's stream");

        var copy = owner.Stream;
        copy.NextUInt64();
        Assert.That(owner.Stream.NextUInt64(), Is.EqualTo(reference.NextUInt64()), "a copy's draw left the owner's stream where it was");

        var drawn = owner.Stream;
        drawn.NextUInt64();
        drawn.Skip(2);
        owner.Stream = drawn;
        reference.NextUInt64();
        reference.Skip(2);
        Assert.That(owner.Stream.NextUInt64(), Is.EqualTo(reference.NextUInt64()), "a copy written back leaves the owner where its draws did");
    }

    private sealed class Owner(InlineStream stream)
    {
        private InlineStream stream = stream;
        public ref InlineStream Stream => ref stream;
    }
}
