namespace Planner.Simulation.Kernel;

/// <summary>One waiting claim: a process's request or a callback with its payload.</summary>
internal struct WaitingClaim
{
    public int Priority;
    public int Payload;
    public long Sequence;
    public double RequestedAt;
    public ResourceRequest? Request;
    public Action<int>? Callback;

    public readonly bool Before(in WaitingClaim other) =>
        Priority != other.Priority ? Priority < other.Priority : Sequence < other.Sequence;
}

/// <summary>
/// The queue of a <see cref="Resource"/>: a binary min-heap on (priority, arrival sequence), so lower
/// numbers go first and equal priorities are served first come, first served. Claims are structs, so
/// queueing allocates nothing once the array has grown.
/// </summary>
internal sealed class RequestQueue
{
    private WaitingClaim[] items = new WaitingClaim[16];
    private int count;
    private long sequence;

    public int Count => count;

    public void Push(WaitingClaim claim)
    {
        claim.Sequence = sequence++;
        if (count == items.Length) Array.Resize(ref items, items.Length * 2);
        var a = items;
        int i = count++;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!claim.Before(in a[parent])) break;
            a[i] = a[parent];
            i = parent;
        }
        a[i] = claim;
    }

    public WaitingClaim Pop()
    {
        var a = items;
        var top = a[0];
        int n = --count;
        if (n > 0)
        {
            var last = a[n];
            int i = 0;
            while (true)
            {
                int child = (i << 1) + 1;
                if (child >= n) break;
                if (child + 1 < n && a[child + 1].Before(in a[child])) child++;
                if (!a[child].Before(in last)) break;
                a[i] = a[child];
                i = child;
            }
            a[i] = last;
        }
        a[n] = default;
        return top;
    }
}
