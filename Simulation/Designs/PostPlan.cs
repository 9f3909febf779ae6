using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// The posts of a unit before the run: the staff groups of the scenario as generalists, then what the
/// designs re-label or add. Added posts come after the unit's own, so the own posts keep their slots
/// and with them their random streams (common random numbers across designs).
/// </summary>
public sealed class PostPlan
{
    private readonly List<Group> groups = [];
    private readonly PostRole[] roles;

    internal PostPlan(IReadOnlyList<StaffGroup> staff)
    {
        int start = 0;
        foreach (var g in staff)
        {
            groups.Add(new Group(start, g.Count, g.Fte, g.MeanExperienceMonths, g.Contract == "consultant", PostRole.Generalist));
            start += g.Count;
        }
        UnitPosts = start;
        roles = new PostRole[start];
    }

    /// <summary>Posts the scenario's staff groups hold.</summary>
    public int UnitPosts { get; }

    /// <summary>The role that receives new applications: generalists, or the mottagning.</summary>
    public PostRole NewCaseRole { get; set; } = PostRole.Generalist;

    /// <summary>Gives one of the unit's own posts another role.</summary>
    public void SetRole(int slot, PostRole role) => roles[slot] = role;

    /// <summary>Adds posts after the unit's own.</summary>
    public void Add(PostRole role, int count, double fte, double? meanExperienceMonths)
    {
        int start = groups.Count == 0 ? 0 : groups[^1].Start + groups[^1].Count;
        groups.Add(new Group(start, count, fte, meanExperienceMonths, false, role));
    }

    /// <summary>Adds posts that a change establishes later: after every other post, not in use until then.</summary>
    internal int AddLater(int count, double fte, bool consultant)
    {
        int start = groups.Count == 0 ? 0 : groups[^1].Start + groups[^1].Count;
        groups.Add(new Group(start, count, fte, null, consultant, PostRole.Generalist) { Later = true });
        return start;
    }

    internal IReadOnlyList<Group> Groups => groups;

    internal Caseworker[] Build()
    {
        var last = groups.Count == 0 ? null : groups[^1];
        var posts = new Caseworker[last is null ? 0 : last.Start + last.Count];
        foreach (var g in groups)
            for (int k = 0; k < g.Count; k++)
            {
                int slot = g.Start + k;
                posts[slot] = new Caseworker(slot, g.Fte, g.Consultant, slot < UnitPosts ? roles[slot] : g.Role) { InUse = !g.Later };
            }
        return posts;
    }

    /// <summary>Posts of one kind; a null mean experience draws the day-0 holders from the unit's steady state.</summary>
    internal sealed record Group(int Start, int Count, double Fte, double? MeanExperienceMonths, bool Consultant, PostRole Role)
    {
        /// <summary>Posts a change adds at a date: no holder at day 0.</summary>
        public bool Later { get; init; }
    }
}
