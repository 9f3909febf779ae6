namespace Planner.Simulation.Model;

/// <summary>
/// Chooses the post that receives a new application. Designs (weighted allocation with caps, an
/// intake unit, matching difficulty to experience; S000, S002) plug in here.
/// </summary>
public interface IAllocationRule
{
    /// <summary>The post slot that gets <paramref name="household"/>'s new application.</summary>
    int Choose(UnitSimulation unit, Household household);
}

/// <summary>
/// Baseline: "by date" (S002) — round-robin over the posts that take new cases (generalists, or the
/// mottagning) whose holder is at work, whatever their load. If nobody is at work the next filled post
/// of that role gets it; if none is filled, the next post of that role keeps it until someone is hired.
/// </summary>
public sealed class RoundRobinAllocation : IAllocationRule
{
    private int next;

    public int Choose(UnitSimulation unit, Household household)
    {
        var posts = unit.Posts;
        int n = posts.Count;
        for (int k = 0; k < n; k++)
        {
            int i = (next + k) % n;
            if (posts[i].IsPresent && unit.TakesNewCases(posts[i])) { next = i + 1; return i; }
        }
        for (int k = 0; k < n; k++)
        {
            int i = (next + k) % n;
            if (posts[i].Filled && unit.HasNewCaseRole(posts[i])) { next = i + 1; return i; }
        }
        for (int k = 0; k < n; k++)
        {
            int i = (next + k) % n;
            if (unit.HasNewCaseRole(posts[i])) { next = i + 1; return i; }
        }
        int j = next % n;
        next = j + 1;
        return j;
    }
}
