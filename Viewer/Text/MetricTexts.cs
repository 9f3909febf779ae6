using Planner.Simulation.Metrics;

namespace Planner.Viewer.Text;

/// <summary>Which way a figure is better: a comparison colours a clear difference green or red by it.</summary>
public enum Better { Lower, Higher, Neither }

/// <summary>
/// The metric catalogue's figures in the reader's language, with the direction that is better. Keys not listed
/// here show the catalogue's English label and are never coloured.
/// </summary>
public static class MetricTexts
{
    private sealed record Entry(string Swedish, string UnitSwedish, Better Better);

    private static readonly IReadOnlyDictionary<string, Entry> Entries = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        [MetricCatalogue.CasesPerFte] = new("Ärenden per årsarbetare", "hushåll/årsarbetare", Better.Lower),
        [MetricCatalogue.WeightedCasesPerFte] = new("Viktade ärenden per årsarbetare", "vikt/årsarbetare", Better.Lower),
        [MetricCatalogue.Utilisation] = new("Belastning", "efterfrågade/tillgängliga timmar", Better.Lower),
        [MetricCatalogue.StrainIndex] = new("Arbetsbelastning (stress)", "index 0–1", Better.Lower),
        [MetricCatalogue.SickLeavePercent] = new("Sjukfrånvaro", "% av avtalad tid", Better.Lower),
        [MetricCatalogue.TurnoverPercentPerYear] = new("Personalomsättning", "%/år", Better.Lower),
        [MetricCatalogue.DaysToDecision] = new("Ansökan till beslut", "dagar", Better.Lower),
        [MetricCatalogue.ShareDecisionOver8Days] = new("Beslut efter mer än 8 dagar", "andel", Better.Lower),
        [MetricCatalogue.ShareDecisionOver14Days] = new("Beslut efter mer än 14 dagar", "andel", Better.Lower),
        [MetricCatalogue.ShareMetInMonth] = new("Hushåll som träffats under månaden", "andel", Better.Higher),
        [MetricCatalogue.ExitsPer100PerMonth] = new("Avslut till egen försörjning", "per 100 hushåll/månad", Better.Higher),
        [MetricCatalogue.LongTermShare] = new("Andel långvarigt biståndsmottagande", "andel", Better.Lower),
        [MetricCatalogue.TotalCostPerYear] = new("Total kostnad", "kr/år", Better.Lower),
        [MetricCatalogue.CostPerInhabitant] = new("Kostnad per invånare", "kr/invånare/år", Better.Lower),
        [MetricCatalogue.HouseholdsActive] = new("Hushåll med bistånd", "hushåll", Better.Neither),
        [MetricCatalogue.BenefitCostPerYear] = new("Utbetalt bistånd", "kr/år", Better.Lower),
        [MetricCatalogue.StaffCostPerYear] = new("Personalkostnad", "kr/år", Better.Lower),
        [MetricCatalogue.ConsultantCostPerYear] = new("Konsulter", "kr/år", Better.Lower),
        [MetricCatalogue.RecruitmentCostPerYear] = new("Rekrytering", "kr/år", Better.Lower),
        [MetricCatalogue.IntroductionCostPerYear] = new("Introduktion", "kr/år", Better.Lower),
        [MetricCatalogue.SickPayPerYear] = new("Sjuklön", "kr/år", Better.Lower),
        [MetricCatalogue.DesignCostPerYear] = new("Arbetssättets driftkostnad", "kr/år", Better.Lower),
        [MetricCatalogue.VacantPosts] = new("Vakanta tjänster", "tjänster", Better.Lower),
        [MetricCatalogue.ResignationsPerYear] = new("Uppsägningar", "per år", Better.Lower),
    };

    public static string Label(string key, Language language)
    {
        var definition = MetricCatalogue.All.FirstOrDefault(m => m.Key == key);
        if (language.English || !Entries.TryGetValue(key, out var entry))
            return definition?.Label ?? key;
        return entry.Swedish;
    }

    public static string Unit(string key, Language language)
    {
        var definition = MetricCatalogue.All.FirstOrDefault(m => m.Key == key);
        if (language.English || !Entries.TryGetValue(key, out var entry))
            return definition?.Unit ?? "";
        return entry.UnitSwedish;
    }

    /// <summary>Kronor a year read best in millions: the factor a value is divided by for people, and the unit it then has.</summary>
    public static double Scale(string key) => Unit(key, Language.EnglishLanguage) == "SEK/year" ? 1e6 : 1;

    /// <summary>The unit as shown after <see cref="Scale"/>.</summary>
    public static string ShownUnit(string key, Language language) =>
        Scale(key) == 1e6 ? language.T("mnkr/år", "SEK m/year") : Unit(key, language);

    public static Better Direction(string key) => Entries.TryGetValue(key, out var entry) ? entry.Better : Better.Neither;
}
