using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// Registers a parameters record as a design: the name of its block in a scenario file's <c>designs</c> and its place
/// in the order of designs. <see cref="DesignParameters"/> finds every record so marked, so adding a design edits no
/// central list. The order is the combining rule where designs act at one hook (DesignSet): covers act in it, the
/// later allocation rule wins, the first to mark a post's households met wins; blocks are also listed, echoed and
/// documented in it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DesignAttribute(string name, int order) : Attribute
{
    /// <summary>The block's name under <c>designs</c> in a scenario file ("fas", "mentors").</summary>
    public string Name { get; } = name;

    /// <summary>Where the design stands among the others; lower acts first. Two designs may not share one.</summary>
    public int Order { get; } = order;
}

/// <summary>A design's parameters record, which makes its policy for one replication.</summary>
public interface IDesignParameters
{
    /// <summary>
    /// The design's policy object for a unit. It only keeps what it is given: per-post state and random streams are
    /// made in <see cref="IDesign.Attach"/>.
    /// </summary>
    IDesign Create(UnitParameters unit);
}

/// <summary>
/// A rule that ties a design's block to the rest of the unit (FAS's quota must fit in a caseworker's month). The
/// scenario validator checks every registered design's rules when its block is in the file and reports a broken
/// one at the first of its fields the file holds: <see cref="Fields"/> of the block (by their names in a scenario
/// file), then <see cref="UnitFields"/> (paths from the file's top, "staff.hoursPerWeek"), then the block itself.
/// It is skipped while one of those fields has an error of its own.
/// </summary>
public sealed record DesignRule(IReadOnlyList<string> Fields, IReadOnlyList<string> UnitFields, Func<UnitParameters, string?> Violation)
{
    /// <summary>A number as a message shows it: invariant, without float noise.</summary>
    public static string N(double value) => Math.Round(value, 10).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A design's parameters record with rules that tie it to the rest of the unit.</summary>
public interface IHasDesignRules
{
    static abstract IReadOnlyList<DesignRule> Rules { get; }
}
