namespace Planner.Simulation.Model.Parameters;

/// <summary>
/// Marks a record whose properties are optional named blocks, each switching something on (the
/// designs of a unit). The scenario validator reports an unknown property as an unknown
/// <see cref="Noun"/> and lists every allowed name.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NamedBlocksAttribute(string noun) : Attribute
{
    public string Noun { get; } = noun;
}
