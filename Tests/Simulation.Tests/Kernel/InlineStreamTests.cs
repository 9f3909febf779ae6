using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>
/// The inline stream is the generator behind <see cref="StreamRandom"/>: the same seed gives the same draws through
/// either, and a stream kept inline advances where it lives, not in a copy.
/// </summary>
[TestFixture]
public class InlineStreamTests
{
    [Test]
    public void DrawsTheSameSequenceAsTheObjectStreamOfTheSameSeed()
    {
        var inline = new InlineStream(20261202);
        var boxed = new StreamRandom(20261202);
        for (int i = 0; i < 200; i++)
        {
            Assert.That(inline.NextUInt64(), Is.EqualTo(boxed.NextUInt64()), $"output {i}");
            Assert.That(inline.NextDouble(), Is.EqualTo(boxed.NextDouble()), $"uniform {i}");
            Assert.That(inline.Next(37), Is.EqualTo(boxed.Next(37)), $"integer {i}");
            Assert.That(inline.Exponential(2.5), Is.EqualTo(boxed.Exponential(2.5)), $"exponential {i}");
        }
        // A range beyond int: the Random view's NextInt64 takes it from the same rejection sampler.
        const ulong wide = (1UL << 62) + 12345;
        var view = new StreamRandom(5).AsRandom();
        var same = new InlineStream(5);
        for (int i = 0; i < 100; i++) Assert.That((ulong)view.NextInt64((long)wide), Is.EqualTo(same.Below(wide)));
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
    public void TheInlineStreamOfAHouseholdIsTheSameAsItsObjectStream()
    {
        var streams = new RandomStreams(2025, 3);
        var inline = streams.GetInline("household", 1234);
        var boxed = streams.Get("household", 1234);
        for (int i = 0; i < 100; i++) Assert.That(inline.NextUInt64(), Is.EqualTo(boxed.NextUInt64()));
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
