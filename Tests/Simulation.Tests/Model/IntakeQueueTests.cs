using NUnit.Framework;
using Planner.Simulation.Model;

namespace Planner.Simulation.Tests.Model;

/// <summary>The post's intake queue keeps first-in, first-out order through the ring's wrap and its growth, like the Queue it replaced.</summary>
[TestFixture]
public sealed class IntakeQueueTests
{
    [Test]
    public void First_in_first_out_across_wrap_and_growth_with_the_same_contents_as_a_queue()
    {
        var queue = new IntakeQueue(4);
        var reference = new Queue<int>();
        var random = new Random(11);
        int next = 0;
        for (int step = 0; step < 2000; step++)
        {
            // Mostly arrivals early on (growth), then as many leaving as arriving (wrapping round the ring).
            bool add = reference.Count == 0 || random.NextDouble() < (step < 300 ? 0.7 : 0.5);
            if (add)
            {
                queue.Enqueue(next);
                reference.Enqueue(next++);
            }
            else
            {
                Assert.That(queue.Peek(), Is.EqualTo(reference.Peek()));
                Assert.That(queue.Dequeue(), Is.EqualTo(reference.Dequeue()));
            }
            Assert.That(queue.Count, Is.EqualTo(reference.Count));
            var listed = new List<int>();
            foreach (int slot in queue) listed.Add(slot);
            Assert.That(listed, Is.EqualTo(reference.ToArray()), $"enumeration at step {step}");
            Assert.That(queue.Oldest.ToArray().Concat(queue.Rest.ToArray()), Is.EqualTo(reference.ToArray()), $"the two parts at step {step}");
        }
    }

    [Test]
    public void An_empty_queue_has_nothing_to_take()
    {
        var queue = new IntakeQueue(2);
        Assert.Throws<InvalidOperationException>(() => queue.Dequeue());
        Assert.Throws<InvalidOperationException>(() => queue.Peek());
        queue.Enqueue(5);
        Assert.That(queue.Dequeue(), Is.EqualTo(5));
        Assert.That(queue.Oldest.Length + queue.Rest.Length, Is.Zero);
    }
}
