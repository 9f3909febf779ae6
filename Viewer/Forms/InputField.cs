using System.Globalization;
using Planner.Scenarios.Files;
using Planner.Viewer.Text;

namespace Planner.Viewer.Forms;

/// <summary>
/// One input of a form: the scenario field it sets (by JSON path) and its label and unit for people. The
/// default and the allowed range come from the scenario schema, the same description the validator reads.
/// </summary>
public sealed record InputField(string Path, string Swedish, string English, string UnitSwedish = "", string UnitEnglish = "")
{
    public string Label(PageLanguage language) => language.T(Swedish, English);

    public string Unit(PageLanguage language) => language.T(UnitSwedish, UnitEnglish);

    public Field? Field => JsonPath.FieldFor(Path);

    /// <summary>The schema's default as a person would type it, or "" where the default is "left out".</summary>
    public string DefaultText(PageLanguage language) => Field?.Default switch
    {
        null => "",
        // A placeholder shows the default as it reads best ("40000", "0,42"); a filled-in field keeps its decimals.
        double d => d == Math.Floor(d) ? d.ToString("0", CultureInfo.InvariantCulture) : Numbers.ForInput(d, language),
        int or long or ulong => Convert.ToString(Field.Default, CultureInfo.InvariantCulture)!,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    /// <summary>"0 – 400" from the schema, for the hint beside the field.</summary>
    public string Range(PageLanguage language)
    {
        if (Field?.Param is not { } param || Field.Shape.Kind is not (FieldKind.Integer or FieldKind.Number))
            return "";
        string Show(double v) => Numbers.Format(v, v == Math.Floor(v) ? 0 : 2, language);
        return (double.IsFinite(param.Min), double.IsFinite(param.Max)) switch
        {
            (true, true) => $"{Show(param.Min)}–{Show(param.Max)}",
            (true, false) => $"≥ {Show(param.Min)}",
            (false, true) => $"≤ {Show(param.Max)}",
            _ => "",
        };
    }
}

/// <summary>The fields of "Enheten": the unit a chief would describe, and its posts as groups of like posts.</summary>
public static class UnitFields
{
    public static IReadOnlyList<InputField> Unit { get; } =
    [
        new("name", "Scenariots namn", "Scenario name", "små bokstäver, siffror, bindestreck", "lower case, digits, hyphens"),
        new("startDate", "Startdatum", "Start date", "åååå-mm-dd", "yyyy-mm-dd"),
        new("population", "Befolkning", "Population", "invånare", "inhabitants"),
        new("initialHouseholds", "Hushåll med bistånd nu", "Households on assistance now", "hushåll", "households"),
        new("inflow.applicationsPerMonth", "Nya ansökningar per månad", "New applications per month", "hushåll/månad", "households/month"),
        new("costs.salaryPerMonth", "Månadslön, heltid", "Monthly salary, full time", "kr/månad", "SEK/month"),
        new("costs.onCostRate", "Personalomkostnader", "Employer on-costs", "andel av lönen", "share of salary"),
        new("costs.benefitPerHouseholdMonth", "Bistånd per hushåll och månad", "Benefit per household and month", "kr", "SEK"),
    ];

    public const int MaxGroups = 10;

    /// <summary>The fields of post group <paramref name="index"/> (staff.caseworkers[index]).</summary>
    public static IReadOnlyList<InputField> Group(int index) =>
    [
        new($"staff.caseworkers[{index}].count", "Antal tjänster", "Posts", "tjänster", "posts"),
        new($"staff.caseworkers[{index}].fte", "Tjänstgöringsgrad", "FTE per post", "1,0 = heltid", "1.0 = full time"),
        new($"staff.caseworkers[{index}].meanExperienceMonths", "Erfarenhet i snitt", "Mean experience", "månader; tomt = enhetens egen blandning", "months; blank = the unit's own mix"),
        new($"staff.caseworkers[{index}].contract", "Anställning", "Contract", "", ""),
    ];
}

/// <summary>A design the Scenarier page offers, with its main settings (the rest keep their documented defaults).</summary>
public sealed record DesignChoice(string Key, string Swedish, string English, string HelpSwedish, string HelpEnglish, IReadOnlyList<InputField> Settings)
{
    public string Label(PageLanguage language) => language.T(Swedish, English);
}

public static class DesignChoices
{
    public static IReadOnlyList<DesignChoice> All { get; } =
    [
        new("fas", "FAS (förstärkt arbetssätt)", "FAS (intensified casework)",
            "Varje hushåll planeras ett möte i månaden, med en kvot per handläggare (Malmö, S004).",
            "Every household is planned a monthly meeting, with a quota per caseworker (Malmö, S004).",
            [new("designs.fas.meetingsPerWorkerPerMonth", "Kvot", "Quota", "möten per handläggare och månad", "meetings per caseworker and month")]),
        new("beredskapsteam", "Beredskapsteam", "Stand-by team",
            "Erfarna handläggare i egna tjänster tar över frånvarande kollegors brådskande ärenden (Stockholm, S000).",
            "Experienced caseworkers in added posts take over absent colleagues' urgent work (Stockholm, S000).",
            [new("designs.beredskapsteam.members", "Antal i teamet", "Team members", "handläggare (extra tjänster)", "caseworkers (added posts)")]),
        new("mentors", "Mentorer", "Mentors",
            "Nyanställda under första året får en erfaren mentor (S000, S003).",
            "Newcomers in their first year get an experienced mentor (S000, S003).",
            [
                new("designs.mentors.menteesPerMentor", "Adepter per mentor", "Mentees per mentor", "nyanställda", "newcomers"),
                new("designs.mentors.hoursPerMenteePerWeek", "Mentortid", "Mentoring time", "timmar per adept och vecka", "hours per mentee and week"),
            ]),
        new("intakeUnit", "Mottagningsenhet", "Intake unit",
            "Några av enhetens tjänster tar alla nya ansökningar och lämnar ärendet vidare efter några månader (Partille, S002).",
            "Some of the unit's posts take every new application and hand the case on after a few months (Partille, S002).",
            [
                new("designs.intakeUnit.posts", "Tjänster i mottagningen", "Posts in intake", "av enhetens tjänster", "of the unit's posts"),
                new("designs.intakeUnit.holdMonths", "Månader i mottagningen", "Months in intake", "månader", "months"),
            ]),
        new("paymentSplit", "Ekonomihandläggare", "Payment handlers",
            "Ekonomihandläggare tar de månatliga återansökningarna; en del beslutas automatiskt (Trelleborg, S003).",
            "Payment handlers take the monthly re-applications; some are decided automatically (Trelleborg, S003).",
            [
                new("designs.paymentSplit.ekonomihandlaggare", "Ekonomihandläggare", "Payment handlers", "extra tjänster", "added posts"),
                new("designs.paymentSplit.automatedShare", "Automatiserade beslut", "Automated decisions", "andel", "share"),
            ]),
    ];

    public static DesignChoice? Find(string key) => All.FirstOrDefault(d => d.Key == key);
}
