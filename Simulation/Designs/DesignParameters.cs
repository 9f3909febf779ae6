using System.Reflection;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// The organisational designs of a unit (MODEL.md §5): a set of blocks, each switching one design on; an absent
/// block is a design not in use. Blocks combine freely: FAS with mentors and a beredskapsteam is one scenario. Which
/// blocks exist is not listed here: every parameters record marked <see cref="DesignAttribute"/> is one (found once,
/// by reflection), in the order the attributes give, which is also the order the designs act in.
/// </summary>
[NamedBlocks("design")]
public sealed class DesignParameters : IEquatable<DesignParameters>
{
    /// <summary>One design a scenario file can name: its block's name, its place in the order and its record.</summary>
    public sealed record Registration(string Name, int Order, Type Type)
    {
        /// <summary>
        /// The design shapes the posts (<see cref="IPostDesign"/>): it acts from day 0 and cannot be switched at a date.
        /// Read from the design its record makes with the defaults.
        /// </summary>
        public bool ShapesPosts { get; } = ((IDesignParameters)Activator.CreateInstance(Type)!).Create(new UnitParameters()) is IPostDesign;

        /// <summary>The rules that tie the block to the rest of the unit (<see cref="IHasDesignRules"/>); none for most designs.</summary>
        public IReadOnlyList<DesignRule> Rules { get; } =
            Type.GetInterfaces().Contains(typeof(IHasDesignRules))
                ? (IReadOnlyList<DesignRule>)Type.GetProperty(nameof(IHasDesignRules.Rules), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!
                : [];
    }

    /// <summary>Every design, in order; found once and read-only (no static state that changes).</summary>
    public static IReadOnlyList<Registration> Registered { get; } = Array.AsReadOnly(Discover());

    // In the order of Registered; null where the design is off.
    private readonly IDesignParameters?[] blocks = new IDesignParameters?[Registered.Count];

    /// <summary>No design on (an empty designs block: the design measurements are still taken).</summary>
    public DesignParameters() { }

    /// <summary>These designs on, in any order; at most one block of each, and a null block is a design left off.</summary>
    public DesignParameters(params IEnumerable<IDesignParameters?> on)
    {
        foreach (var block in on)
        {
            if (block is null) continue;
            int i = IndexOf(block.GetType());
            if (blocks[i] is not null)
                throw new ArgumentException($"Two blocks of the design \"{Registered[i].Name}\".", nameof(on));
            blocks[i] = block;
        }
    }

    /// <summary>The block of one design, or null when it is off.</summary>
    public T? Get<T>() where T : class, IDesignParameters => (T?)blocks[IndexOf(typeof(T))];

    /// <summary>The block of a registered design, or null when it is off.</summary>
    public IDesignParameters? Get(Registration design) => blocks[IndexOf(design.Type)];

    /// <summary>The designs on, in their order.</summary>
    public IEnumerable<IDesignParameters> On => blocks.OfType<IDesignParameters>();

    /// <summary>A copy with one design's block set (null: switched off).</summary>
    public DesignParameters With(Registration design, IDesignParameters? block)
    {
        if (block is not null && block.GetType() != design.Type)
            throw new ArgumentException($"A {block.GetType().Name} is not the block of \"{design.Name}\".", nameof(block));
        var copy = new DesignParameters();
        blocks.CopyTo(copy.blocks, 0);
        copy.blocks[IndexOf(design.Type)] = block;
        return copy;
    }

    /// <summary>A copy with this block set, replacing the design's block if it had one.</summary>
    public DesignParameters With(IDesignParameters block) => With(Registered[IndexOf(block.GetType())], block);

    public bool Equals(DesignParameters? other) =>
        other is not null && blocks.Zip(other.blocks).All(p => Equals(p.First, p.Second));

    public override bool Equals(object? obj) => Equals(obj as DesignParameters);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var b in blocks) hash.Add(b);
        return hash.ToHashCode();
    }

    public override string ToString() =>
        $"designs {{ {string.Join(", ", Registered.Where(r => Get(r) is not null).Select(r => r.Name))} }}";

    private static int IndexOf(Type type)
    {
        for (int i = 0; i < Registered.Count; i++)
            if (Registered[i].Type == type) return i;
        throw new ArgumentException($"{type.Name} is not a design's parameters record (no [Design] attribute).", nameof(type));
    }

    private static Registration[] Discover()
    {
        var found = typeof(DesignParameters).Assembly.GetTypes()
            .Select(t => (Type: t, Design: t.GetCustomAttribute<DesignAttribute>()))
            .Where(x => x.Design is not null)
            .Select(x => typeof(IDesignParameters).IsAssignableFrom(x.Type) && x.Type.GetConstructor(Type.EmptyTypes) is not null
                ? new Registration(x.Design!.Name, x.Design.Order, x.Type)
                : throw new InvalidOperationException($"{x.Type.Name} has [Design] but is not an IDesignParameters record with defaults."))
            .OrderBy(r => r.Order)
            .ToArray();
        foreach (var twice in found.GroupBy(r => r.Order).Where(g => g.Count() > 1))
            throw new InvalidOperationException($"Designs {string.Join(" and ", twice.Select(r => r.Name))} share the order {twice.Key}.");
        foreach (var twice in found.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            throw new InvalidOperationException($"Two designs are named \"{twice.Key}\".");
        return found;
    }
}
