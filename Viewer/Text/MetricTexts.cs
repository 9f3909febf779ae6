using Planner.Simulation.Metrics;

namespace Planner.Viewer.Text;

/// <summary>
/// A metric as the pages show it: label and unit from the charts' text table, kronor a year in millions (mnkr/år).
/// </summary>
public static class MetricTexts
{
    public static string Label(string key, PageLanguage language) => language.Texts.Metric(key);

    private static string CatalogueUnit(string key) =>
        MetricCatalogue.All.FirstOrDefault(m => m.Key == key)?.Unit ?? YearlyCatalogue.Find(key)?.Unit ?? "";

    /// <summary>The factor a value is divided by for people: 10⁶ for kronor a year, otherwise 1.</summary>
    public static double Scale(string key) => CatalogueUnit(key) == "SEK/year" ? 1e6 : 1;

    /// <summary>The unit as shown after <see cref="Scale"/>.</summary>
    public static string ShownUnit(string key, PageLanguage language) =>
        language.Texts.Unit(Scale(key) == 1e6 ? "MSEK/year" : CatalogueUnit(key));
}
