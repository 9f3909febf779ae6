using Planner.Simulation.Designs;

namespace Planner.Simulation.Model.Parameters;

/// <summary>
/// One change to the unit at a date (docs/scenario-fields.md "changes"): what is different from that day on.
/// The run starts from the unit's steady state at day 0 and the change acts on the run's own state then.
/// </summary>
public sealed record UnitChange
{
    [Param("date", "user", "First day the change acts (yyyy-MM-dd), inside the horizon. Give this or month.")]
    public DateOnly? Date { get; init; }

    [Param("month", "user", "Or: the change acts from the first day of this month of the horizon (0 = the first month). Give this or date.", Min = 0, Max = 1200)]
    public int? Month { get; init; }

    [Param("text", "user", "What the change is, for people (echoed in the results, not used by the model).")]
    public string Note { get; init; } = "";

    [Param("posts", "user", "Posts added or removed on the day.", Min = 0, Max = 20)]
    public IReadOnlyList<PostChange> Posts { get; init; } = [];

    [Param("true/false", "user", "From the day on, vacancies are (true) or are not (false) covered by consultants; null: unchanged (turnover.consultantCoverForVacancies).")]
    public bool? ConsultantCover { get; init; }

    [SameFieldsAs("designs")]
    [Param("block", "user (e.g. FAS from the second year)", "The designs from the day, which must be a month's first day: the whole block, with the fields of the top-level designs; a design's block switches it on or re-sets it, a block left out switches it off, {} all off. Only designs that add no posts (not beredskapsteam, intakeUnit, paymentSplit: they stay as at day 0); null: unchanged.")]
    public DesignParameters? Designs { get; init; }

    [Param("block", "user (a recession, a refugee settlement wave, S003's 'glappet')", "New applications from the day on; null: unchanged.")]
    public InflowChange? Inflow { get; init; }

    [Param("SEK/household-month", "user (the riksnorm, S000)", "The benefit per household-month from the day on, for every household; null: unchanged.", Min = 0, Max = 1_000_000)]
    public double? BenefitPerHouseholdMonth { get; init; }

    [Param("SEK/month", "user", "Caseworkers' monthly salary from the day on (pay); null: unchanged. The design posts' cost keeps the day-0 salary.", Min = 0, Max = 1_000_000)]
    public double? SalaryPerMonth { get; init; }
}

/// <summary>A block with the fields of another, documented there: the field reference gives it one row pointing at it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SameFieldsAsAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}

/// <summary>Posts of one role added or removed at a change.</summary>
public sealed record PostChange
{
    [Param("posts", "user", "Posts added: established on the day, vacant until the recruit starts after the recruitment lead time (a consultant after the consultant start time).", Min = 0, Max = 1000)]
    public int Add { get; init; }

    [Param("posts", "user", "Posts removed: the role's last posts; the holder leaves on the day (not a resignation) and the krets goes round the colleagues.", Min = 0, Max = 1000)]
    public int Remove { get; init; }

    [AllowedValues("generalist")]
    [Param("word", "user", "The posts' role; the staff groups' posts are generalists.")]
    public string Role { get; init; } = "generalist";

    [Param("FTE", "user", "FTE of each added post.", Min = 0.1, Max = 1.0)]
    public double Fte { get; init; } = 1.0;

    [AllowedValues("mix", "newGraduate", "experienced")]
    [Param("word", "user", "Who is recruited to the added posts: the usual mix (turnover.newGraduateShare), new graduates, or experienced caseworkers.")]
    public string Experience { get; init; } = "mix";

    [AllowedValues("permanent", "consultant")]
    [Param("word", "user", "Contract of the added posts.")]
    public string Contract { get; init; } = "permanent";
}

/// <summary>The inflow of new applications from a change on.</summary>
public sealed record InflowChange
{
    [Param("multiplier", "user (e.g. 1.2: a recession's +20 %)", "New applications × this from the day on, on top of inflow.applicationsPerMonth and the path; replaces the factor before it.", Min = 0, Max = 10)]
    public double Factor { get; init; } = 1.0;

    [Param("months", "user (a settlement wave over some months)", "How long the factor holds; null: from then on. After it the factor before it returns.", Min = 0.1, Max = 1200)]
    public double? Months { get; init; }

    [Param("share", "user", "Share of new households far from the labour market from the day on; null: unchanged.", Min = 0, Max = 1)]
    public double? ShareFarFromLabourMarket { get; init; }

    [Param("share", "user", "Share of new households in weight class enkel from the day on; null: unchanged.", Min = 0, Max = 1)]
    public double? ShareEnkel { get; init; }

    [Param("share", "user", "Share of new households in weight class tung from the day on; null: unchanged.", Min = 0, Max = 1)]
    public double? ShareTung { get; init; }
}
