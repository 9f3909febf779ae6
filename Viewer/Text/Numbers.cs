using System.Globalization;
using Planner.Scenarios.Charts;

namespace Planner.Viewer.Text;

/// <summary>
/// Numbers on the pages: formatted by the charts' <see cref="NumberText"/> (Swedish "1 234,5" or English
/// "1,234.5"), and read back from what a person typed into a form.
/// </summary>
public static class Numbers
{
    public static string Format(double value, int decimals, PageLanguage language) => language.Texts.Numbers.Fixed(value, decimals);

    public static string Signed(double value, int decimals, PageLanguage language) => language.Texts.Numbers.Signed(value, decimals);

    /// <summary>Decimals for a value: about three significant figures, more if its interval would otherwise show as one number.</summary>
    /// <param name="least">Fewest decimals (1 for millions of kronor: "137,4 mnkr").</param>
    public static int Decimals(double value, double width, int least = 0)
    {
        var decimals = Math.Max(least, NumberText.DecimalsFor(value));
        while (decimals < 4 && width > 0 && width < 2 * Math.Pow(10, -decimals))
            decimals++;
        return decimals;
    }

    /// <summary>Mean and its 95 % CI as "12,3 (11,9 – 12,7)".</summary>
    public static string WithInterval(double mean, double low, double high, PageLanguage language, int least = 0)
    {
        var decimals = Decimals(mean, high - low, least);
        return $"{Format(mean, decimals, language)} ({language.Texts.Numbers.Interval(low, high, decimals)})";
    }

    /// <summary>A value as a person would type it back into a form: no thousands separator, all its digits, "1,0" for a whole number.</summary>
    public static string ForInput(double value, PageLanguage language)
    {
        var text = value.ToString(value == Math.Floor(value) ? "0.0" : "0.##########", CultureInfo.InvariantCulture);
        return language.English ? text : text.Replace('.', ',');
    }

    /// <summary>Parses what a person typed in a form: a decimal comma or point, spaces between thousands.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = double.NaN;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var cleaned = text.Trim().Replace("\u00a0", "").Replace(" ", "").Replace("\u2212", "-").Replace(',', '.');
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
