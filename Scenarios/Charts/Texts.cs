using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>
/// Every word the charts, the report and the dashboard show, in Swedish and English: metric labels and units by
/// metric key, the rest by a short text id. English metric labels are the catalogue's own; Swedish ones are here.
/// One table, so a chart in the dashboard and the same chart in a report say the same thing.
/// </summary>
public sealed class Texts
{
    private Texts(Language language)
    {
        Language = language;
        Numbers = new NumberText(language);
    }

    public static Texts Swedish { get; } = new(Language.Swedish);
    public static Texts English { get; } = new(Language.English);

    public static Texts For(Language language) => language == Language.English ? English : Swedish;

    public Language Language { get; }
    public NumberText Numbers { get; }

    /// <summary>A text by id; the id itself if the table lacks it (a test checks that every id used is present).</summary>
    public string this[string id] => Ui.TryGetValue(id, out var t) ? Pick(t) : id;

    /// <summary>A text with its {0}, {1}… filled in.</summary>
    public string Format(string id, params object[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[id], values);

    /// <summary>A metric's label: the catalogue's in English, this table's in Swedish; the key if neither knows it.</summary>
    public string Metric(string key)
    {
        if (Language == Language.Swedish && SwedishMetricLabels.TryGetValue(key, out var sv))
            return sv;
        if (Language == Language.Swedish && MetricCatalogue.Declared.FirstOrDefault(m => m.Key == key)?.Swedish is { } declared)
            return declared;
        return MetricCatalogue.All.FirstOrDefault(m => m.Key == key)?.Label ?? YearlyCatalogue.Find(key)?.Label
            ?? (Ui.TryGetValue(key, out var t) ? Pick(t) : key);
    }

    /// <summary>A catalogue unit in this language ("households/FTE" → "hushåll/årsarbetare").</summary>
    public string Unit(string unit) =>
        Language == Language.Swedish && SwedishUnits.TryGetValue(unit, out var sv) ? sv : unit;

    private string Pick((string Sv, string En) text) => Language == Language.English ? text.En : text.Sv;

    public static IReadOnlyDictionary<string, (string Sv, string En)> Ui { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        // Charts
        ["month"] = ("Månad", "Month"),
        ["year"] = ("År", "Year"),
        ["median"] = ("median", "median"),
        ["band50"] = ("50 % av replikeringarna", "50 % of replications"),
        ["band90"] = ("90 % av replikeringarna", "90 % of replications"),
        ["fan.subtitle"] = ("Linje: median över {0} replikeringar. Mörkt band: mittersta 50 %, ljust band: mittersta 90 %.",
            "Line: median over {0} replications. Dark band: middle 50 %, light band: middle 90 %."),
        ["cost.title"] = ("Kostnad per år – {0}", "Cost per year – {0}"),
        ["cost.subtitle"] = ("Staplar: medelvärde per kostnadsslag. Punkt och streck: total kostnad med 95 % konfidensintervall.",
            "Bars: mean by component. Dot and whisker: total cost with its 95 % confidence interval."),
        ["cost.total"] = ("Total kostnad (95 % KI)", "Total cost (95 % CI)"),
        ["cost.other"] = ("Övrigt", "Other"),
        ["diff.title"] = ("Parvis skillnad mot {0}", "Paired difference from {0}"),
        ["diff.subtitle"] = ("Skillnad i procent av {0}s medelvärde, med 95 % konfidensintervall.\nSamma slumptal i alla scenarier. Fylld punkt: intervallet utesluter 0.",
            "Difference as a percentage of {0}'s mean, with its 95 % confidence interval.\nThe same random numbers in every scenario. Filled dot: the interval excludes 0."),
        ["diff.axis"] = ("Skillnad mot {0} (%)", "Difference from {0} (%)"),
        ["costdiff.title"] = ("Kostnadsskillnad mot {0}, per kostnadsslag", "Cost difference from {0}, by component"),
        ["costdiff.axis"] = ("Skillnad mot {0}", "Difference from {0}"),
        ["costdiff.subtitle"] = ("Parvis skillnad per år med 95 % konfidensintervall: över noll kostar scenariot mer, under noll sparar det.",
            "Paired difference per year with its 95 % confidence interval: above zero the scenario costs more, below it saves."),
        ["strain.title"] = ("Stressindex fördelat över tjänster", "Strain index across posts"),
        ["strain.subtitle"] = ("Andel av tjänstedagarna i varje intervall av stressindex:\nmedelvärde över replikeringarna med 95 % konfidensintervall.",
            "Share of post-days in each band of the strain index:\nmean over replications with its 95 % confidence interval."),
        ["strain.overReplications.subtitle"] = ("Fördelningen av stressindexets medelvärde över replikeringarna (tjänsternas egen fördelning finns inte i resultaten).",
            "Distribution of the mean strain index over replications (the results hold no per-post distribution)."),
        ["strain.axis"] = ("Stressindex (0 = ingen, 1 = extrem)", "Strain index (0 none, 1 extreme)"),
        ["share.postdays"] = ("Andel av tjänstedagarna (%)", "Share of post-days (%)"),
        ["share.replications"] = ("Andel av replikeringarna (%)", "Share of replications (%)"),
        ["turnover.monthly"] = ("Personalomsättning, senaste 12 månaderna", "Turnover, last 12 months"),
        ["exits.monthly"] = ("Avslut till egen försörjning", "Exits to self-sufficiency"),
        ["cost.monthly"] = ("Kostnad per månad", "Cost per month"),
        ["unit.msek.month"] = ("mnkr/månad", "MSEK/month"),
        ["unit.msek.year"] = ("mnkr/år", "MSEK/year"),
        ["unit.pct"] = ("%", "%"),
        ["unit.pct.year"] = ("%/år", "%/year"),
        // The report (Scenarios/Report) and the dashboard's result pages
        ["report.title.run"] = ("Planner – resultat för {0}", "Planner – results for {0}"),
        ["report.title.comparison"] = ("Planner – jämförelse: {0}", "Planner – comparison: {0}"),
        ["report.lede"] = ("{0} replikeringar à {1} år från {2}, startvärde (seed) {3}. Alla figurer är medelvärden över replikeringarna med 95 % konfidensintervall.",
            "{0} replications of {1} years from {2}, seed {3}. Every figure is a mean over the replications with its 95 % confidence interval."),
        ["report.contents"] = ("Innehåll", "Contents"),
        ["report.howto"] = ("Så läser du rapporten", "How to read this report"),
        ["report.howto.model"] = ("Planner simulerar enheten dag för dag: hushåll som söker och lämnar ekonomiskt bistånd, handläggare som arbetar, blir sjuka, slutar och ersätts. Slumpen spelar in – vem som söker, hur länge ett hushåll behöver stöd, vem som blir sjuk – så samma scenario körs många gånger (replikeringar) med olika slumptal.",
            "Planner simulates the unit day by day: households applying for and leaving ekonomiskt bistånd, caseworkers working, falling sick, leaving and being replaced. Chance plays a part – who applies, how long a household needs support, who falls sick – so the same scenario is run many times (replications) with different random numbers."),
        ["report.howto.ci"] = ("<b>95 % konfidensintervall (KI):</b> medelvärdet över replikeringarna är en uppskattning. Intervallet visar hur säkert det är: kör man fler replikeringar hamnar medelvärdet med 95 % sannolikhet inom intervallet. Ett smalt intervall betyder att slumpen har liten betydelse för talet. Intervallet säger inget om osäkerheten i modellens antaganden.",
            "<b>95 % confidence interval (CI):</b> the mean over the replications is an estimate. The interval shows how precise it is: with many more replications the mean would, with 95 % probability, lie within it. A narrow interval means chance matters little for that figure. It says nothing about the uncertainty in the model's assumptions."),
        ["report.howto.paired"] = ("<b>Parvis skillnad (Δ):</b> alla scenarier körs med samma slumptal – samma hushåll söker, samma handläggare blir sjuka – så skillnaden mellan två scenarier beror på det som skiljer dem åt, inte på tur. Δ är medelvärdet av skillnaden replikering för replikering, med sitt eget 95 % KI. Om intervallet inte innehåller 0 är skillnaden tydlig; den markeras <span class=\"better\">grön (bättre)</span> eller <span class=\"worse\">röd (sämre)</span> efter vilket håll som är bättre för måttet. Omarkerade skillnader kan vara slump.",
            "<b>Paired difference (Δ):</b> every scenario is run with the same random numbers – the same households apply, the same caseworkers fall sick – so the difference between two scenarios comes from what sets them apart, not from luck. Δ is the mean of the replication-by-replication differences, with its own 95 % CI. If the interval excludes 0 the difference is clear; it is marked <span class=\"better\">green (better)</span> or <span class=\"worse\">red (worse)</span> by which way is better for the metric. Unmarked differences may be chance."),
        ["report.howto.fan"] = ("<b>Solfjädersdiagram:</b> linjen är medianen över replikeringarna månad för månad; det mörka bandet rymmer de mittersta 50 % av replikeringarna och det ljusa de mittersta 90 %. Banden visar hur olika ett enskilt år kan bli, inte hur säkert medelvärdet är.",
            "<b>Fan charts:</b> the line is the median over the replications month by month; the dark band holds the middle 50 % of the replications and the light one the middle 90 %. The bands show how different a single year can turn out, not how precise the mean is."),
        ["report.headline"] = ("Huvudresultat", "Headline results"),
        ["report.metric"] = ("Mått", "Metric"),
        ["report.unit"] = ("Enhet", "Unit"),
        ["report.mean"] = ("Medel", "Mean"),
        ["report.ci"] = ("95 % KI", "95 % CI"),
        ["report.diff"] = ("Δ mot {0}", "Δ from {0}"),
        ["report.costs"] = ("Kostnad per kostnadsslag", "Cost by component"),
        ["report.designs"] = ("Det designerna påverkar", "What the designs act on"),
        ["report.better"] = ("bättre", "better"),
        ["report.worse"] = ("sämre", "worse"),
        ["report.years"] = ("År för år", "Year by year"),
        ["report.years.lede"] = ("Kalenderår; ett år som horisonten bara delvis täcker har färre månader och är inte uppräknat.",
            "Calendar years; a year the horizon covers only in part has fewer months and is not scaled up."),
        ["report.months"] = ("Månader", "Months"),
        ["report.charts"] = ("Diagram", "Charts"),
        ["report.reproduce"] = ("Återskapa resultatet", "Reproduce the result"),
        ["report.reproduce.lede"] = ("Scenariofilerna nedan innehåller alla värden som användes, inklusive startvärdet. Spara en fil och kör kommandot med samma version av Planner för att få exakt samma tal.",
            "The scenario files below hold every value used, the seed included. Save a file and run the command with the same version of Planner to get exactly the same figures."),
        ["report.version"] = ("Planner version {0}", "Planner version {0}"),
        ["report.scenario.file"] = ("Scenariofil: {0}", "Scenario file: {0}"),
        ["report.none"] = ("–", "–"),
        // Cost components (the stacked bars)
        ["cost.benefit"] = ("Utbetalt bistånd", "Benefit payouts"),
        ["cost.staff"] = ("Personal", "Staff"),
        ["cost.consultant"] = ("Konsulter", "Consultants"),
        ["cost.recruitment"] = ("Rekrytering", "Recruitment"),
        ["cost.introduction"] = ("Introduktion", "Introduction"),
        ["cost.sickpay"] = ("Sjuklön", "Sick pay"),
        ["cost.design"] = ("Designens drift", "Design running cost"),
    };

    private static readonly IReadOnlyDictionary<string, string> SwedishMetricLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MetricCatalogue.CasesPerFte] = "Hushåll per årsarbetare",
        [MetricCatalogue.WeightedCasesPerFte] = "Viktade hushåll per årsarbetare",
        [MetricCatalogue.Utilisation] = "Belastningsgrad",
        [MetricCatalogue.StrainIndex] = "Stressindex",
        [MetricCatalogue.SickLeavePercent] = "Sjukfrånvaro",
        [MetricCatalogue.TurnoverPercentPerYear] = "Personalomsättning",
        [MetricCatalogue.DaysToDecision] = "Tid från ansökan till beslut",
        [MetricCatalogue.ShareDecisionOver8Days] = "Beslut efter mer än 8 dagar",
        [MetricCatalogue.ShareDecisionOver14Days] = "Beslut efter mer än 14 dagar",
        [MetricCatalogue.DaysFirstVisitToDecision] = "Tid från nybesök till beslut",
        [MetricCatalogue.ShareFirstVisitOver14Days] = "Mer än 14 dagar från nybesök",
        [MetricCatalogue.ShareMetInMonth] = "Hushåll som träffats under månaden",
        [MetricCatalogue.ExitsPer100PerMonth] = "Avslut till egen försörjning",
        [MetricCatalogue.LongTermShare] = "Andel med långvarigt bistånd",
        // The figures only a calendar year has (yearly.csv).
        [YearlyCatalogue.MonthsInYear] = "Månader av året",
        [YearlyCatalogue.HouseholdsDuringYear] = "Hushåll under året",
        [YearlyCatalogue.YearToMonthRatio] = "Hushåll under året per hushåll i en månad",
        [YearlyCatalogue.HouseholdMonths] = "Bidragsmånader",
        [YearlyCatalogue.Exits] = "Avslutade perioder",
        [YearlyCatalogue.CostSek] = "Årets kostnad",
        [YearlyCatalogue.CostPerHouseholdMonth] = "Kostnad per bidragsmånad",
        [YearlyCatalogue.BenefitPerHouseholdMonth] = "Bistånd per bidragsmånad",
        [YearlyCatalogue.LongTermHouseholds] = "Hushåll med långvarigt bistånd",
        [YearlyCatalogue.LongTermMeanMonths] = "Månader för långvariga hushåll",
        [MetricCatalogue.TotalCostPerYear] = "Total kostnad",
        [MetricCatalogue.CostPerInhabitant] = "Kostnad per invånare",
        [MetricCatalogue.HouseholdsActive] = "Hushåll med bistånd",
        [MetricCatalogue.BacklogHours] = "Eftersläpning",
        [MetricCatalogue.OvertimeHoursPerFteMonth] = "Övertid",
        [MetricCatalogue.SickSpellsPerFteYear] = "Sjukfall",
        [MetricCatalogue.ResignationsPerYear] = "Avgångar",
        [MetricCatalogue.VacantPosts] = "Vakanta tjänster",
        [MetricCatalogue.ConsultantFte] = "Konsulter",
        [MetricCatalogue.ShareUnderOneYear] = "Personal med under ett års erfarenhet",
        [MetricCatalogue.DisengagedShare] = "Personal i ”mental exit”",
        [MetricCatalogue.MeetingsPerWorkerMonth] = "Klientmöten per handläggare",
        [MetricCatalogue.PartnerHoursPerHouseholdMonth] = "Samverkansarbete",
        [MetricCatalogue.ReapplicationHoursPerHouseholdMonth] = "Arbete med återansökningar",
        [MetricCatalogue.MeanSpellMonths] = "Biståndsperiodens längd",
        [MetricCatalogue.MonthsPerHouseholdYear] = "Månader med bistånd per hushåll och år",
        [MetricCatalogue.RefusalsPerYear] = "Avslag",
        [MetricCatalogue.ManagerAwayShare] = "Chef borta",
        [MetricCatalogue.EligibilityChangesPerYear] = "Ändrad rätt till bistånd",
        [MetricCatalogue.NoShowShare] = "Uteblivna besök",
        [MetricCatalogue.ReentryWithin12Months] = "Återkomst inom 12 månader",
        [MetricCatalogue.HandoversPerHousehold] = "Handläggarbyten",
        [MetricCatalogue.BenefitCostPerYear] = "Utbetalt bistånd",
        [MetricCatalogue.StaffCostPerYear] = "Personalkostnad",
        [MetricCatalogue.ConsultantCostPerYear] = "Konsultkostnad",
        [MetricCatalogue.RecruitmentCostPerYear] = "Rekryteringskostnad",
        [MetricCatalogue.IntroductionCostPerYear] = "Introduktionskostnad",
        [MetricCatalogue.SickPayPerYear] = "Sjuklön",
    };

    private static readonly IReadOnlyDictionary<string, string> SwedishUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["households/FTE"] = "hushåll/årsarbetare",
        ["weight/FTE"] = "vikt/årsarbetare",
        ["demanded/available h"] = "efterfrågad/tillgänglig tid",
        ["index 0–1"] = "index 0–1",
        ["% of contracted time"] = "% av avtalad tid",
        ["%/year"] = "%/år",
        ["days"] = "dagar",
        ["share"] = "andel",
        ["per 100 households/month"] = "per 100 hushåll/månad",
        ["SEK/year"] = "kr/år",
        ["MSEK/year"] = "mnkr/år",
        ["SEK/inhabitant/year"] = "kr/invånare/år",
        ["MSEK/inhabitant/year"] = "mnkr/invånare/år",
        ["MSEK/household-month"] = "mnkr/bidragsmånad",
        ["households"] = "hushåll",
        ["h"] = "tim",
        ["h/FTE/month"] = "tim/årsarbetare/månad",
        ["spells/FTE/year"] = "sjukfall/årsarbetare/år",
        ["per year"] = "per år",
        ["posts"] = "tjänster",
        ["FTE"] = "årsarbetare",
        ["meetings/FTE/month"] = "möten/årsarbetare/månad",
        ["h/household/month"] = "tim/hushåll/månad",
        ["months"] = "månader",
        ["months/household-year"] = "månader/hushållsår",
        ["per household-year"] = "per hushållsår",
        ["h/month"] = "tim/månad",
        ["meetings/quota"] = "möten/mål",
        ["h/FTE-day"] = "tim/årsarbetardag",
        ["h/year"] = "tim/år",
        ["tung cases/FTE (sd)"] = "tunga ärenden/årsarbetare (sd)",
        ["ratio"] = "kvot",
        ["household-months"] = "bidragsmånader",
        ["SEK"] = "kr",
        ["MSEK"] = "mnkr",
        ["SEK/household-month"] = "kr/bidragsmånad",
        ["meetings/caseworker-month"] = "möten/handläggarmånad",
    };

    /// <summary>Metric keys with a Swedish label (a test checks the catalogue has no key without one).</summary>
    public static IReadOnlyCollection<string> MetricsWithSwedishLabel =>
        [.. SwedishMetricLabels.Keys, .. MetricCatalogue.Declared.Where(m => m.Swedish is not null).Select(m => m.Key)];

    /// <summary>Catalogue units with a Swedish form.</summary>
    public static IReadOnlyCollection<string> UnitsWithSwedishForm => SwedishUnits.Keys.ToArray();
}
