namespace Planner.Simulation.Model.Parameters;

/// <summary>
/// Metadata for one model parameter: unit, allowed range, source. Validation and the field
/// reference are generated from these attributes, so the rules and the documentation cannot drift.
/// Sources: S000–S004 are the seed reports (shared/seeds/00N_*.txt), PUB a published public figure,
/// ASSUMED a reasoned guess that sensitivity analysis must cover, LAW/AB Swedish law or the municipal
/// collective agreement, "user" what the user states about their unit or chooses for it: its size,
/// population, staff, pay, routines and the settings of a design (a team's size, a cap, time set
/// aside). A user value is an input, not an unknown, so it is never marked ASSUMED even when the
/// default is a guess about a typical unit; the guess is said after "user".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParamAttribute : Attribute
{
    public ParamAttribute(string unit, string source, string description)
    {
        Unit = unit;
        Source = source;
        Description = description;
    }

    public string Unit { get; }
    public string Source { get; }
    public string Description { get; }

    /// <summary>Smallest allowed value (inclusive) for numbers; count of items for lists.</summary>
    public double Min { get; init; } = double.NegativeInfinity;

    /// <summary>Largest allowed value (inclusive).</summary>
    public double Max { get; init; } = double.PositiveInfinity;

    /// <summary>True if this value is a guess that sensitivity analysis should cover.</summary>
    public bool Assumed => Source.Contains("ASSUMED", StringComparison.Ordinal);
}

/// <summary>Marks a string property that accepts one of a fixed set of words.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AllowedValuesAttribute : Attribute
{
    public AllowedValuesAttribute(params string[] values) => Values = values;
    public IReadOnlyList<string> Values { get; }
}
