using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Designs;

/// <summary>
/// Payment and labour-market work split (Trelleborg, S003; Stockholm's payment-only handläggare, S000):
/// re-applications go to ekonomihandläggare or are decided automatically; caseworkers keep the labour-market work.
/// </summary>
[Design("paymentSplit", 60)]
public sealed record PaymentSplitParameters : IDesignParameters, IHasDesignRules
{
    /// <summary>The split must move some payment work: to ekonomihandläggare or to automation.</summary>
    public static IReadOnlyList<DesignRule> Rules { get; } =
    [
        new(["ekonomihandlaggare", "automatedShare"], [], unit =>
            unit.Designs?.Get<PaymentSplitParameters>() is not { } payment || payment.Ekonomihandlaggare > 0 || payment.AutomatedShare > 0 ? null
                : "ekonomihandlaggare 0 and automatedShare 0 move no payment work; expected at least 1 ekonomihandläggare or an automated share above 0"),
    ];

    [Param("posts", "S003 (Trelleborg: ekonomihandläggare handle payment and do not meet clients), S000 (payment-only handläggare); the number is the user's: the baseline unit's re-applications not automated, with their documentation and the checks, are about 3.9 FTE of work (1,000 × 0.33 h × 0.7 + 15 h of checks ≈ 246 h a month, × 2.05 with documentation ≈ 505 h, ÷ ≈ 129 h an FTE is at work a month)", "Ekonomihandläggare posts added to the unit; they take the monthly re-applications not automated.", Min = 0, Max = 1000)]
    public int Ekonomihandlaggare { get; init; } = 4;

    [Param("share", "PUB (Malmö: 30 % of applications digital in 2021); S003 (Trelleborg: most applications electronic)", "Share of monthly re-applications decided automatically (digital application, automated decision).", Min = 0, Max = 1)]
    public double AutomatedShare { get; init; } = 0.3;

    [Param("share", "S003 (Trelleborg: random checks of about 10 % of clients each month)", "Share of automatically decided re-applications checked by hand.", Min = 0, Max = 1)]
    public double AuditShare { get; init; } = 0.10;

    [Param("h", "ASSUMED", "Hours per checked re-application.", Min = 0, Max = 8)]
    public double AuditHours { get; init; } = 0.5;

    [Param("SEK/year", "ASSUMED (licence and upkeep of automated decisions)", "Running cost of the automation.", Min = 0, Max = 100_000_000)]
    public double AutomationCostPerYear { get; init; } = 400_000;

    IDesign IDesignParameters.Create(UnitParameters unit) => new PaymentSplit(this);
}
