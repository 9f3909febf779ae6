using Planner.Simulation.Designs;

namespace Planner.Simulation.Model.Parameters;

/// <summary>Everything the unit model needs for one run, apart from the horizon and the random seed.</summary>
public sealed record UnitParameters
{
    [Param("text", "user", "Name of the unit or scenario.")]
    public string Name { get; init; } = "Unit";

    [Param("date", "user", "Calendar date of simulation day 0 (yyyy-MM-dd); sets weekdays, months and summer.")]
    public DateOnly StartDate { get; init; } = new(2027, 1, 1);

    [Param("inhabitants", "user (baseline: ≈ 1,080 households on assistance in a month × 10.6 M inhabitants ÷ 145,456 households on assistance in Sweden 2024, PUB ≈ 79,000, rounded to 80,000)", "Population of the municipality or district, for cost per inhabitant.", Min = 1)]
    public int Population { get; init; } = 80_000;

    [Param("households", "user (baseline: a mid-sized unit; 1,000 carried into the first month, about 1,080 on assistance in a month with the month's new decisions)", "Households on assistance at day 0: the caseload carried into the first month (each with at least a month behind it), drawn from the steady-state mix. The month's new decisions come on top, so about this plus a month's applications are on assistance in a month.", Min = 0, Max = 100_000)]
    public int InitialHouseholds { get; init; } = 1_000;

    public StaffParameters Staff { get; init; } = new();
    public InflowParameters Inflow { get; init; } = new();
    public WorkParameters Work { get; init; } = new();
    public ContactNeedParameters ContactNeed { get; init; } = new();
    public ManagerParameters Manager { get; init; } = new();
    public AuditParameters Audits { get; init; } = new();
    public ExitParameters Exits { get; init; } = new();
    public StrainParameters Strain { get; init; } = new();
    public AbsenceParameters Absence { get; init; } = new();
    public TurnoverParameters Turnover { get; init; } = new();
    public IntroductionParameters Introduction { get; init; } = new();
    public CostParameters Costs { get; init; } = new();

    /// <summary>Organisational designs (MODEL.md §5); null: none, and no design metrics.</summary>
    public DesignParameters? Designs { get; init; }

    [Param("changes", "user (\"two more posts from March\", a recession from year 2)", "Changes at a date, each acting from its day on the run's own state; empty: the unit as it is at day 0 for the whole horizon.", Min = 0, Max = 600)]
    public IReadOnlyList<UnitChange> Changes { get; init; } = [];
}
